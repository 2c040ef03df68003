"""Scanning: a project's repository → the signals it shows, read from git objects."""
