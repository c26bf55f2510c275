"""Read a source (``<id>.txt`` plus ``<id>.yaml``) into a :class:`Document`.

The text is untrusted: it is decoded strictly as UTF-8, a byte-order mark is dropped and line
endings are normalised to ``\\n``, so that every offset in the dataset refers to the same
normalised text that ``documents.text`` stores.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import yaml

from pipeline.extract.model import Document, SourceMeta
from schemas.registry import LICENSE as LICENSE_PATTERN

MAX_ID_LENGTH = 120
"""Longest source id, in characters: ids go into file names, URLs and every claim_id."""
SOURCE_ID_PATTERN = re.compile(rf"^[a-z0-9](?:[a-z0-9-]{{0,{MAX_ID_LENGTH - 2}}}[a-z0-9])?$")
MAX_TEXT_BYTES = 2_000_000
"""Largest interview text accepted, in bytes: far above any real interview (about 10 kB)."""
MAX_META_BYTES = 64 * 1024
"""Largest metadata file accepted, in bytes: a real one is a few hundred."""
MAX_FIELD_CHARS = 2_000
"""Longest value of one metadata field (or one name in a list), in characters."""
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
"""The one date form accepted (``date.fromisoformat`` also takes ``20221202``)."""

REQUIRED_FIELDS = ("title", "interview_date")
KNOWN_FIELDS = {
    "title",
    "url",
    "publisher",
    "interviewee",
    "interviewer",
    "interview_date",
    "published_date",
    "language",
    "license",
    "redistribution",
}
LICENSE = re.compile(LICENSE_PATTERN)


class _MetaLoader(yaml.SafeLoader):
    """The safe loader, but dates stay text, so an impossible date gets our own clear error
    instead of a ValueError from deep inside the YAML library."""


class _FastMetaLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """:class:`_MetaLoader` with libyaml's parser where PyYAML was built with it: a build
    reads every source's yaml, and the pure-Python parser was most of that time. The
    constructors (what a value becomes) are the same Python ones."""


for _loader in (_MetaLoader, _FastMetaLoader):
    _loader.add_constructor(
        "tag:yaml.org,2002:timestamp",
        lambda loader, node: loader.construct_scalar(node),  # type: ignore[arg-type]
    )


def _parse_meta(content: str) -> tuple[yaml.Node | None, Any]:
    """The yaml's node tree (for line numbers) and its value, from one parse. A file libyaml
    refuses is parsed again by the pure-Python parser, so that its error, or its value if
    that parser accepts it, is what it always was. A file with a tab goes straight to the
    pure-Python parser: libyaml accepts a tab after ``key:`` that it refuses, and a source
    refused before must stay refused."""
    loaders = (_MetaLoader,) if "\t" in content else (_FastMetaLoader, _MetaLoader)
    for loader_class in loaders:
        loader = loader_class(content)
        try:
            node = loader.get_single_node()
            return node, (loader.construct_document(node) if node is not None else None)
        except yaml.YAMLError:
            if loader_class is _MetaLoader:
                raise
        finally:
            loader.dispose()
    raise AssertionError("unreachable: the pure-Python parser returns or raises")


class SourceError(ValueError):
    """A source that cannot be read. The message names the file, the line where known, and
    what is wrong."""

    def __init__(self, path: Path | str, problem: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else f"{path}"
        super().__init__(f"{where}: {problem}")
        self.path = str(path)
        self.line = line
        self.problem = problem

    def __reduce__(self) -> tuple[type[SourceError], tuple[str, str, int | None]]:
        # Rebuilt from its parts, so that it crosses process boundaries (worker processes,
        # Dask) as itself rather than failing to unpickle from its message alone.
        return (SourceError, (self.path, self.problem, self.line))


def source_ids(sources_dir: Path) -> list[str]:
    """The ids of the sources in a folder (every ``*.txt``), sorted, each checked."""
    if not sources_dir.is_dir():
        raise SourceError(sources_dir, "is not a folder of sources")
    _refuse_ambiguous_names(sources_dir)
    ids = []
    for path in sorted(sources_dir.glob("*.txt")):
        check_source_id(path.stem, path)
        # Checked here, before anything hashes or reads them: a FIFO would block a reader
        # forever, a folder would fail deep inside it.
        _check_plain_file(path, sources_dir)
        meta = path.with_suffix(".yaml")
        if os.path.lexists(meta):
            _check_plain_file(meta, sources_dir)
        ids.append(path.stem)
    return ids


def _kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def _check_plain_file(path: Path, sources_dir: Path) -> os.stat_result:
    """Raise unless ``path`` is a regular file inside ``sources_dir`` (directly, or through
    a symbolic link to a file in that same folder)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if path.is_symlink():
            raise SourceError(
                path, f"is a dangling symbolic link (to {os.readlink(path)}, which does not exist)"
            ) from None
        raise
    except OSError as err:
        raise SourceError(path, f"cannot be read ({err.strerror})") from None
    if path.resolve().parent != sources_dir.resolve():
        raise SourceError(path, "lies outside the sources folder (a symbolic link out of it)")
    if not stat.S_ISREG(info.st_mode):
        raise SourceError(path, f"is {_kind(info.st_mode)}, not a file")
    return info


