"""The scores and history commands: high-score tables and a player's rounds, as text or CSV."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from quizapp.core.modes import CLASSIC_MODE, MODES, mode_key, mode_label
from quizapp.core.periods import Period
from quizapp.files import STDOUT, writing

if TYPE_CHECKING:
    from quizapp.core.model import HighScore, RoundRecord
    from quizapp.store import Collection

COMMANDS = ("scores", "history")
CSV_HEADER = (
    "round",
    "started",
    "finished",
    "pack",
    "mode",
    "score",
    "right",
    "questions",
    "duration_s",
    "question_number",
    "question",
    "options",
    "answer_given",
    "right_answer",
    "correct",
    "seconds",
    "explanation",
)


class ReportError(Exception):
    """A report cannot be made; the message says why."""


def add_commands(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    data_dir_option: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Add the scores and history subcommands to the command line."""
    scores = commands.add_parser("scores", help="print a high-score table")
    scores.add_argument("--pack", metavar="ID", help="only this pack (its id, e.g. heartstopper)")
    scores.add_argument(
        "--period",
        choices=[p.value for p in Period],
        default=Period.ALL.value,
        help="today or this week in local time (weeks start on Monday), or all time",
    )
    scores.add_argument("--player", metavar="NAME", help="only this player's rounds")
    scores.add_argument(
        "--mode",
        type=mode_key,
        choices=list(MODES),
        default=CLASSIC_MODE,
        help=f"which table, by key or by name as the game shows it (default {CLASSIC_MODE})",
    )
    scores.add_argument(
        "--hot-seat",
        action="store_true",
        help="the table of rounds played in turns by several players at one computer",
    )
    scores.add_argument("--limit", type=int, default=10, help="how many rows (default 10)")
    data_dir_option(scores)

    history = commands.add_parser("history", help="print or export a player's rounds and answers")
    history.add_argument("name", metavar="NAME", help="the player")
    history.add_argument(
        "--csv",
        type=Path,
        metavar="FILE",
        help="write every answer to FILE (- for standard output)",
    )
    data_dir_option(history)


def run(args: argparse.Namespace, data_dir: Path) -> int:
    """Run a scores or history command; return the exit status."""
    # The store (and SQLAlchemy) load only for these commands, and so does the core's model,
    # which the formatting of rounds and scores reads: the game opens faster without them.
    from quizapp.core.players import PlayerNameError
    from quizapp.store import Collection, StoreError

    try:
        with Collection.open(data_dir, args.db_url) as collection:
            if args.command == "scores":
                print_scores(collection, args, sys.stdout)
            else:
                history(collection, args.name, args.csv, sys.stdout)
    except (ReportError, StoreError, PlayerNameError) as exc:
        print(f"quizapp {args.command}: {exc}", file=sys.stderr)
        return 1
    return 0


def print_scores(collection: Collection, args: argparse.Namespace, out: TextIO) -> None:
    """Print the high-score table the options ask for."""
    pack_id = None
    if args.pack:
        packs = {p.slug: p for p in collection.packs.all()}
        if args.pack not in packs:
            known = ", ".join(sorted(packs)) or "none"
            raise ReportError(f"there is no pack with the id {args.pack!r} (packs: {known})")
        pack_id = packs[args.pack].id
    player_id = None
    if args.player:
        player = collection.players.named(args.player)
        if player is None:
            raise ReportError(f"there is no player called {args.player!r}")
        player_id = player.id
    period = Period(args.period)
    rows = collection.stats.high_scores(
        pack_id,
        mode=args.mode,
        period=period,
        player_id=player_id,
        limit=args.limit,
        hot_seat=args.hot_seat,
    )
    title = args.pack or "every pack"
    table = f"{mode_label(args.mode)} hot-seat" if args.hot_seat else mode_label(args.mode)
    out.write(f"High scores: {title}, {table}, {period.label.lower()}\n")
    if not MODES[args.mode].ranked:
        out.write(f"{mode_label(args.mode)} rounds are practice: they keep no high scores.\n")
        return
    if not rows:
        out.write("No finished rounds.\n")
        return
    out.write(_table(rows))


