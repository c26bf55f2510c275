"""Named entities in claim text. PLACEHOLDER: replaced by the attributes work."""

from __future__ import annotations

from pipeline.extract.model import Mention


def find_mentions(text: str) -> list[Mention]:
    """Every entity the text names; offsets relative to ``text``."""
    return []
