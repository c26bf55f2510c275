"""Fetch a published release from a base URL (http, https) or a local folder, laid out like
``outputs/releases/``, and keep it only once every file matches its SHA256SUMS line.

Files go into a hidden folder beside the destination; each one is written as ``<name>.part``
and renamed to ``<name>`` only after its checksum matched, so that folder never holds an
unverified file and an interrupted download can resume from it. The whole release is renamed
into place in one step after the final check.

Everything that comes from the source is untrusted: the index's versions must be
``MAJOR.MINOR.PATCH`` and SHA256SUMS's names relative paths inside the release before either
becomes part of a path, and symbolic links are never followed or kept, neither in a source
folder nor in the destination or its hidden folder.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from pipeline.oserrors import describe_os_error
from pipeline.publish.files import sha256_file
from pipeline.publish.targets import UnsafeTarget, refuse_inside_release
from pipeline.publish.verify import read_checksums, safe_relative, verify_checksums
from pipeline.publish.versioning import VersionError, parse_version

INDEX_NAME = "index.json"
SUMS_NAME = "SHA256SUMS"
DATAPACKAGE_NAME = "datapackage.json"
# Caps for files whose size the release does not declare.
METADATA_CAP = 5 * 1024 * 1024
DEFAULT_CAP = 50 * 1024 * 1024
DEADLINE_SECONDS = 3600.0
"""Default limit on a whole download: hours at the slowest usable speeds for a release."""
STALL_SECONDS = 60.0
"""Default limit on waiting for the next bytes (or a connection) from a server."""
_BLOCK = 1 << 16
LOCK_POLL_SECONDS = 0.1

Progress = Callable[[str], None]


class DownloadError(RuntimeError):
    """A release that could not be fetched or verified; nothing was kept."""


@dataclass(frozen=True)
class Limits:
    """How long a download may take in all (``seconds``, from its creation) and how long
    it may wait for the next bytes from a server (``stall``), so that a server trickling a
    byte now and then cannot keep it running forever."""

    seconds: float = DEADLINE_SECONDS
    stall: float = STALL_SECONDS
    started: float = field(default_factory=time.monotonic)

    def left(self) -> float:
        return self.seconds - (time.monotonic() - self.started)

    def check(self, what: str) -> None:
        if self.left() <= 0:
            raise DownloadError(
                f"{what}: gave up after {self.seconds:g} s, the time allowed for the whole "
                "download (--timeout)"
            )


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class _SameSchemeRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http or https, and never from https down to http."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        old = urllib.parse.urlsplit(req.full_url).scheme
        new = urllib.parse.urlsplit(urllib.parse.urljoin(req.full_url, newurl)).scheme
        if new not in ("http", "https") or (old == "https" and new == "http"):
            raise DownloadError(f"{req.full_url}: refused a redirect to {newurl!r}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


# Only HTTP(S) handlers: no file://, ftp:// or data: URLs, even through a redirect.
_OPENER = urllib.request.OpenerDirector()
for _handler in (
    urllib.request.HTTPHandler(),
    urllib.request.HTTPSHandler(),
    urllib.request.HTTPDefaultErrorHandler(),
    urllib.request.HTTPErrorProcessor(),
    _SameSchemeRedirects(),
):
    _OPENER.add_handler(_handler)


class Source:
    """Where releases come from: an http(s) base URL or a local folder."""

    def __init__(self, base: str, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        scheme = urllib.parse.urlsplit(base).scheme.lower()
        if scheme in ("http", "https"):
            self.url: str | None = base.rstrip("/") + "/"
            self.folder: Path | None = None
        elif scheme:
            raise DownloadError(
                f"{base}: only http://, https:// or a local folder path can be used "
                f"(not {scheme}://)"
            )
        else:
            self.url, self.folder = None, Path(base)
            if not self.folder.is_dir():
                raise DownloadError(f"{base}: no such folder")
        self.base = base

    def location(self, name: str) -> str:
        """The URL or path of ``name`` (a safe relative POSIX path) under the base."""
        if safe_relative(name) is None:
            raise DownloadError(f"refused file name {name!r}: not a relative path inside the base")
        if self.url is not None:
            return self.url + urllib.parse.quote(name)
        assert self.folder is not None
        return str(self.folder / name)

    def _local_file(self, name: str) -> int:
        """A read-only descriptor of ``name`` under the folder, refusing symbolic links
        anywhere below the base: a release folder holds plain files, and a link could make
        the download copy a file from anywhere on this machine."""
        assert self.folder is not None
        path = self.folder
        for part in PurePosixPath(name).parts:
            path = path / part
            if path.is_symlink():
                raise DownloadError(
                    f"{name}: {path} is a symbolic link; a release folder must hold plain files"
                )
        return os.open(path, os.O_RDONLY | os.O_NOFOLLOW)

    def copy(self, name: str, out: IO[bytes], cap: int) -> int:
        """Write ``name`` into ``out``; refuse it if longer than ``cap`` or cut short."""
        where = self.location(name)
        self.limits.check(name)
        if self.folder is not None:
            try:
                with os.fdopen(self._local_file(name), "rb") as handle:
                    return _copy_capped(handle.read, out, cap, where, None, self.limits)
            except LocalWriteError:
                raise
            except FileNotFoundError:
                raise DownloadError(f"{name}: missing at {where}") from None
            except OSError as err:
                raise DownloadError(f"{name}: cannot be read from {where} ({err})") from None
        try:
            # The socket timeout bounds each wait for a connection or for more bytes.
            timeout = max(0.001, min(self.limits.stall, self.limits.left()))
            with _OPENER.open(where, timeout=timeout) as response:
                length = response.headers.get("Content-Length")
                expected = int(length) if length and length.isdigit() else None
                if expected is not None and expected > cap:
                    raise DownloadError(
                        f"{name}: the server announces {expected} bytes, more than the "
                        f"{cap} this release allows"
                    )
                # read1: whatever has arrived, so the deadline is checked between trickles
                # (read(n) would wait for all n bytes).
                return _copy_capped(response.read1, out, cap, where, expected, self.limits)
        except TimeoutError:
            raise DownloadError(
                f"{name}: {where} sent nothing for {self.limits.stall:g} s "
                "(--stall-timeout); try again later"
            ) from None
        except urllib.error.HTTPError as err:
            what = "missing" if err.code == 404 else "refused"
            raise DownloadError(
                f"{name}: {what} at {where} (HTTP {err.code} {err.reason})"
            ) from None
        except urllib.error.URLError as err:
            if isinstance(err.reason, TimeoutError):
                raise DownloadError(
                    f"{name}: no answer from {where} within {self.limits.stall:g} s "
                    "(--stall-timeout)"
                ) from None
            raise DownloadError(f"{name}: cannot be fetched from {where} ({err.reason})") from None
        except LocalWriteError:
            raise
        except (OSError, ValueError) as err:  # reset connections, bad status lines
            raise DownloadError(f"{name}: transfer from {where} failed ({err})") from None

    def read(self, name: str, cap: int = METADATA_CAP) -> bytes:
        """A small file, whole, in memory."""
        import io

        buffer = io.BytesIO()
        self.copy(name, buffer, cap)
        return buffer.getvalue()


class LocalWriteError(OSError):
    """Writing the downloaded bytes here failed (a full disk): not the source's fault."""


