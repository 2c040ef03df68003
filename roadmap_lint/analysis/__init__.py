"""What the roadmap and the scans mean together: evidence, balance, summaries and the score.

Plain functions over the model and scan results, shared by the rules, the reports, the
review issue and the one-page render, so that each idea ("backed by a project", "the weakest
area") is defined once.
"""
