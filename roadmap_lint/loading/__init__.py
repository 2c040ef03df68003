"""Loading: bytes on disk → a YAML document whose every value knows its line and column."""