def _copy_capped(
    read: Callable[[int], bytes],
    out: IO[bytes],
    cap: int,
    where: str,
    expected: int | None,
    limits: Limits,
) -> int:
    total = 0
    while True:
        # Reading one byte past the cap tells an oversized file from one of exactly ``cap``.
        block = read(min(_BLOCK, cap + 1 - total))
        if not block:
            break
        total += len(block)
        if total > cap:
            raise DownloadError(f"{where}: larger than the {cap} bytes this release allows")
        try:
            out.write(block)
        except OSError as err:
            name = getattr(out, "name", None)  # a descriptor number for some files
            raise LocalWriteError(
                err.errno, err.strerror, name if isinstance(name, str) else None
            ) from None
        limits.check(where)
    if expected is not None and total != expected:
        raise DownloadError(f"{where}: truncated transfer ({total} of {expected} bytes)")
    return total


def read_remote_index(source: Source) -> list[dict[str, Any]]:
    """The releases listed in the source's index.json, newest first."""
    try:
        data = json.loads(source.read(INDEX_NAME))
        entries = [dict(e) for e in data["releases"]]
        for entry in entries:
            parse_version(str(entry["version"]))
    except (UnicodeDecodeError, KeyError, TypeError, ValueError) as err:
        # ValueError covers JSONDecodeError, entries that are not objects and VersionError:
        # a version such as "../x" or "1.0.0/../x" refuses the whole index.
        raise DownloadError(
            f"{source.location(INDEX_NAME)}: not a valid release index ({err})"
        ) from None
    return sorted(entries, key=lambda e: parse_version(str(e["version"])), reverse=True)


