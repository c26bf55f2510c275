"""``interview-claims hydrate RELEASE --texts DIR --to OUT``: a copy of a release with the
texts its licence policy withholds restored from the user's own copies of the sources.

The release itself is never touched: the copy is written into a temporary folder beside
``OUT`` and moved into place whole. It holds every file of the release, its ``documents`` and
``passages`` tables (both formats) with the restored texts, and a ``datapackage.json`` and
``SHA256SUMS`` that describe the copy, so that ``interview-claims validate OUT`` checks every
span against its restored text. A copy whose hash differs from ``documents.text_sha256`` is
refused, and nothing is written.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from pipeline.publish.files import (
    read_tables,
    sha256_file,
    write_checksums,
    write_csv,
    write_parquet,
)
from pipeline.publish.layout import is_legacy, table_path
from pipeline.publish.licences import HydrateError, hydrate
from pipeline.publish.targets import UnsafeTarget, refuse_inside_release, refuse_overlap
from pipeline.publish.verify import verify_checksums

HYDRATED_TABLES = ("documents", "passages")


@dataclass(frozen=True)
class HydrateResult:
    restored: list[str]
    missing: list[str]


def _check_target(release: Path, texts: Path, to: Path) -> None:
    try:
        refuse_overlap(to, release, "release")
        refuse_overlap(to, texts, "folder of texts")
        refuse_inside_release(to)
    except UnsafeTarget as err:
        raise HydrateError(f"hydrate refused: {err}") from None
    if to.exists() and (not to.is_dir() or any(to.iterdir())):
        raise HydrateError(f"--to {to}: exists and is not an empty folder; choose a new folder")


def _describe_copy(copy: Path, version: str, result: HydrateResult) -> None:
    """The copy's datapackage.json: its hydrated files' sizes and hashes, and what was done."""
    path = copy / "datapackage.json"
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    for resource in descriptor.get("resources", []):
        name = str(resource.get("name", ""))
        table, _, fmt = name.partition("-")
        if table not in HYDRATED_TABLES:
            continue
        file = copy / str(resource["path"])
        if fmt == "parquet":
            resource["file_bytes"] = file.stat().st_size
            resource["file_sha256"] = sha256_file(file)
        else:
            resource["bytes"] = file.stat().st_size
            resource["hash"] = f"sha256:{sha256_file(file)}"
    descriptor["hydrated"] = {
        "from_version": version,
        "restored": result.restored,
        "still_withheld": result.missing,
        "note": "A local copy with texts restored from the user's own copies of the sources; "
        "not a published release. Do not redistribute the restored texts unless their "
        "licences allow it.",
    }
    path.write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def hydrate_release(release: Path, texts: Path, to: Path) -> HydrateResult:
    """Write a hydrated copy of ``release`` to ``to``; see the module's docstring."""
    if not release.is_dir():
        raise HydrateError(f"{release}: no such release folder")
    problems = verify_checksums(release)
    if problems:
        raise HydrateError(f"{release} does not match its SHA256SUMS: " + "; ".join(problems))
    if is_legacy(release):
        raise HydrateError(f"{release}: a 1.x release withholds no text; there is nothing to do")
    _check_target(release, texts, to)
    tables = read_tables(release, HYDRATED_TABLES)
    hydrated = hydrate(tables, texts)  # every copy is checked before anything is written
    result = HydrateResult(hydrated.restored, hydrated.missing)
    to = to.absolute()
    to.parent.mkdir(parents=True, exist_ok=True)
    staging = to.with_name(f".{to.name}.hydrate-tmp-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        shutil.copytree(release, staging, symlinks=False)
        for name in HYDRATED_TABLES:
            frame = hydrated.tables[name]
            for fmt in ("parquet", "csv"):
                target = table_path(staging, name, fmt)
                target.chmod(0o644)
                target.unlink()
            write_parquet(frame, name, table_path(staging, name, "parquet"))
            write_csv(frame, table_path(staging, name, "csv"))
        _describe_copy(staging, release.name, result)
        write_checksums(staging)
        if to.exists():
            to.rmdir()  # checked empty above
        os.rename(staging, to)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result
