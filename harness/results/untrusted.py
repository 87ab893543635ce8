"""Files named by untrusted records: read and copy them without leaving their folder.

A run folder may come from another job (a CI artifact built by nightly wheels and user code),
so a record's `log` is a claim, not a path to follow: it must be a relative path of plain
names, every folder on the way is opened without following symbolic links, the file must be
a regular file (not a FIFO, a device or /proc), and no more than a bounded number of bytes is
read or copied. Writes go the same way into the destination folder, through a temporary file
and a rename, so that a link planted at the destination is replaced, never followed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import unicodedata
from collections.abc import Iterator
from pathlib import Path

MiB = 1024 * 1024
LOG_LIMIT = 8 * MiB  # the most of a cell's log kept, copied or cached
LOG_HEAD = 1 * MiB  # of which the start of the log (the rest is its end)
TAIL_BYTES = 64 * 1024  # read from the end of a log for its last lines
RECORD_LIMIT = 16 * MiB  # a record or plan larger than this is not read


# ANSI escape sequences: CSI ... final byte, OSC ... BEL or ST, and two-byte ESC x
_ANSI = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)?|[@-_])")


def strip_ansi(text: str) -> str:
    """Text from a log or a message without terminal escape sequences."""
    return _ANSI.sub("", text)


# ASCII control characters (the fast path: most text is ASCII)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Characters that do not show or that change how the text around them shows, by category:
# controls, format characters (bidi marks and overrides, U+061C, U+180E, U+FFF9-FFFB, the
# tag characters U+E0000-E007F, zero-width joiners), private use, surrogates, line and
# paragraph separators, and code points this Python does not know (a newer Unicode may
# have made them any of these).
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"})
# ... and letters and marks that render as nothing: the Hangul fillers, the combining
# grapheme joiner, the variation selectors (U+FE0F makes the character before it an emoji)
_INVISIBLE_MORE = frozenset(
    [chr(c) for c in (0x115F, 0x1160, 0x3164, 0xFFA0, 0x034F, 0x17B4, 0x17B5)]
    + [chr(c) for c in range(0xFE00, 0xFE10)]
    + [chr(c) for c in range(0xE0100, 0xE01F0)]
)


def invisible(char: str) -> bool:
    return unicodedata.category(char) in _INVISIBLE_CATEGORIES or char in _INVISIBLE_MORE


def printable(text: str) -> str:
    """One line of visible text: ANSI escapes removed, control and invisible characters
    made spaces. For anything from a record that reaches a terminal, a CI log or a
    generated file: a newline there can start a workflow command (`::error::`), an escape
    can rewrite the screen, a bidi override or a tag character can make a reader see text
    other than what is there."""
    text = strip_ansi(text)
    if text.isascii():
        return _CONTROL.sub(" ", text)
    return "".join(" " if invisible(c) else c for c in text)


class Refused(ValueError):
    """The path or the file it names is not one to read or write (says why)."""


def check_relative(rel: str) -> str | None:
    """None for a relative path of plain names ('logs/env/cell.log'), else why not."""
    if not rel:
        return "empty path"
    if any(ord(c) < 32 or c in "\\\x7f" for c in rel):
        return "control characters or backslashes in the path"
    if rel.startswith("/"):
        return "an absolute path"
    if any(part in ("", ".", "..") for part in rel.split("/")):
        return "a path with '..', '.' or empty parts"
    return None


def _parts(rel: str) -> list[str]:
    problem = check_relative(rel)
    if problem:
        raise Refused(problem)
    return rel.split("/")


def _refusal(exc: OSError) -> Refused:
    if exc.errno in (errno.ELOOP, errno.EMLINK):
        return Refused("a symbolic link")
    if exc.errno == errno.ENOTDIR:
        return Refused("a part of the path is not a folder")
    if exc.errno == errno.ENOENT:
        return Refused("not found")
    return Refused(exc.strerror or str(exc))


_DIR = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC


def _walk(root: Path, parts: list[str], create: bool = False) -> int:
    """An fd of the folder root/parts..., each part opened without following links."""
    try:
        fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError as exc:
        raise _refusal(exc) from None
    part = ""
    try:
        for part in parts:
            if create:
                with contextlib.suppress(FileExistsError):
                    os.mkdir(part, 0o755, dir_fd=fd)
            nxt = os.open(part, _DIR, dir_fd=fd)
            os.close(fd)
            fd = nxt
    except OSError as exc:
        refusal = _refusal(exc)
        with contextlib.suppress(OSError):  # O_DIRECTORY on a link says ENOTDIR: say which
            if stat.S_ISLNK(os.lstat(part, dir_fd=fd).st_mode):
                refusal = Refused("a symbolic link")
        os.close(fd)
        raise refusal from None
    return fd


def open_inside(root: Path, rel: str) -> int:
    """A read-only fd of the regular file root/rel (Refused otherwise). The caller closes it."""
    parts = _parts(rel)
    folder = _walk(root, parts[:-1])
    try:
        fd = os.open(
            parts[-1], os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, dir_fd=folder
        )
    except OSError as exc:
        raise _refusal(exc) from None
    finally:
        os.close(folder)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise Refused("not a regular file")
    return fd


def _read_at(fd: int, offset: int, size: int) -> bytes:
    chunks = []
    while size > 0:
        chunk = os.pread(fd, min(size, MiB), offset)
        if not chunk:
            break
        chunks.append(chunk)
        offset += len(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def read_bytes(root: Path, rel: str, limit: int = RECORD_LIMIT) -> bytes:
    """The whole file, or Refused when it is larger than `limit`."""
    fd = open_inside(root, rel)
    try:
        size = os.fstat(fd).st_size
        if size > limit:
            raise Refused(f"larger than {limit // MiB} MiB ({size} bytes)")
        return _read_at(fd, 0, limit + 1)[:limit]
    finally:
        os.close(fd)


def tail_lines(data: bytes, lines: int) -> str:
    return "\n".join(data.decode("utf-8", errors="replace").splitlines()[-lines:])


def read_tail(root: Path, rel: str, lines: int, limit: int = TAIL_BYTES) -> str:
    """The last `lines` lines of root/rel, read from the end (at most `limit` bytes)."""
    fd = open_inside(root, rel)
    try:
        size = os.fstat(fd).st_size
        start = max(0, size - limit)
        return tail_lines(_read_at(fd, start, size - start), lines)
    finally:
        os.close(fd)


def cut_marker(cut: int) -> bytes:
    return f"\n[xla-matrix: {cut} bytes cut from the middle of this log]\n".encode()


def _capped(fd: int, limit: int, head: int) -> Iterator[bytes]:
    """The file's bytes, or its first `head` and last `limit - head` bytes past `limit`."""
    size = os.fstat(fd).st_size
    if size <= limit:
        offset = 0
        while chunk := os.pread(fd, MiB, offset):
            offset += len(chunk)
            yield chunk
        return
    tail = limit - head
    yield _read_at(fd, 0, head)
    yield cut_marker(size - head - tail)
    yield _read_at(fd, size - tail, tail)


