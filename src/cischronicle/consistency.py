"""What "consistent" means: the one definition ``cischronicle check`` and the tests share.

A chronicle is **consistent** when no check finds its sources contradicting each other or
themselves: no finding whose verdict is in ``checks.INCONSISTENT_VERDICTS`` (two reports of
one meeting in different cities or on different days, a meeting reported held after the
article that reports it was published).  ``cischronicle check`` exits 1 exactly when a
chronicle is not consistent, and ``cischronicle.testing.assert_consistent`` fails exactly then.

The **strict** reading (``check --strict``, ``assert_consistent(..., strict=True)``) also
counts a scheduled meeting that was due by the knowledge date and that no source reports as
held, moved, postponed or cancelled (verdict ``unconfirmed``, :data:`STRICT_VERDICTS`): not a
contradiction, but a gap the chronicle cannot close.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from .checks import CHECKS, Finding

__all__ = ["STRICT_VERDICTS", "inconsistencies"]

STRICT_VERDICTS: Mapping[str, frozenset[str]] = {
    "scheduled-meeting-took-place": frozenset({"unconfirmed"}),
}
"""The verdicts, by check, that only the strict reading counts against a chronicle."""


def inconsistencies(
    findings: Iterable[Finding], *, strict: bool = False, checks: Collection[str] = CHECKS
) -> tuple[Finding, ...]:
    """The findings of the checks named in ``checks`` that make a chronicle inconsistent.

    A finding counts when it is ``inconsistent`` (its verdict says the sources contradict
    each other); with ``strict``, also when its verdict is in :data:`STRICT_VERDICTS`.
    """
    return tuple(
        f
        for f in findings
        if f.check in checks
        and (f.inconsistent or (strict and f.verdict in STRICT_VERDICTS.get(f.check, ())))
    )
