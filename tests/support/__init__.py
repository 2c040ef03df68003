"""Test helpers: real git repositories, CLI runs, and local stand-ins for remote services."""
