"""Reading, validating and writing question packs."""
