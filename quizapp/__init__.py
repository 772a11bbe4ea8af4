"""quizapp: a desktop trivia quiz game with a local question bank."""

__version__ = "0.1.0"
