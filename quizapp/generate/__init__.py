"""Turns a facts text into a question pack."""
