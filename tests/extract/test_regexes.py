"""The regex helpers only restate what a pattern requires: same matches, faster scans."""

from __future__ import annotations

import re

import pytest

from pipeline.extract.regexes import (
    absent,
    ascii_variant,
    first_chars,
    gate,
    needs,
    with_first_chars,
)

TEXTS = [
    "If Russia stays weak, prices will rise in May 2024 by 5% - or not.",
    'İf ſomething happens; KELVIN and K and ı: "quoted" (Photo: Reuters)',
    "  since the 1990s, about 40,000 people   left; I think it's hard to say",
    "",
]

PATTERNS = [
    (r"\b(?:if|unless)\b(?! not\b)", re.IGNORECASE),
    (r"(?<!as )\b(?:since|after)\s+the\s+\d{4}s\b", re.IGNORECASE),
    (r"\b(?:is|was)\b|\b(?i:it)['’]s\b", 0),
    (r"[;,—–]|\s-{1,2}\s|\b(?i:and|but|so)\b", 0),
    (r"\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*/\s*(?:reuters|ap)\b.*$", re.IGNORECASE),
    (r"(?-i:[A-Z])\w+'s\s+\w+", re.IGNORECASE),
    (r"\bs\w+|\bk\w+|\bi\w*", re.IGNORECASE),
]


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_the_look_ahead_keeps_every_match(source: str, flags: int) -> None:
    plain = re.compile(source, flags)
    fast = with_first_chars(plain)
    assert fast is not plain
    for text in TEXTS:
        got = [(m.span(), m.groups()) for m in fast.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_no_look_ahead_when_a_match_may_be_empty_or_starts_anywhere() -> None:
    assert first_chars(re.compile(r"\s*")) is None
    assert first_chars(re.compile(r"[^a]b")) is None
    assert first_chars(re.compile(r"^what")) is None
    assert first_chars(re.compile(r"(?:a|b)?c")) == "(?=[abc])"


def test_needs_and_absent() -> None:
    found = needs(re.compile(r"\b(?:probably|maybe)\b", re.IGNORECASE))
    assert found == ("maybe", "probably")
    test = gate(re.compile(r"\b(?:probably|maybe)\b", re.IGNORECASE))
    assert absent(test, "it will rain")
    assert not absent(test, "it will probably rain")
    assert not absent(test, None)  # not ASCII: no test, the pattern runs
    assert gate(re.compile(r"\bsoon\b", re.IGNORECASE)) == "soon"
    assert needs(re.compile(r"caf\u00e9|bar")) is None  # only ASCII strings are trusted


@pytest.mark.parametrize(("source", "flags"), [p for p in PATTERNS if p[1] & re.IGNORECASE])
def test_the_ascii_variant_matches_the_lower_cased_text_alike(source: str, flags: int) -> None:
    plain = re.compile(source, flags)
    fast = ascii_variant(plain)
    if "(?-i" in source:
        assert fast is None
        return
    assert fast is not None
    for text in TEXTS:
        if text.isascii():
            got = [m.span() for m in fast.finditer(text.lower())]
            assert got == [m.span() for m in plain.finditer(text)]


def test_no_ascii_variant_for_a_character_that_folds_to_ascii() -> None:
    assert ascii_variant(re.compile("\u017fince", re.IGNORECASE)) is None  # "ſince"
    assert ascii_variant(re.compile(r"\S+", re.IGNORECASE)) is None