def _read_plain_file(path: Path, sources_dir: Path, limit: int, what: str) -> bytes:
    """The bytes of a regular file, at most ``limit`` of them. Opened without blocking and
    checked again once open, so that a file swapped for a FIFO in between cannot hang."""
    _check_plain_file(path, sources_dir)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as err:
        raise SourceError(path, f"cannot be read ({err.strerror})") from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise SourceError(path, f"is {_kind(info.st_mode)}, not a file")
        if info.st_size > limit:
            raise SourceError(
                path, f"{what} is {info.st_size:,} bytes; the limit is {limit:,} bytes"
            )
        try:
            raw = handle.read(limit + 1)  # the file may grow while it is read
        except OSError as err:
            raise SourceError(path, f"cannot be read ({err.strerror})") from None
    if len(raw) > limit:
        raise SourceError(path, f"{what} is over {limit:,} bytes; the limit is {limit:,} bytes")
    return raw


def _refuse_ambiguous_names(sources_dir: Path) -> None:
    """Two files that would both be read as one source's text or metadata are an error, not
    a silent choice: ``a.txt`` beside ``a.TXT`` or ``A.txt``, ``a.yaml`` beside ``a.yml``."""
    seen: dict[tuple[str, str], Path] = {}
    for path in sorted(sources_dir.iterdir()):
        kind = {".txt": "text", ".yaml": "metadata", ".yml": "metadata"}.get(path.suffix.lower())
        if kind is None:
            continue
        key = (path.stem.lower(), kind)
        if key in seen:
            raise SourceError(
                path,
                f"maps to the same source id {key[0]!r} as {seen[key].name}; keep one "
                f"(texts are <id>.txt, metadata <id>.yaml)",
            )
        seen[key] = path
    for (_, kind), path in seen.items():
        if kind == "text" and path.suffix != ".txt":
            raise SourceError(path, "texts must end in lowercase .txt: rename the file")


def check_source_id(source_id: str, path: Path | str) -> str:
    if len(source_id) > MAX_ID_LENGTH:
        raise SourceError(
            path,
            f"source id is {len(source_id)} characters; the limit is {MAX_ID_LENGTH}: "
            "rename the file",
        )
    if not SOURCE_ID_PATTERN.fullmatch(source_id):
        raise SourceError(
            path,
            f"source id {source_id!r} must be lowercase letters, digits and '-' "
            "(not starting or ending with '-'); rename the file",
        )
    return source_id


def normalise_text(raw: bytes, path: Path | str) -> str:
    """Decode strictly as UTF-8, drop a BOM, normalise CRLF/CR to LF and compose accents
    (NFC): a decomposed "é" must match the lexicons and gazetteer as a composed one does."""
    if len(raw) > MAX_TEXT_BYTES:
        raise SourceError(
            path, f"text is {len(raw):,} bytes; the limit is {MAX_TEXT_BYTES:,} bytes"
        )
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise SourceError(path, "looks like a binary file (it contains NUL bytes)", line)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise SourceError(
            path,
            f"is not valid UTF-8 (expected UTF-8; byte 0x{raw[err.start]:02x} at offset "
            f"{err.start} cannot be decoded); re-save the file as UTF-8",
            line,
        ) from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise SourceError(path, "is empty: an interview text is needed")
    return text


