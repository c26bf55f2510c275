"""Claim type and hedging. PLACEHOLDER: replaced by the attributes work."""

from __future__ import annotations

from pipeline.extract.model import ClaimType


def claim_type(text: str) -> ClaimType:
    """The type of a claim span (factual, evaluative or predictive)."""
    return "factual"


def is_hedged(text: str) -> bool:
    """Whether the speaker marks uncertainty or personal stance in the span."""
    return False
