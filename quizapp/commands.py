"""The subcommands that work on the store without opening a window."""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path
from typing import TextIO

from quizapp.core.formatting import count_questions
from quizapp.files import STDOUT, write_text
from quizapp.packs import PackError, dump_pack, read_pack_file
from quizapp.paths import STORE_FILE, shipped_packs_dir
from quizapp.store import Collection, StoreError


def run_command(args: argparse.Namespace, directory: Path) -> int:
    """Run the subcommand args name; return the exit status."""
    try:
        if args.command == "import":
            return import_files(args, directory)
        if args.command == "export":
            return export_pack(args, directory)
        if args.command == "packs":
            return list_packs(directory, args.db_url)
        if args.command == "generate":
            return generate_facts(args)
        if args.command == "check":
            if args.db_url:
                return fail(
                    "check",
                    "checks the store file in a data folder; a database server has its own tools",
                )
            return check(directory)
    except StoreError as exc:
        return fail(args.command, str(exc))
    return fail(args.command, "unknown command")


def fail(command: str, message: str) -> int:
    """Print an error for a subcommand and return the failure status."""
    print(f"quizapp {command}: {message}", file=sys.stderr)
    return 1


def open_collection(directory: Path, db_url: str | None = None) -> Collection:
    """Open the store for a command, with the shipped packs loaded as the game would."""
    collection = Collection.open(directory, db_url)
    report = collection.packs.sync_shipped(shipped_packs_dir())
    for skipped in report.skipped_files:
        print(f"quizapp: skipped shipped pack {skipped}", file=sys.stderr)
    return collection


def import_files(args: argparse.Namespace, directory: Path) -> int:
    """Import each file as a pack, printing a report for each; a bad file fails alone."""
    if len(args.files) > 1 and (args.pack_id or args.title):
        return fail("import", "--pack-id and --title name one pack; give one file with them")
    status = 0
    with open_collection(directory, args.db_url) as collection:
        for path in args.files:
            try:
                # Each file in a transaction of its own, written as it is read.
                with collection.packs.importing() as importer:
                    report = importer.add(
                        partial(
                            read_pack_file,
                            path,
                            format=args.format,
                            sheet=args.sheet,
                            pack_id=args.pack_id,
                            title=args.title,
                        )
                    )
            except PackError as exc:
                status = fail("import", str(exc))
                for problem in exc.problems:
                    print(f"  {problem}", file=sys.stderr)
                continue
            print("\n".join(report.lines()))
    return status


def export_pack(args: argparse.Namespace, directory: Path) -> int:
    """Write one pack to a native pack file."""
    with open_collection(directory, args.db_url) as collection:
        info = collection.packs.by_slug(args.pack_id)
        if info is None:
            known = ", ".join(p.slug for p in collection.packs.all()) or "none"
            return fail("export", f"there is no pack {args.pack_id!r} (packs: {known})")
        text = dump_pack(collection.packs.contents(info.id))
    try:
        write_text(args.out, text)
    except OSError as exc:
        return fail("export", f"cannot write {args.out}: {exc.strerror or exc}")
    print(
        f"wrote {info.question_count} questions of {info.slug!r} to {args.out}",
        file=_report_stream(args.out),
    )
    return 0


def _report_stream(out: Path) -> TextIO:
    """Return where to say what was written: stderr when the file itself went to stdout."""
    return sys.stderr if str(out) == STDOUT else sys.stdout


def check(directory: Path) -> int:
    """Check the store; rebuild a damaged one from what can be read and say what was lost."""
    from quizapp.store.check import check_store

    store = directory / STORE_FILE
    if not store.exists():
        print(f"There is no store in {directory} yet; nothing to check.")
        return 0
    try:
        report = check_store(store)
    except OSError as exc:
        return fail("check", f"could not save the damaged store: {exc.strerror or exc}")
    print("\n".join(report.lines()))
    return 0


def list_packs(directory: Path, db_url: str | None) -> int:
    """Print one line a pack: id, title, number of questions, enabled or not."""
    with open_collection(directory, db_url) as collection:
        for pack in collection.packs.all():
            state = "enabled" if pack.enabled else "disabled"
            print(f"{pack.slug}\t{pack.title}\t{count_questions(pack.question_count)}\t{state}")
    return 0


def generate_facts(args: argparse.Namespace) -> int:
    """Generate a pack from a facts file; list the sentences that gave no question and why."""
    from quizapp.generate import FactsError, generate_pack, pack_json, read_facts
    from quizapp.generate.nlp import load_pipeline
    from quizapp.packs.naming import pack_id_from_path, title_from_path

    try:
        facts = read_facts(args.facts)
        if facts.notice:
            print(f"quizapp generate: {facts.notice}", file=sys.stderr)
        load_pipeline()  # a missing model is reported before any text is parsed
        result = generate_pack(
            facts.text,
            pack_id=args.pack_id or pack_id_from_path(args.facts),
            title=args.title or title_from_path(args.facts),
            source_name=args.credit or credit_beside(args.facts),
        )
    except FactsError as exc:
        return fail("generate", str(exc))
    except KeyboardInterrupt:
        fail("generate", "interrupted; nothing was written")
        return 130
    try:
        write_text(args.out, pack_json(result.pack))
    except OSError as exc:
        return fail("generate", f"cannot write {args.out}: {exc.strerror or exc}")
    report = _report_stream(args.out)
    for unused in result.unused:
        print(
            f"no question from line {unused.line} ({unused.reason}): {unused.sentence}",
            file=report,
        )
    print(f"wrote {len(result.pack.questions)} questions to {args.out}", file=report)
    return 0


def credit_beside(facts: Path) -> str | None:
    """Return the first line of FACTS.credit beside a facts file: where its facts come from."""
    try:
        lines = facts.with_suffix(".credit").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    return lines[0].strip() or None if lines else None
