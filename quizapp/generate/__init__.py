"""Turns a facts text into a question pack."""

from quizapp.generate.errors import FactsError, GenerationCancelledError
from quizapp.generate.pipeline import Generation, UnusedSentence, generate_pack, pack_json
from quizapp.generate.reading import FactsText, read_facts

__all__ = [
    "FactsError",
    "FactsText",
    "GenerationCancelledError",
    "Generation",
    "UnusedSentence",
    "generate_pack",
    "pack_json",
    "read_facts",
]
