"""The command line: starts the game, or runs one of its subcommands."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from quizapp import __version__, reports
from quizapp.paths import LOG_FILE, data_dir

log = logging.getLogger("quizapp")


def _data_dir_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # The option is accepted before and after a subcommand; the subcommand's copy must not
    # overwrite a value given before it, hence SUPPRESS there.
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None if top else argparse.SUPPRESS,
        help="keep the store, settings and logs in DIR (default: the per-user data folder, "
        "or $QUIZAPP_DATA_DIR)",
    )


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for every command and option."""
    parser = argparse.ArgumentParser(
        prog="quizapp", description="A desktop trivia quiz game. With no command, starts the game."
    )
    parser.add_argument("--version", action="version", version=f"quizapp {__version__}")
    _data_dir_option(parser, top=True)
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the window, load the question bank, and exit (0 when questions are ready)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    play = commands.add_parser("play", help="start the game (the default)")
    _data_dir_option(play, top=False)

    generate = commands.add_parser("generate", help="generate a question pack from a facts text")
    generate.add_argument("facts", type=Path, metavar="FACTS.txt")
    generate.add_argument("--out", type=Path, required=True, metavar="PACK.json")
    generate.add_argument("--id", dest="pack_id", help="pack id (default: from the file name)")
    generate.add_argument("--title", help="pack title (default: from the file name)")
    _data_dir_option(generate, top=False)
    reports.add_commands(commands, lambda sub: _data_dir_option(sub, top=False))
    return parser


def setup_logging(directory: Path) -> None:
    """Log to a file in the data directory when it can be written, else to stderr only."""
    handlers: list[logging.Handler] = []
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.FileHandler(directory / LOG_FILE, encoding="utf-8"))
    except OSError:
        pass
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.WARNING)
    handlers.append(stderr)
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers,
        force=True,
    )


def _generate(args: argparse.Namespace) -> int:
    from quizapp.generate import FactsError, generate_file

    try:
        report = generate_file(args.facts, args.out, pack_id=args.pack_id, title=args.title)
    except FactsError as exc:
        print(f"quizapp generate: {exc}", file=sys.stderr)
        return 1
    print(report)
    return 0


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] = os.environ) -> int:
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    directory = data_dir(args.data_dir, environ)
    if args.command == "generate":
        return _generate(args)
    if args.command in reports.COMMANDS:
        return reports.run(args, directory)
    setup_logging(directory)
    from quizapp.ui.app import run_gui

    return run_gui(directory, smoke_test=args.smoke_test)
