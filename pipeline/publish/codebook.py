"""The codebook: the project's versioned annotation guideline (``docs/codebook.md``), which
every release publishes as ``codebook.md`` so that its claims can be read by the rules they
follow."""

from __future__ import annotations

from pathlib import Path

import yaml

CODEBOOK_PATH = Path(__file__).resolve().parents[2] / "docs" / "codebook.md"
RELEASE_NAME = "codebook.md"


class CodebookError(ValueError):
    """A codebook file without its version header."""


def codebook_version(text: str) -> str:
    """The ``version`` of the codebook's front matter (the block between two ``---`` lines)."""
    if not text.startswith("---\n") or "\n---\n" not in text[4:]:
        raise CodebookError(f"{CODEBOOK_PATH}: the codebook must start with a --- front matter")
    header = yaml.safe_load(text[4 : text.index("\n---\n", 4)])
    if not isinstance(header, dict) or not header.get("version"):
        raise CodebookError(f"{CODEBOOK_PATH}: the front matter has no version")
    return str(header["version"])


def write_codebook(release_dir: Path, source: Path = CODEBOOK_PATH) -> str:
    """Copy the codebook into a release being written; return its version."""
    text = source.read_text(encoding="utf-8")
    (release_dir / RELEASE_NAME).write_text(text, encoding="utf-8")
    return codebook_version(text)
