"""The scheduled review issue: cadences, facts, sandboxed templates, and idempotent publishing."""
