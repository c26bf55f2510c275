"""Operating-system errors (a full disk, a read-only folder) in the words a user acts on."""

from __future__ import annotations

import errno
import os

HINTS = {
    errno.ENOSPC: "no space left on the disk",
    errno.EDQUOT: "disk quota exceeded",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.EISDIR: "is a folder, not a file",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.ENOENT: "no such file or folder",
}
"""By errno, where ``strerror`` says too little or too technically."""


def describe_os_error(err: OSError) -> str:
    """``PATH: what went wrong`` (or only what, when the error names no file)."""
    what = HINTS.get(err.errno or 0) or err.strerror or str(err)
    if err.filename is None:
        return what
    other = f" -> {os.fsdecode(err.filename2)}" if err.filename2 is not None else ""
    return f"{os.fsdecode(err.filename)}{other}: {what}"
