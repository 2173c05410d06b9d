"""Read and decode one raw file, or say exactly why it cannot be an article.

Takes: a :class:`RawRef`. Gives: :class:`RawDocument` (decoded text, hash, size) or a
:class:`QuarantineRecord` with a specific reason. Nothing here raises on bad input."""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass, replace
from pathlib import Path

from dnnd_data.schema.articles import QuarantineReason, QuarantineRecord, Stage

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
# The other C0 controls, as one character class (a scan in C, not a loop per character).
_DISALLOWED_CONTROL = re.compile(
    "[" + "".join(chr(c) for c in range(32) if chr(c) not in _ALLOWED_CONTROLS) + "]"
)


_MAX_CONTROL_SHARE = 0.01


@dataclass(frozen=True)
class RawRef:
    """A raw file found under the raw folder (with its metadata sidecar, if any)."""

    path: Path
    relative: str
    sidecar: Path | None = None
    sidecar_relative: str | None = None


@dataclass(frozen=True)
class RawDocument:
    """A raw file decoded to text (and its sidecar's bytes, when it has one)."""

    source_path: str
    raw_sha256: str
    raw_bytes: int
    encoding: str
    text: str
    sidecar_path: str | None = None
    sidecar_bytes: bytes | None = None

    @property
    def sidecar_sha256(self) -> str | None:
        """sha256 of the sidecar's bytes."""
        return hashlib.sha256(self.sidecar_bytes).hexdigest() if self.sidecar_bytes else None

    @property
    def cache_key(self) -> str:
        """What the processed outcome depends on: the bytes, and the sidecar's."""
        return content_key(self.raw_sha256, self.sidecar_sha256)


def content_key(raw_sha256: str, sidecar_sha256: str | None) -> str:
    """The raw bytes' hash, combined with the sidecar's when there is one."""
    if sidecar_sha256 is None:
        return raw_sha256
    return hashlib.sha256(f"{raw_sha256}|{sidecar_sha256}".encode()).hexdigest()


class NotARegularFile(OSError):
    """The path is (now) a FIFO, a socket, a device or a link: never read."""


def read_raw(path: Path, max_bytes: int) -> bytes | int:
    """The bytes of a regular file, read through one handle that follows no link and
    never blocks (a FIFO or socket swapped in is refused, not waited on); the file's size
    instead of its bytes when it is larger than ``max_bytes``."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotARegularFile(f"{_kind_of(info.st_mode)}: not read")
        if info.st_size > max_bytes:
            return info.st_size
        chunks, total = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                return total
        return b"".join(chunks)
    finally:
        os.close(fd)


def _kind_of(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISLNK, "a link"))
    return next((name for test, name in kinds if test(mode)), "not a regular file")


# A news article has tens of paragraphs; a file of a million lines is not one, and
# keeping an offset map per line of it would cost gigabytes.
MAX_LINES = 20_000


def read_document(
    ref: RawRef, max_bytes: int, max_lines: int = MAX_LINES
) -> RawDocument | QuarantineRecord:
    """Read and decode one file, or say exactly why it cannot be an article."""
    try:
        data = read_raw(ref.path, max_bytes)
    except NotARegularFile as exc:
        return quarantine_record(ref.relative, QuarantineReason.SPECIAL_FILE, str(exc))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return quarantine_record(
                ref.relative, QuarantineReason.SYMLINK, "became a symbolic link; not followed"
            )
        return quarantine_record(
            ref.relative, QuarantineReason.UNREADABLE, f"cannot read: {exc.strerror or exc}"
        )
    if isinstance(data, int):
        detail = f"{data:,} bytes is over the {max_bytes:,}-byte limit (DNND_MAX_FILE_BYTES)"
        return quarantine_record(ref.relative, QuarantineReason.TOO_LARGE, detail, size=data)
    lines = data.count(b"\n")
    if lines > max_lines:
        detail = f"{lines:,} lines is over the {max_lines:,}-line limit (DNND_MAX_FILE_LINES)"
        return quarantine_record(
            ref.relative,
            QuarantineReason.TOO_LARGE,
            detail,
            size=len(data),
            digest=hashlib.sha256(data).hexdigest(),
        )
    document = decode_document(ref.relative, data)
    if isinstance(document, RawDocument) and ref.sidecar is not None:
        document = replace(
            document, sidecar_path=ref.sidecar_relative, sidecar_bytes=_sidecar_bytes(ref.sidecar)
        )
    return document


def _sidecar_bytes(path: Path) -> bytes:
    """A sidecar's bytes (empty when it cannot be read: the problem shows when parsed)."""
    try:
        data = read_raw(path, 1 << 20)
    except OSError:
        return b""
    return data if isinstance(data, bytes) else b""


def decode_document(relative: str, data: bytes) -> RawDocument | QuarantineRecord:
    """Decode bytes to text: UTF-8, or UTF-8/16/32 with a byte order mark."""
    digest = hashlib.sha256(data).hexdigest()

    def reject(reason: QuarantineReason, detail: str) -> QuarantineRecord:
        return quarantine_record(relative, reason, detail, size=len(data), digest=digest)

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
    controls = len(_DISALLOWED_CONTROL.findall(text))
    if "\x00" in text or controls > _MAX_CONTROL_SHARE * len(text):
        return reject(QuarantineReason.BINARY, f"{controls} control characters: not a text file")
    if not text.strip():
        return reject(QuarantineReason.EMPTY, "only white space after decoding")
    return RawDocument(relative, digest, len(data), encoding, text)


def quarantine_record(
    relative: str,
    reason: QuarantineReason,
    detail: str,
    *,
    size: int | None = None,
    digest: str | None = None,
    stage: Stage = Stage.INGEST,
) -> QuarantineRecord:
    return QuarantineRecord(
        source_path=relative,
        reason=reason,
        detail=detail,
        stage=stage,
        raw_sha256=digest,
        raw_bytes=size,
    )
