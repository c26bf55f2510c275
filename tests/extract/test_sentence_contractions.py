"""A period after an initialism ends the sentence when a sentence starter follows, and a
contraction of a starter ("That's", "It's", "We're") is one as its first word is."""

from __future__ import annotations

import pytest

from pipeline.extract.sentences import sentence_spans


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Hospitals ran short of P.P.E. That's why we ordered more.",
            "Hospitals ran short of P.P.E.",
        ),
        (
            "Hospitals ran short of P.P.E. That is why we ordered more.",
            "Hospitals ran short of P.P.E.",
        ),
        ("She moved to the U.S. It's where her sister lives.", "She moved to the U.S."),
    ],
)
def test_a_starter_after_an_initialism_opens_a_sentence(text: str, first: str) -> None:
    assert sentences(text)[0] == first


def test_a_name_after_an_initialism_continues_the_sentence() -> None:
    assert len(sentences("He met the U.S. Trade Representative on Monday.")) == 1
