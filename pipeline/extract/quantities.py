"""Quantities in claim text. PLACEHOLDER: replaced by the attributes work."""

from __future__ import annotations

from pipeline.extract.model import Quantity


def find_quantities(text: str) -> list[Quantity]:
    """Every number the text states; offsets relative to ``text``."""
    return []
