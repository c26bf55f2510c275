"""Markup tags with long attributes: transcripts archived as HTML wrap every sentence in a
tag carrying an id, a timestamp and a class. Invented examples in that style."""

from __future__ import annotations

import re

import pytest

from pipeline.extract.vocabulary import MARKUP_TAG
from tests.extract.conftest import answer_claims, make_document, run

_S1 = '<span id="sentence-6" data-timestamp="00:30" class="neutral bold">'
_S2 = '<span id="sentence-7" data-timestamp="00:35" class="hawkish">'


@pytest.mark.parametrize(
    "tag", ["<br />", "<br/>", "</p>", "<p>", _S1, "</span>", '<a href="https://example.org/x">']
)
def test_a_tag_of_any_attribute_length_is_markup(tag: str) -> None:
    assert re.fullmatch(MARKUP_TAG, tag)


@pytest.mark.parametrize("prose", ["a < b", "rates <5 per cent", "<3", "x <- y"])
def test_a_less_than_sign_in_prose_is_no_tag(prose: str) -> None:
    assert not re.search(MARKUP_TAG, prose)


def test_sentence_tags_never_open_or_close_a_claim() -> None:
    answer = (
        f"{_S1}Well, the harvest was a very solid one.</span> "
        f"{_S2}Prices fell in the spring.</span>"
    )
    expected = ["the harvest was a very solid one", "Prices fell in the spring"]
    assert answer_claims(answer) == expected


def test_a_sentence_tag_yields_no_quantity_or_time() -> None:
    text = (
        "<p><b>Tom Reed:</b> What happened?</p>\n\n"
        f"<p><b>Jane Smith:</b> {_S1}The mill hired workers.</span></p>\n"
    )
    claims = run(make_document(text))[1]
    assert [c.text for c in claims] == ["The mill hired workers"]
    assert not claims[0].quantities and not claims[0].times
