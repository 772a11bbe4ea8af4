"""The command line: starts the game, or runs one of its subcommands."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import traceback
from collections.abc import Mapping, Sequence
from pathlib import Path

from quizapp import __version__, files
from quizapp.paths import LOG_FILE, data_dir, db_url

log = logging.getLogger("quizapp")


def _data_dir_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # The options are accepted before and after a subcommand; the subcommand's copy must not
    # overwrite a value given before it, hence SUPPRESS there.
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None if top else argparse.SUPPRESS,
        help="keep the store, settings and logs in DIR (default: the per-user data folder, "
        "or $QUIZAPP_DATA_DIR)",
    )
    parser.add_argument(
        "--db-url",
        metavar="URL",
        default=None if top else argparse.SUPPRESS,
        help="keep the store on a database server instead of in the data folder, e.g. "
        "postgresql+psycopg://USER:PASSWORD@HOST/DATABASE (default: $QUIZAPP_DB_URL)",
    )


def _start_options(parser: argparse.ArgumentParser) -> None:
    """Add the options of starting the game, which come before any subcommand."""
    _data_dir_option(parser, top=True)
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the window, load the question bank, and exit (0 when questions are ready)",
    )


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for every command and option."""
    from quizapp import reports
    from quizapp.packs import formats

    parser = argparse.ArgumentParser(
        prog="quizapp", description="A desktop trivia quiz game. With no command, starts the game."
    )
    parser.add_argument("--version", action="version", version=f"quizapp {__version__}")
    _start_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    play = commands.add_parser("play", help="start the game (the default)")
    _data_dir_option(play, top=False)

    generate = commands.add_parser("generate", help="generate a question pack from a facts text")
    generate.add_argument("facts", type=Path, metavar="FACTS.txt")
    generate.add_argument(
        "--out", type=Path, required=True, metavar="PACK.json", help="- for standard output"
    )
    generate.add_argument("--id", dest="pack_id", help="pack id (default: from the file name)")
    generate.add_argument("--title", help="pack title (default: from the file name)")
    generate.add_argument(
        "--credit",
        help="where the facts come from, for the pack's description (default: the first line "
        "of FACTS.credit beside the facts file, if there is one)",
    )
    _data_dir_option(generate, top=False)

    importer = commands.add_parser("import", help="import question packs from files")
    importer.add_argument("files", type=Path, nargs="+", metavar="FILE")
    importer.add_argument(
        "--format",
        choices=formats.names(),
        help="read the files as this format (default: detected from the content): "
        + "; ".join(f"{f.name} for {f.label}" for f in formats.FORMATS),
    )
    importer.add_argument(
        "--sheet",
        help="the workbook sheet to read (default: the first with a header row of questions)",
    )
    importer.add_argument("--pack-id", help="import into the pack with this id")
    importer.add_argument("--title", help="the pack's title")
    _data_dir_option(importer, top=False)

    exporter = commands.add_parser("export", help="write a pack to a file in the native format")
    exporter.add_argument("pack_id", metavar="PACK_ID")
    exporter.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help="- for standard output"
    )
    _data_dir_option(exporter, top=False)

    packs = commands.add_parser("packs", help="list the packs in the question bank")
    _data_dir_option(packs, top=False)

    check = commands.add_parser(
        "check",
        help="check the store; a damaged one is kept aside and what can be read is saved",
    )
    _data_dir_option(check, top=False)
    reports.add_commands(commands, lambda sub: _data_dir_option(sub, top=False))
    return parser


def setup_logging(directory: Path) -> None:
    """Log to a file in the data directory when it can be written, else to stderr only."""
    handlers: list[logging.Handler] = []
    unusable = None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        # Opening a FIFO would wait for a reader for ever, and a device is no log.
        unusable = files.special_file(directory / LOG_FILE)
        if unusable is None:
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
    if unusable:
        log.warning("not logging to %s: it is %s, not a file", directory / LOG_FILE, unusable)


# The status a shell gives a command stopped by a closed pipe (128 + SIGPIPE).
CLOSED_PIPE_STATUS = 141


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] = os.environ) -> int:
    """Run the command line; return the exit status.

    A reader that stops early (`quizapp history NAME | head`) ends the command quietly.
    """
    try:
        status = _run(argv, environ)
        sys.stdout.flush()
    except BrokenPipeError:
        # Whatever is still buffered cannot be written: send it nowhere, so that Python's
        # own flush at exit does not complain about the closed pipe either.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return CLOSED_PIPE_STATUS
    except Exception as error:  # a failure no message foresaw: said plainly, never a traceback
        return _unexpected(error)
    return status


def _unexpected(error: Exception) -> int:
    """Say what went wrong in one line, keep the traceback for the log file; return 1."""
    logs = [h for h in logging.getLogger().handlers if isinstance(h, logging.FileHandler)]
    details = "".join(traceback.format_exception(error))
    for handler in logs:
        handler.handle(
            log.makeRecord(
                log.name, logging.ERROR, __file__, 0, "unexpected error\n%s", (details,), None
            )
        )
    said = str(error) or type(error).__name__
    where = f" Details are in {logs[0].baseFilename}." if logs else ""
    print(
        f"quizapp: something went wrong that the game did not expect: {said}.{where}",
        file=sys.stderr,
    )
    return 1


def start_only(argv: Sequence[str]) -> argparse.Namespace | None:
    """Return the options of an everyday start of the game; None if argv asks anything else.

    Starting the game, as a desktop does, need not build the parsers of every subcommand and
    load the modules they describe (some 8 ms before the window can be painted). Help, the
    version, a subcommand or anything this parser cannot read goes to the whole parser.
    """
    if not argv:
        # As a desktop starts it: nothing to read (argparse's messages, even unshown, load
        # the locale module), every option at its default.
        return argparse.Namespace(data_dir=None, db_url=None, smoke_test=False, command=None)
    parser = argparse.ArgumentParser(prog="quizapp", add_help=False, exit_on_error=False)
    _start_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    if rest:
        return None
    args.command = None
    return args


def _run(argv: Sequence[str] | None, environ: Mapping[str, str]) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = start_only(argv) or build_parser().parse_args(argv)
    directory = data_dir(args.data_dir, environ)
    args.db_url = db_url(args.db_url, environ)
    if args.command != "generate":
        setup_logging(directory)
    if args.command not in (None, "play"):
        # The store (and SQLAlchemy with it) is imported only when a command needs it.
        from quizapp import reports

        if args.command in reports.COMMANDS:
            return reports.run(args, directory)
        from quizapp.commands import run_command

        return run_command(args, directory)
    # Starting makes a great many objects (Qt's classes and enums, then the store's libraries)
    # and frees almost none, so the cycle collector only slows it: some 50 ms of processor
    # time on the way to Start. The window turns it back on once the store is open.
    gc.disable()
    from quizapp.ui.app import run_gui

    return run_gui(directory, smoke_test=args.smoke_test, db_url=args.db_url)
