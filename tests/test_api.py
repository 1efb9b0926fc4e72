"""The public API: one import, a sorted __all__, private implementation modules."""

from __future__ import annotations

import cischronicle


def test_all_is_sorted_and_importable() -> None:
    """Every name in __all__ exists and the list is sorted."""
    assert list(cischronicle.__all__) == sorted(cischronicle.__all__)
    for name in cischronicle.__all__:
        assert getattr(cischronicle, name) is not None, name


def test_public_things_have_docstrings() -> None:
    """Every public class and function exported has a docstring."""
    for name in cischronicle.__all__:
        obj = getattr(cischronicle, name)
        if callable(obj) and not isinstance(obj, type(cischronicle.SCHEMA_VERSION)):
            assert (obj.__doc__ or "").strip(), name


def test_every_error_is_a_chronicle_error() -> None:
    """The error family shares one base and refines builtins."""
    for name in cischronicle.__all__:
        obj = getattr(cischronicle, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, cischronicle.ChronicleError), name
    assert issubclass(cischronicle.DecodeError, ValueError)
