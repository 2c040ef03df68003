"""``roadmap-lint brief``: the one page a learner reads the evening before an interview.

``facts`` gathers it from one ``check`` run (roadmap, scans, history, postings) as plain data,
which is also the JSON output; ``page`` renders it as Markdown or text from a template a
repository may override.
"""
