"""Arguments several commands share: the store to read and the day to read it as of."""

from __future__ import annotations

import argparse
import datetime as _dt

__all__ = ["add_store_args", "day"]


def day(text: str) -> _dt.date:
    """A ``YYYY-MM-DD`` argument as a date; argparse reports anything else as a usage error."""
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day (YYYY-MM-DD): {text!r}") from None


def add_store_args(parser: argparse.ArgumentParser) -> None:
    """Add ``STORE`` (default ``events``) and ``--as-of DATE`` to a command's parser."""
    parser.add_argument(
        "dir",
        nargs="?",
        default="events",
        metavar="STORE",
        help="folder of logs (default: events/), sqlite:///FILE or postgresql://USER@HOST/DB",
    )
    parser.add_argument(
        "--as-of",
        type=day,
        metavar="DATE",
        help="only what the chronicle knew on this day (YYYY-MM-DD)",
    )
