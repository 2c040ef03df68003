"""The base layer: what every stage shares and nothing in it knows about roadmaps' stages.

Findings and severities, the one user-error type, token redaction and terminal-safe text,
Markdown escaping, the data folders, the one template environment, report periods and
repository names. Every other package may import from here; this package imports from none.
"""
