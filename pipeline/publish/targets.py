"""Where a command may write: never inside a published release, whatever paths it is given.

Every command that writes (build, export, site, download) checks its target here first. A
release folder is recognised by its own files (``SHA256SUMS`` beside ``datapackage.json``), a
releases folder by its ``index.json`` beside a release, so a copy made by ``download`` or
``site`` is protected as the original is, wherever it lies."""

from __future__ import annotations

from pathlib import Path

from pipeline.publish.index import INDEX_NAME
from pipeline.publish.versioning import is_version


class UnsafeTarget(ValueError):
    """A target that would write, delete or replace something a command must not touch."""


def is_release(folder: Path) -> bool:
    return (folder / "SHA256SUMS").is_file() and (folder / "datapackage.json").is_file()


def is_releases_folder(folder: Path) -> bool:
    """``outputs/releases``: an index beside at least one release folder."""
    if not (folder / INDEX_NAME).is_file():
        return False
    return any(is_version(child.name) and is_release(child) for child in folder.iterdir())


def enclosing_release(path: Path) -> Path | None:
    """The release or releases folder that ``path`` is or lies inside, if any."""
    resolved = path.resolve()
    for folder in (resolved, *resolved.parents):
        if folder.is_dir() and (is_release(folder) or is_releases_folder(folder)):
            return folder
    return None


def refuse_inside_release(target: Path, *, may_be_the_release: bool = False) -> None:
    """Raise unless ``target`` lies outside every published release (and releases folder).
    ``may_be_the_release``: the target may be a release folder itself (a download that only
    re-verifies a finished copy), just not anything inside it."""
    found = enclosing_release(target)
    if found is None:
        return
    if may_be_the_release and found == target.resolve() and is_release(found):
        return
    raise UnsafeTarget(
        f"{target} is inside the published release folder {found}; a published release "
        "is never changed: choose a target outside it"
    )


def refuse_overlap(target: Path, source: Path, role: str) -> None:
    """Raise if ``target`` is ``source``, lies inside it or holds it: a command's source is
    never its target."""
    target_r, source_r = target.resolve(), source.resolve()
    if target_r == source_r or source_r in target_r.parents or target_r in source_r.parents:
        raise UnsafeTarget(
            f"{target} overlaps {source}, the {role} this command reads; choose a target outside it"
        )
