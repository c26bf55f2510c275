"""Time mechanisms found on the fifteenth times round of fresh interviews (outside both
corpus splits): Australian opposition and ministerial interviews and press conferences of
1986-1992, OCR scans. Invented sentences, with the near misses that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.times import find_times

from .conftest import make_document, run

ANCHOR = date(1989, 11, 8)

Row = tuple[str, str | None, str | None]


def time_rows(text: str) -> list[Row]:
    return [(t.text, t.start, t.end) for t in find_times(text, ANCHOR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb before a participle inside a noun phrase: an adjective, no time
        ("Half of the recently arrived settlers are out of work", []),
        ("We met one recently elected councillor from Ballarat", []),
        ("The previously announced tariff cuts are on hold", []),
        ("Their recently built terminal is half empty", []),
        # a scanned line break between the words changes nothing
        ("We asked at least one\n recently arrived family", []),
        # near misses: the adverb of a verb stays a time
        ("The settlers recently arrived in Darwin", [("recently", None, "1989-11-08")]),
        ("We had previously announced the cuts", [("previously", None, "1989-11-08")]),
        ("The terminal was built recently", [("recently", None, "1989-11-08")]),
    ],
)
def test_adverb_inside_a_noun_phrase_is_no_time(text: str, expected: list[Row]) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a superlative before "in N years": the years just past, whatever the claim's tense
        ("This is the worst drought in 40 years", [("in 40 years", "1949", "1989-11-08")]),
        (
            "He will pay for it, he led us into the deepest slump in 50 years",
            [("in 50 years", "1939", "1989-11-08")],
        ),
        (
            "It was the first rise in the dollar in ten years",
            [("in ten years", "1979", "1989-11-08")],
        ),
        # near misses: a claim about the future keeps N years ahead; a noun in -est is no
        # superlative; a past claim with no superlative has a duration only
        ("Exports will double in 5 years", [("in 5 years", "1994", "1994")]),
        ("The interest bill will double in 5 years", [("in 5 years", "1994", "1994")]),
        ("Exports doubled in 5 years", []),
    ],
)
def test_superlative_in_n_years_is_the_span_just_past(text: str, expected: list[Row]) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "I guess" hedges a past claim: the bare month is the latest one
        (
            "Senator Reid put a motion in June urging restraint I guess",
            [("in June", "1989-06", "1989-06")],
        ),
        # near miss: a real forecast still looks ahead
        ("I guess the Senate will pass it in June", [("in June", "1990-06", "1990-06")]),
        ("They guess the Senate passes it in June", [("in June", "1990-06", "1990-06")]),
    ],
)
def test_i_guess_is_no_future_mark(text: str, expected: list[Row]) -> None:
    assert time_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ought to" tells what is to come: the coming weekend (the anchor is a Wednesday)
        (
            "Voters ought to give him a hiding at the weekend",
            [("at the weekend", "1989-11-11", "1989-11-12")],
        ),
        # near misses: "ought to have" looks back, and so does a plain past
        (
            "Voters ought to have given him a hiding at the weekend",
            [("at the weekend", "1989-11-04", "1989-11-05")],
        ),
        (
            "Voters gave him a hiding at the weekend",
            [("at the weekend", "1989-11-04", "1989-11-05")],
        ),
    ],
)
def test_ought_to_looks_ahead(text: str, expected: list[Row]) -> None:
    assert time_rows(text) == expected


def test_superlative_span_reaches_the_claim() -> None:
    document = make_document(
        "Tom Reed: How bad is it?\n\n"
        "Jane Smith: It is the worst harvest in 30 years. The recently arrived growers are "
        "hurting most.\n",
    )
    _, found = run(document)
    times = [(t.text, t.start, t.end) for claim in found for t in claim.times]
    assert ("in 30 years", "1994", "2024-05-01") in times
    assert all(text != "recently" for text, _, _ in times)
