"""Ingest: find raw files and decode them, never following links out of the raw folder.

Takes: the raw folder. Gives: :class:`RawDocument` objects (decoded text, hash, size) or
:class:`QuarantineRecord` rows with a specific reason for anything that cannot be read as
text. This is the only stage that reads ``raw/``; nothing here raises on bad input.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dnnd_data.models import QuarantineReason, QuarantineRecord, Stage

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_MAX_CONTROL_SHARE = 0.01


@dataclass(frozen=True)
class RawRef:
    """A raw file found under the raw folder."""

    path: Path
    relative: str


@dataclass(frozen=True)
class RawDocument:
    """A raw file decoded to text."""

    source_path: str
    raw_sha256: str
    raw_bytes: int
    encoding: str
    text: str


def discover(raw_dir: Path) -> tuple[list[RawRef], list[QuarantineRecord]]:
    """Every regular file below ``raw_dir`` (sorted), and quarantine rows for symlinks."""
    refs: list[RawRef] = []
    rejected: list[QuarantineRecord] = []
    for path in _walk(raw_dir):
        relative = path.relative_to(raw_dir).as_posix()
        if path.is_symlink():
            target = str(path.readlink())
            rejected.append(
                _quarantine(
                    relative, QuarantineReason.SYMLINK, f"symbolic link to {target!r}; not followed"
                )
            )
        else:
            refs.append(RawRef(path, relative))
    refs.sort(key=lambda r: r.relative)
    rejected.sort(key=lambda r: r.source_path)
    return refs, rejected


def _walk(root: Path) -> Iterator[Path]:
    """Files and links below root; directory links are reported, never entered."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        base = Path(dirpath)
        for name in dirnames:
            if (base / name).is_symlink():
                yield base / name
        for name in filenames:
            if name.startswith("."):
                continue
            yield base / name


def read_document(ref: RawRef, max_bytes: int) -> RawDocument | QuarantineRecord:
    """Read and decode one file, or say exactly why it cannot be an article."""
    try:
        info = ref.path.lstat()
        if not stat.S_ISREG(info.st_mode):
            return _quarantine(ref.relative, QuarantineReason.UNREADABLE, "not a regular file")
        if info.st_size > max_bytes:
            detail = (
                f"{info.st_size:,} bytes is over the {max_bytes:,}-byte limit (DNND_MAX_FILE_BYTES)"
            )
            return _quarantine(ref.relative, QuarantineReason.TOO_LARGE, detail, size=info.st_size)
        data = ref.path.read_bytes()
    except OSError as exc:
        return _quarantine(
            ref.relative, QuarantineReason.UNREADABLE, f"cannot read: {exc.strerror or exc}"
        )
    return decode_document(ref.relative, data)


def decode_document(relative: str, data: bytes) -> RawDocument | QuarantineRecord:
    """Decode bytes to text: UTF-8, or UTF-8/16/32 with a byte order mark."""
    digest = hashlib.sha256(data).hexdigest()

    def reject(reason: QuarantineReason, detail: str) -> QuarantineRecord:
        return _quarantine(relative, reason, detail, size=len(data), digest=digest)

    if not data.strip():
        return reject(
            QuarantineReason.EMPTY, "the file is empty" if not data else "only white space"
        )
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8")
    nul = data.find(b"\x00") if encoding == "utf-8" else -1
    if nul >= 0:
        return reject(QuarantineReason.BINARY, f"NUL byte at offset {nul}: not a text file")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        detail = (
            f"byte 0x{data[exc.start]:02x} at offset {exc.start} is not valid {encoding}; "
            "re-save the file as UTF-8"
        )
        return reject(QuarantineReason.UNDECODABLE, detail)
    controls = sum(1 for ch in text if ch < " " and ch not in _ALLOWED_CONTROLS)
    if "\x00" in text or controls > _MAX_CONTROL_SHARE * len(text):
        return reject(QuarantineReason.BINARY, f"{controls} control characters: not a text file")
    if not text.strip():
        return reject(QuarantineReason.EMPTY, "only white space after decoding")
    return RawDocument(relative, digest, len(data), encoding, text)


def _quarantine(
    relative: str,
    reason: QuarantineReason,
    detail: str,
    *,
    size: int | None = None,
    digest: str | None = None,
) -> QuarantineRecord:
    return QuarantineRecord(
        source_path=relative,
        reason=reason,
        detail=detail,
        stage=Stage.INGEST,
        raw_sha256=digest,
        raw_bytes=size,
    )
