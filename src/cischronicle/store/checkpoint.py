"""The bytes of a checkpoint: a header with its version, position and checksum, then a payload.

A store keeps checkpoints as it keeps logs: as data it does not interpret.  This module frames
a payload (whatever the layer above folded and chose to keep) with what a store can check on
its own: a magic line, the version of the code that made the payload (a reader of another
version refuses it), the global position the payload reached, and a SHA-256 of the payload.
What the payload holds, how it is made and how it is read back are the business of
:mod:`cischronicle.resume`, above the projections and checks; nothing here imports them.
"""

from __future__ import annotations

import hashlib

import attrs

__all__ = ["SavedCheckpoint", "decode_checkpoint", "encode_checkpoint"]

_MAGIC = b"cischronicle-checkpoint/5\n"


@attrs.frozen
class SavedCheckpoint:
    """A checkpoint read back and checked: its position, its payload's bytes and their SHA-256.

    ``digest`` (hexadecimal) lets a reader that keeps a checkpoint in several records check
    that each record is the one its index names.
    """

    position: int
    payload: bytes
    digest: str = ""


def encode_checkpoint(version: str, position: int, payload: bytes) -> bytes:
    """The bytes of a checkpoint: magic, ``version``, ``position``, SHA-256, then ``payload``."""
    if "\n" in version or position < 0:
        raise ValueError(f"not a checkpoint version and position: {version!r}, {position}")
    digest = hashlib.sha256(payload).hexdigest()
    return _MAGIC + f"{version}\n{position}\n{digest}\n".encode() + payload


def decode_checkpoint(data: bytes, version: str) -> SavedCheckpoint | str:
    """The checkpoint in ``data`` if it is whole and of ``version``; else why it is not."""
    if not data.startswith(_MAGIC):
        return "the checkpoint is not one this library wrote"
    # The header's three lines apart, and the payload (tens of megabytes) copied once.
    ends = []
    at = len(_MAGIC)
    for _ in range(3):
        at = data.find(b"\n", at)
        if at < 0:
            return "the checkpoint is cut short"
        ends.append(at)
        at += 1
    found = data[len(_MAGIC) : ends[0]]
    position, digest = data[ends[0] + 1 : ends[1]], data[ends[1] + 1 : ends[2]]
    if found.decode("ascii", "replace") != version:
        return "the checkpoint was made by another version of the codec or projections"
    if not position.isdigit():
        return "the checkpoint's position is not a number"
    if hashlib.sha256(memoryview(data)[at:]).hexdigest().encode() != digest:
        return "the checkpoint fails its checksum"
    return SavedCheckpoint(int(position), data[at:], digest.decode("ascii"))
