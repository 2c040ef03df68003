"""roadmap-lint: lint a learner's backend-developer roadmap against the evidence in git."""

__version__ = "0.1.0"