def resolve_version(source: Source, version: str) -> dict[str, Any]:
    """The index entry of ``version`` (``latest`` for the newest release)."""
    entries = read_remote_index(source)
    if version == "latest":
        if not entries:
            raise DownloadError(f"{source.base}: the index lists no release")
        return entries[0]
    try:
        parse_version(version)
    except VersionError as err:
        raise DownloadError(str(err)) from None
    for entry in entries:
        if entry["version"] == version:
            return entry
    known = ", ".join(str(e["version"]) for e in entries) or "none"
    raise DownloadError(f"{source.base}: no release {version} (available: {known})")


def _declared_size(resource: dict[str, Any]) -> int | None:
    # A Parquet resource states its size as file_bytes: Frictionless reads Parquet through
    # pyarrow, not as bytes, so a "bytes" there would fail its byte count.
    size = resource.get("bytes", resource.get("file_bytes"))
    return size if isinstance(size, int) and not isinstance(size, bool) else None


def _declared_sizes(datapackage: Path) -> dict[str, int]:
    """The size of each resource in datapackage.json (``bytes``, or ``file_bytes`` for a
    Parquet table), by relative path."""
    try:
        package = json.loads(datapackage.read_text(encoding="utf-8"))
        return {
            str(r["path"]): size
            for r in package.get("resources", [])
            if isinstance(r.get("path"), str) and (size := _declared_size(r)) is not None
        }
    except (json.JSONDecodeError, UnicodeDecodeError, AttributeError, TypeError) as err:
        raise DownloadError(f"{DATAPACKAGE_NAME}: not valid JSON ({err})") from None


def refuse_symlinks(folder: Path) -> None:
    """Raise if ``folder`` is, or holds anywhere below it, a symbolic link (never followed)."""
    if folder.is_symlink():
        raise DownloadError(f"{folder} is a symbolic link; downloads never follow links")
    for root, dirs, files in os.walk(folder):  # os.walk does not descend into linked folders
        for entry in (*dirs, *files):
            if (Path(root) / entry).is_symlink():
                raise DownloadError(
                    f"{Path(root) / entry} is a symbolic link; downloads never follow links, "
                    "so a folder holding one is refused"
                )


def _no_link_between(root: Path, target: Path) -> None:
    """Every existing folder from ``root`` down to ``target``'s must be a real folder."""
    path = root
    for part in target.relative_to(root).parts[:-1]:
        path = path / part
        if path.is_symlink():
            raise DownloadError(f"{path} is a symbolic link; downloads never follow links")


def _fetch_verified(
    source: Source, prefix: str, name: str, digest: str, target: Path, cap: int, root: Path
) -> int:
    """Fetch ``prefix + name`` to ``target`` via a .part file; keep it only if it matches."""
    part = target.with_name(target.name + ".part")
    _no_link_between(root, target)
    part.parent.mkdir(parents=True, exist_ok=True)
    _no_link_between(root, target)
    # A fresh file, never one reached through a link that was left where the .part goes.
    part.unlink(missing_ok=True)
    try:
        with _new_file(part) as out:
            try:
                size = source.copy(prefix + name, out, cap)
            except LocalWriteError as err:
                err.filename = err.filename or str(part)
                raise
        actual = sha256_file(part)
        if actual != digest:
            raise DownloadError(
                f"{name}: checksum mismatch (expected sha256 {digest}, got {actual}); "
                "the file was changed or damaged in transit"
            )
        os.replace(part, target)
        return size
    finally:
        part.unlink(missing_ok=True)


