"""The extractor's data files (lexicons, gazetteer, event table) in ``pipeline/extract/data``,
each parsed once per process with a safe YAML loader (libyaml's when available)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load(name: str) -> dict[str, Any]:
    """The mapping in ``data/<name>``; callers must not mutate it (it is shared)."""
    text = resources.files("pipeline.extract").joinpath("data", name).read_text("utf-8")
    data: dict[str, Any] = yaml.load(text, Loader=_SAFE_LOADER)
    return data
