"""``workshop-data releases --edition E``: list the releases of an edition, of several (the option
repeated) or of every edition with ``all`` (as :func:`workshop_data.releases` takes them), oldest
edition first. ``releases E``, the edition as a word, is still taken (see :func:`add_parser`)."""

from __future__ import annotations

import argparse

from . import add_data_dir, add_editions_option, editions_given, table, write_output


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """Add the ``releases`` subcommand's parser and return it."""
    p: argparse.ArgumentParser = sub.add_parser(
        "releases",
        help="list an edition's releases ('all': every edition's)",
        description="List an edition's releases ('all': every edition's, the edition first on each line), "
        "oldest first, a line each: its name, when it was published (UTC, to the minute, and on the venue's "
        "clock), its slots, talks and papers, and '(latest)' on the newest one listed. A release is listed when "
        "its files' sizes and hashes and its workshop row check (loading checks every rule: a release edited and "
        "re-hashed that breaks another is listed, and 'latest' then loads the one before it, with a warning).",
    )
    add_editions_option(p)
    # `releases neurips2024`, the edition as a word: how the command first took it (the README said so
    # until --edition, every other command's name for it, was the one documented), so users' scripts
    # still run; out of --help, so that the command reads as the others: one way to name the edition
    p.add_argument("edition_word", nargs="?", default=None, help=argparse.SUPPRESS)
    add_data_dir(p)
    return p


def run(args: argparse.Namespace) -> int:
    """Print the edition's releases, oldest first; returns the exit status, 0 (errors raise)."""
    from ..formats.text import listed_text, published_words, schedule_text
    from ..store import release_summaries, resolve_editions

    given = editions_given(args)
    word = args.edition_word  # "" is a name, refused as such
    if word is not None and given is not None and given != word:
        option = " --edition ".join(repr(name) for name in args.edition)
        args.parser.error(f"two editions, {word!r} and --edition {option}: give one")
    editions = resolve_editions(word if given is None else given, args.data_dir)
    rows = []
    for edition in editions:
        for r in release_summaries(edition, args.data_dir):
            mark = "  (latest)" if r["latest"] else ""
            counts = f"{schedule_text(r['slots'], r['talks'])}, {listed_text(r['papers'])}"
            row = [r["release"], f"published {published_words(r['published'], r['timezone'])}", counts + mark]
            rows.append([edition, *row] if len(editions) > 1 else row)
    write_output(table(rows))
    return 0
