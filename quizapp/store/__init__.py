"""The local store: the only package that speaks SQL."""