def _table(rows: Sequence[HighScore]) -> str:
    from quizapp.core.formatting import format_duration, format_when

    cells = [("#", "Player", "Pack", "Score", "Right", "Time", "Finished")] + [
        (
            str(r.rank),
            r.player_name,
            r.pack_title,
            f"{r.score:,}",
            f"{r.correct}/{r.total}",
            format_duration(r.duration_ms),
            format_when(r.finished_at),
        )
        for r in rows
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(cells[0]))]
    right_aligned = {0, 3, 4, 5}
    lines = [
        "  ".join(
            cell.rjust(width) if i in right_aligned else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in cells
    ]
    return "\n".join(lines) + "\n"


def player_rounds(collection: Collection, name: str) -> list[RoundRecord]:
    """Return a player's rounds with their answers, oldest first."""
    player = collection.players.named(name)
    if player is None:
        raise ReportError(f"there is no player called {name!r}")
    return [
        collection.rounds.record(r.id) for r in reversed(collection.rounds.of_player(player.id))
    ]


def history(collection: Collection, name: str, csv_path: Path | None, out: TextIO) -> None:
    """Print a player's rounds and answers, or write them to a CSV file."""
    from quizapp.core.formatting import (
        TIMED_OUT_ANSWER,
        format_duration,
        format_seconds,
        format_when,
    )

    rounds = player_rounds(collection, name)
    if csv_path is not None:
        write_csv(csv_path, rounds)
        # With the CSV on standard output, the note goes to the error stream to keep it clean.
        note = sys.stderr if str(csv_path) == STDOUT else out
        note.write(f"Wrote {len(rounds)} rounds to {csv_path}\n")
        return
    if not rounds:
        out.write(f"{name} has not played yet.\n")
    for record in rounds:
        status = format_duration(record.duration_ms or 0) if record.finished else "unfinished"
        out.write(
            f"{format_when(record.started_at)}  {record.pack_title}  "
            f"{mode_label(record.mode)}  "
            f"{record.score:,} points  {record.correct}/{record.total}  {status}\n"
        )
        for answer in record.answers:
            mark = "right" if answer.correct else f"wrong (right: {answer.right_answer})"
            given = TIMED_OUT_ANSWER if answer.timed_out else repr(answer.given)
            out.write(
                f"  {answer.position:>2}. {answer.prompt}\n"
                f"      {given}: {mark}, {format_seconds(answer.ms)}\n"
            )


def _csv_rows(rounds: Sequence[RoundRecord]) -> Iterator[list[str]]:
    for record in rounds:
        head = [
            str(record.id),
            record.started_at.isoformat(),
            record.finished_at.isoformat() if record.finished_at else "",
            record.pack_title,
            record.mode,
            str(record.score),
            str(record.correct),
            str(record.total),
            "" if record.duration_ms is None else f"{record.duration_ms / 1000:.3f}",
        ]
        if not record.answers:
            yield head + [""] * (len(CSV_HEADER) - len(head))
        for answer in record.answers:
            yield head + [
                str(answer.position),
                answer.prompt,
                " | ".join(answer.options),
                answer.given,
                answer.right_answer,
                "yes" if answer.correct else "no",
                f"{answer.ms / 1000:.3f}",
                answer.explanation or "",
            ]


# A cell starting with one of these opens as a formula in Excel, LibreOffice and Sheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """Return cell so a spreadsheet shows it as text: a leading ' before a formula's start."""
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell


def write_csv(path: Path, rounds: Sequence[RoundRecord]) -> None:
    """Write every answer as a CSV row; the file appears whole or not at all.

    Pack and player text is made safe for spreadsheets: nothing in it opens as a formula.
    """
    import csv

    try:
        with writing(path, newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(CSV_HEADER)
            writer.writerows([spreadsheet_safe(c) for c in row] for row in _csv_rows(rounds))
    except OSError as exc:
        raise ReportError(f"cannot write {path}: {exc.strerror or exc}") from exc