def write_inside(root: Path, rel: str, chunks: Iterator[bytes] | list[bytes]) -> None:
    """Write root/rel atomically, creating its folders, following no link on the way."""
    parts = _parts(rel)
    Path(root).mkdir(parents=True, exist_ok=True)  # the destination itself is ours
    folder = _walk(root, parts[:-1], create=True)
    tmp = f".{parts[-1]}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    try:
        fd = os.open(
            tmp,
            os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC,
            0o644,
            dir_fd=folder,
        )
        try:
            for chunk in chunks:
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        os.replace(tmp, parts[-1], src_dir_fd=folder, dst_dir_fd=folder)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp, dir_fd=folder)
        raise
    finally:
        os.close(folder)


def copy_capped(
    src_root: Path,
    rel: str,
    dest_root: Path,
    dest_rel: str | None = None,
    limit: int = LOG_LIMIT,
    head: int = LOG_HEAD,
) -> None:
    """Copy src_root/rel to dest_root/(dest_rel or rel), at most `limit` bytes (the start
    and the end of a larger file, with a line saying how much was cut)."""
    fd = open_inside(src_root, rel)
    try:
        write_inside(dest_root, dest_rel or rel, _capped(fd, limit, head))
    finally:
        os.close(fd)


def copy_whole(
    src_root: Path, rel: str, dest_root: Path, dest_rel: str | None = None, limit: int = LOG_LIMIT
) -> None:
    """Copy src_root/rel to dest_root/(dest_rel or rel) whole, or refuse when it is larger
    than `limit` (a cut archive such as an .npz would be unreadable)."""
    fd = open_inside(src_root, rel)
    try:
        size = os.fstat(fd).st_size
        if size > limit:
            raise Refused(f"larger than {limit // MiB} MiB ({size} bytes)")
        write_inside(dest_root, dest_rel or rel, _capped(fd, limit, 0))
    finally:
        os.close(fd)


def cap_file(path: Path, limit: int = LOG_LIMIT, head: int = LOG_HEAD) -> int:
    """Shrink a log of our own to its start and end past `limit` bytes; the bytes cut."""
    try:
        size = path.stat().st_size
    except OSError:
        return 0
    if size <= limit:
        return 0
    copy_capped(path.parent, path.name, path.parent, limit=limit, head=head)
    return size - limit
