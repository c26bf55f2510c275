"""Code versions derived from the code itself, so that Dagster recomputes an asset exactly
when the code (or data file) behind it changed, without anyone remembering to bump a number."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

_ROOT = Path(__file__).resolve().parent


@cache
def code_version(*packages: str) -> str:
    """A short hash of every ``.py``, ``.yaml`` and ``.json`` file under the given sub-packages
    (``.json``: the claim model's weights, so a retrained model re-extracts)."""
    digest = hashlib.sha256()
    for package in packages:
        base = _ROOT / package
        files = [base] if base.is_file() else sorted(base.rglob("*"))
        for path in files:
            if path.suffix in {".py", ".yaml", ".json"} and "__pycache__" not in path.parts:
                digest.update(path.relative_to(_ROOT).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
