"""The cohort view: one row per learner, for a mentor, a course or a bootcamp.

``roster`` reads the cohort file (or an organisation's listing); ``portfolio`` gives each
learner's row from their published report (``published``) or a check of their portfolio's
clone; ``facts`` and ``flags`` say what a row holds; ``run`` assesses every learner, a few at
a time, and sorts the rows; ``grid`` and ``formats`` write them; ``issue`` posts them.
"""
