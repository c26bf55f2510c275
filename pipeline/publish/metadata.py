"""The dataset's own metadata (title, licence, authors), read from ``data/dataset.yaml``."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def dataset_metadata() -> dict[str, Any]:
    text = resources.files("pipeline.publish").joinpath("data/dataset.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data
