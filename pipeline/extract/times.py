"""Time expressions in claim text. PLACEHOLDER: replaced by the attributes work."""

from __future__ import annotations

from datetime import date

from pipeline.extract.model import TimeExpression


def find_times(text: str, anchor: date) -> list[TimeExpression]:
    """Every time expression in ``text``, resolved against ``anchor`` (the interview date);
    offsets relative to ``text``."""
    return []