@contextmanager
def _new_file(path: Path) -> Iterator[IO[bytes]]:
    """A new file for writing, never one reached through a link; write errors (a full
    disk, at write or at close) come out as :class:`LocalWriteError` naming it."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW
    out = os.fdopen(os.open(path, flags, 0o644), "wb")
    try:
        yield out
    finally:
        try:
            out.close()
        except OSError as err:
            raise LocalWriteError(err.errno, err.strerror, str(path)) from None


def _check_content_hash(release_dir: Path, entry: dict[str, Any]) -> None:
    """The index's content hash must describe the files that arrived (all of them)."""
    from pipeline.publish.contenthash import matches

    expected = entry.get("content_hash")
    if expected is not None and not matches(release_dir, str(expected)):
        raise DownloadError(
            f"release {entry['version']}: its files do not match the index's content_hash"
        )


def _release_version(release_dir: Path) -> str | None:
    try:
        package = json.loads((release_dir / DATAPACKAGE_NAME).read_text(encoding="utf-8"))
        return str(package["version"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def check_existing(release_dir: Path, version: str) -> None:
    """Raise unless ``release_dir`` is a complete, checksum-correct copy of ``version``
    made of plain files (a symbolic link in it is refused, not followed)."""
    refuse_symlinks(release_dir)
    found = _release_version(release_dir)
    if found != version:
        raise DownloadError(
            f"{release_dir} already exists and is not release {version}"
            + (f" (it holds {found})" if found else "")
            + "; choose another --to folder"
        )
    problems = verify_checksums(release_dir)
    if problems:
        raise DownloadError(f"{release_dir} holds a damaged copy: " + "; ".join(problems))


def download(
    version: str,
    base: str,
    to: Path,
    *,
    progress: Progress | None = _stderr,
    timeout: float = DEADLINE_SECONDS,
    stall_timeout: float = STALL_SECONDS,
) -> Path:
    """Fetch release ``version`` (or ``latest``) from ``base`` into folder ``to``, within
    ``timeout`` seconds in all and waiting at most ``stall_timeout`` for the next bytes.

    Returns ``to``. Raises :class:`DownloadError` with a readable message when anything
    does not verify; then nothing is left at ``to`` or beside it.
    """
    say = progress or (lambda _message: None)
    if version != "latest":
        try:
            parse_version(version)
        except VersionError as err:
            raise DownloadError(str(err)) from None
    try:  # a finished copy may be re-verified in place, but nothing goes inside a release
        refuse_inside_release(Path(to), may_be_the_release=True)
    except UnsafeTarget as err:
        raise DownloadError(str(err)) from None
    source = Source(base, Limits(timeout, stall_timeout))
    return fetch_release(source, resolve_version(source, version), Path(to), progress=say)


@contextmanager
def target_lock(to: Path, limits: Limits, say: Progress) -> Iterator[None]:
    """Hold the lock of the download into ``to`` (``.<name>.lock`` beside it, removed when
    done): a second download into the same folder waits for the first, then finds its work
    done. The operating system releases the lock of a killed process."""
    lock = to.parent / f".{to.name}.lock"
    told = False
    while True:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            if limits.left() <= 0:
                raise DownloadError(
                    f"{to}: another download into this folder is still running "
                    f"(it holds {lock}); gave up waiting after {limits.seconds:g} s"
                ) from None
            if not told:
                say(f"waiting for another download into {to} to finish")
                told = True
            time.sleep(LOCK_POLL_SECONDS)
            continue
        # The holder before us removes the file as it finishes: a lock on that removed file
        # would exclude no one, so only the lock on the file still at that path counts.
        try:
            current = os.stat(lock, follow_symlinks=False)
        except FileNotFoundError:
            current = None
        held = os.fstat(fd)
        if current is not None and (current.st_dev, current.st_ino) == (held.st_dev, held.st_ino):
            break
        os.close(fd)
    try:
        yield
    finally:
        lock.unlink(missing_ok=True)  # while still held, so no one waits on a removed file
        os.close(fd)


def fetch_release(
    source: Source, entry: dict[str, Any], to: Path, *, progress: Progress | None = _stderr
) -> Path:
    """Fetch the release of index ``entry`` from ``source`` into ``to`` (see download)."""
    say = progress or (lambda _message: None)
    resolved = str(entry["version"])
    try:  # it names the hidden folder below; index readers check it too
        parse_version(resolved)
    except VersionError as err:
        raise DownloadError(str(err)) from None
    if to.is_symlink():
        raise DownloadError(f"{to} is a symbolic link; downloads never follow links")
    try:
        to.parent.mkdir(parents=True, exist_ok=True)
        with target_lock(to, source.limits, say):
            return _fetch_locked(source, entry, resolved, to, say)
    except OSError as err:  # a full or read-only disk here, not a fault of the source
        raise DownloadError(describe_os_error(err)) from None


def _fetch_locked(
    source: Source, entry: dict[str, Any], resolved: str, to: Path, say: Progress
) -> Path:
    if to.exists() and not (to.is_dir() and not any(to.iterdir())):
        check_existing(to, resolved)
        say(f"release {resolved} is already at {to}; all checksums verified")
        return to
    staging = to.parent / f".{to.name}.partial-{resolved}"
    if staging.is_symlink():
        raise DownloadError(f"{staging} is a symbolic link; downloads never follow links")
    try:
        staging.mkdir(exist_ok=True)
        refuse_symlinks(staging)  # a resumed download starts from plain files only
        _download_into(source, resolved, staging, say)
        check_existing(staging, resolved)
        _check_content_hash(staging, entry)
        if to.exists():
            to.rmdir()  # the empty folder the user may have made for it
        os.rename(staging, to)
    except (DownloadError, OSError):
        # Nothing half-done stays behind, so a rerun starts clean (and frees the space).
        shutil.rmtree(staging, ignore_errors=True)
        raise
    say(f"release {resolved} downloaded to {to}; all checksums verified")
    return to


def _download_into(source: Source, version: str, staging: Path, say: Progress) -> None:
    prefix = f"{version}/"
    sums = source.read(prefix + SUMS_NAME)
    (staging / SUMS_NAME).unlink(missing_ok=True)
    with _new_file(staging / SUMS_NAME) as out:
        try:
            out.write(sums)
        except OSError as err:
            raise LocalWriteError(err.errno, err.strerror, str(staging / SUMS_NAME)) from None
    entries, problems = read_checksums(staging)
    if problems:
        raise DownloadError(f"{SUMS_NAME} of release {version} refused: " + "; ".join(problems))
    for name in entries:
        # read_checksums already drops unsafe names as problems; checked again here because
        # everything below writes paths built from these names.
        if safe_relative(name) is None or name == SUMS_NAME:
            raise DownloadError(f"{SUMS_NAME}: refused file name {name!r}")
    if DATAPACKAGE_NAME not in entries:
        raise DownloadError(f"{SUMS_NAME} of release {version} does not list {DATAPACKAGE_NAME}")

    names = [DATAPACKAGE_NAME, *sorted(n for n in entries if n != DATAPACKAGE_NAME)]
    sizes: dict[str, int] = {}
    for number, name in enumerate(names, start=1):
        if name != DATAPACKAGE_NAME and not sizes:
            sizes = _declared_sizes(staging / DATAPACKAGE_NAME)
        target = staging / name
        if target.is_file() and sha256_file(target) == entries[name]:
            say(f"[{number}/{len(names)}] {name}: already here, verified")
            continue
        cap = sizes.get(name, METADATA_CAP if name == DATAPACKAGE_NAME else DEFAULT_CAP)
        size = _fetch_verified(source, prefix, name, entries[name], target, cap, staging)
        say(f"[{number}/{len(names)}] {name}: {_human(size)}, sha256 verified")
    found = _release_version(staging)
    if found != version:
        raise DownloadError(f"{DATAPACKAGE_NAME} says version {found}, expected {version}")


def _human(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB"):
        if value < 1024 or unit == "MB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"