def _as_names(value: Any, path: Path, field_name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (_short(value, path, field_name),) if value.strip() else ()
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(_short(v, path, field_name) for v in value if v.strip())
    raise SourceError(path, f"field {field_name!r} must be a name or a list of names")


def _short(value: str, path: Path, field_name: str) -> str:
    value = value.strip()
    if len(value) > MAX_FIELD_CHARS:
        raise SourceError(
            path,
            f"field {field_name!r} is {len(value):,} characters long; "
            f"the limit is {MAX_FIELD_CHARS:,}",
        )
    return value


def today() -> date:
    """Today's date in UTC: the limit for an interview date. The clock rather than
    SOURCE_DATE_EPOCH (the last commit under ``make``), which would refuse an interview
    held since the last commit; a date accepted once stays accepted on any later rebuild."""
    return datetime.now(UTC).date()


def _as_date(value: Any, path: Path, field_name: str, line: int | None) -> date | None:
    if value is None:
        return None
    found: date | None = None
    if isinstance(value, date):
        found = value
    elif isinstance(value, str) and ISO_DATE.fullmatch(value.strip()):
        with contextlib.suppress(ValueError):  # 2023-02-30: refused below, as unreal
            found = date.fromisoformat(value.strip())
    if found is None:
        shown = value if len(repr(value)) <= 80 else f"{str(value)[:60]}..."
        raise SourceError(
            path, f"field {field_name!r} is {shown!r}, not a real date in the form YYYY-MM-DD", line
        )
    if found > today():
        raise SourceError(
            path,
            f"field {field_name!r} is {found.isoformat()}, in the future "
            f"(today is {today().isoformat()}, UTC)",
            line,
        )
    return found


def _as_text(value: Any, path: Path, field_name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return _short(str(value), path, field_name) or None
    raise SourceError(path, f"field {field_name!r} must be text")


def _field_lines(node: yaml.Node | None) -> dict[str, int]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: v.start_mark.line + 1 for k, v in node.value if isinstance(k, yaml.ScalarNode)}


def _misnamed_meta(yaml_path: Path) -> Path | None:
    """A metadata file beside the text under another extension (``x.yml``, ``x.YAML``)."""
    for path in sorted(yaml_path.parent.glob(f"{glob_escape(yaml_path.stem)}.*")):
        if path.suffix.lower() in (".yml", ".yaml") and path.name != yaml_path.name:
            return path
    return None


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def read_meta(yaml_path: Path, sources_dir: Path | None = None) -> SourceMeta:
    """Parse and check ``<id>.yaml`` with a safe loader (no Python object tags)."""
    if not os.path.lexists(yaml_path):
        other = _misnamed_meta(yaml_path)
        if other is not None:
            raise SourceError(other, f"wrong extension: rename it to {yaml_path.name}")
        raise SourceError(
            yaml_path,
            "is missing: every <id>.txt needs an <id>.yaml with at least title and interview_date",
        )
    raw = _read_plain_file(yaml_path, sources_dir or yaml_path.parent, MAX_META_BYTES, "metadata")
    try:
        content = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise SourceError(yaml_path, "is not valid UTF-8", line) from None
    try:
        node, data = _parse_meta(content)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        yaml_line: int | None = mark.line + 1 if mark is not None else None
        problem = getattr(err, "problem", None) or str(err)
        raise SourceError(yaml_path, f"is not valid YAML: {problem}", yaml_line) from None
    if not isinstance(data, dict):
        raise SourceError(
            yaml_path, "must be a mapping of fields (title: ..., interview_date: ...)"
        )
    lines = _field_lines(node)
    for name in REQUIRED_FIELDS:
        if data.get(name) in (None, ""):
            raise SourceError(yaml_path, f"required field {name!r} is missing")
    unknown = sorted(set(map(str, data)) - KNOWN_FIELDS)
    if unknown:
        raise SourceError(yaml_path, f"unknown field {unknown[0]!r}", lines.get(unknown[0]))
    title = _as_text(data["title"], yaml_path, "title")
    interview_date = _as_date(
        data["interview_date"], yaml_path, "interview_date", lines.get("interview_date")
    )
    assert title is not None and interview_date is not None
    return SourceMeta(
        title=title,
        interview_date=interview_date,
        url=_as_text(data.get("url"), yaml_path, "url"),
        publisher=_as_text(data.get("publisher"), yaml_path, "publisher"),
        interviewee=_as_names(data.get("interviewee"), yaml_path, "interviewee"),
        interviewer=_as_names(data.get("interviewer"), yaml_path, "interviewer"),
        published_date=_as_date(
            data.get("published_date"), yaml_path, "published_date", lines.get("published_date")
        ),
        language=_as_text(data.get("language"), yaml_path, "language"),
        license=_as_license(data.get("license"), yaml_path, lines.get("license")),
        redistribution=_as_permission(
            data.get("redistribution"), yaml_path, lines.get("redistribution")
        ),
    )


def _as_license(value: Any, path: Path, line: int | None) -> str | None:
    text = _as_text(value, path, "license")
    if text is not None and not LICENSE.match(text):
        raise SourceError(
            path,
            f"license {text!r} is not an SPDX id (e.g. CC-BY-4.0), public-domain or unknown",
            line,
        )
    return text


def _as_permission(value: Any, path: Path, line: int | None) -> str | None:
    text = _as_text(value, path, "redistribution")
    if text is not None and not re.match(r"^permitted\b\s*:?\s*\S", text):
        raise SourceError(
            path,
            "redistribution must be null or 'permitted: <note>' (who allowed it, when, where)",
            line,
        )
    return text


def read_source(sources_dir: Path, source_id: str) -> Document:
    """Read ``sources_dir/<source_id>.txt`` and its yaml. Raises :class:`SourceError`."""
    txt_path = sources_dir / f"{source_id}.txt"
    check_source_id(source_id, txt_path)
    if not os.path.lexists(txt_path):
        raise SourceError(txt_path, "is missing")
    raw = _read_plain_file(txt_path, sources_dir, MAX_TEXT_BYTES, "text")
    text = normalise_text(raw, txt_path)
    meta = read_meta(sources_dir / f"{source_id}.yaml", sources_dir)
    return Document(
        source_id=source_id,
        meta=meta,
        sha256=hashlib.sha256(raw).hexdigest(),
        text=text,
    )
