"""`python -m quizapp.generate FACTS --out PACK.json` is `quizapp generate` under another name."""

import sys

from quizapp.cli import main

raise SystemExit(main(["generate", *sys.argv[1:]]))
