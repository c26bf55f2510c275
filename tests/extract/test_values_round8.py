"""Quantity, time and entity mechanisms found on an eighth round of fresh interviews (outside
both corpus splits): central bankers on financial television and at policy conferences.
Invented sentences, with the near misses that must not change."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.entities import find_mentions, link_people
from pipeline.extract.quantities import find_quantities
from pipeline.extract.times import find_times

ANCHOR = date(2024, 2, 14)


def entity_rows(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.name, m.type) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Fed" without "the" is the Federal Reserve, as "the Fed" is
        (
            "Markets moved after the Fed decision",
            [("Fed", "Federal Reserve", "organization")],
        ),
        (
            "Several regional Fed presidents spoke this week",
            [("Fed", "Federal Reserve", "organization")],
        ),
        # the regional Reserve Banks by city, in each spoken form, and never also the city
        (
            "Researchers at the Boston Fed found the opposite",
            [("Boston Fed", "Federal Reserve Bank of Boston", "organization")],
        ),
        (
            "She is the new head of the Kansas City Federal Reserve",
            [
                (
                    "Kansas City Federal Reserve",
                    "Federal Reserve Bank of Kansas City",
                    "organization",
                )
            ],
        ),
        (
            "He joined the St. Louis Fed in 2015",
            [("St. Louis Fed", "Federal Reserve Bank of St. Louis", "organization")],
        ),
        (
            "The Federal Reserve Bank of Dallas runs a survey",
            [("Federal Reserve Bank of Dallas", "Federal Reserve Bank of Dallas", "organization")],
        ),
        # the Committee by its initialism and its spoken short form
        (
            "The FOMC meets again in six weeks",
            [("FOMC", "Federal Open Market Committee", "organization")],
        ),
        (
            "the Fed Open Market Committee voted to hold",
            [("Fed Open Market Committee", "Federal Open Market Committee", "organization")],
        ),
        # a district of the Federal Reserve is a place, not the Federal Reserve
        (
            "Firms in the Ninth Federal Reserve district are hiring",
            [("Ninth Federal Reserve district", "Ninth Federal Reserve District", "place")],
        ),
        # the city alone is still the city
        ("Our office in Atlanta is busy", [("Atlanta", "Atlanta", "place")]),
        # lower-case "fed" is the verb
        ("The data fed into our forecast", []),
    ],
)
def test_federal_reserve_bodies(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert entity_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Core PCE came in at 2.8% last month",
        "The SEP is a forecast, not a promise",
        "The March PMI was soft",
        "QT will slow down soon",
        "The JOLTS report showed fewer openings",
    ],
)
def test_statistics_and_documents_are_no_entities(text: str) -> None:
    # initialisms of statistics, indexes and policy documents name no organisation
    assert entity_rows(text) == []


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a title tells apart the listed people who share a surname
        ("Chair Powell warned markets about that", "Jerome Powell"),
        ("Chairman Powell was clear about it", "Jerome Powell"),
        ("Secretary Powell went to the UN in 2003", "Colin Powell"),
        # with a title none of them held, no guess
        ("Senator Powell voted no", "Powell"),
    ],
)
def test_titled_surname_of_several_listed_people(claim: str, expected: str) -> None:
    [linked] = link_people([find_mentions(claim)], spans=[(0, claim)])
    assert [m.name for m in linked if m.type == "person"] == [expected]


def test_well_known_short_given_name() -> None:
    assert entity_rows("Jay Powell said as much") == [("Jay Powell", "Jerome Powell", "person")]


def quantity_rows(text: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphenated modifier measures its noun: a later bare number does not count months
        (
            "Six-month average payroll growth, which was 450,000 in 2022, is now 180,000",
            [(6.0, "month"), (450000.0, None), (180000.0, None)],
        ),
        ("They agreed a two-year freeze and then 3 more", [(2.0, "year"), (3.0, None)]),
        # near miss: a count still lends its unit to the bare number after it
        ("We had 40 branches, and now 25", [(40.0, "branch"), (25.0, "branch")]),
    ],
)
def test_hyphenated_modifier_lends_no_unit(
    text: str, expected: list[tuple[float | None, str | None]]
) -> None:
    assert quantity_rows(text) == expected


def time_spans(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.start, t.end) for t in find_times(text, ANCHOR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the beginning of a year is its early third, as "early 2024" is
        (
            "Prices jumped at the beginning of the year",
            [("at the beginning of the year", "2024-01", "2024-04")],
        ),
        (
            "Go back to the start of last year and rates were low",
            [("the start of last year", "2023-01", "2023-04")],
        ),
        # after a preposition that opens or closes a span, the beginning is a point
        (
            "Rents have eased since the start of the year",
            [("since the start of the year", "2024-01", "2024-02-14")],
        ),
        # the end of a year stays a deadline in its last month
        ("We will be done by the end of the year", [("by the end of the year", None, "2024-12")]),
        # the middle stays "mid-"
        ("in the middle of next year", [("in the middle of next year", "2025-05", "2025-08")]),
    ],
)
def test_parts_of_a_year(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert time_spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "front half" and "back half" are the first and second half; "half" is no quantity
        (
            "In the back half of last year, rents cooled",
            [("In the back half of last year", "2023-07", "2023-12")],
        ),
        ("the front half of 2022 was rough", [("the front half of 2022", "2022-01", "2022-06")]),
    ],
)
def test_front_and_back_half(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert time_spans(text) == expected
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter without a year: the latest begun, or the next when the clause looks ahead
        ("Output grew 4% in the fourth quarter", [("in the fourth quarter", "2023-10", "2023-12")]),
        (
            "I expect we will cut in the third quarter",
            [("in the third quarter", "2024-07", "2024-09")],
        ),
        ("the first quarter was slow for retailers", [("the first quarter", "2024-01", "2024-03")]),
        # near misses: the quarter of something else, a compound, a fraction
        ("the first quarter of the century was calm", []),
        ("fourth-quarter earnings beat forecasts", []),
        ("Three quarters of the members agreed", []),
    ],
)
def test_quarter_without_a_year(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert time_spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month that modifies a noun after "the" is a time: a meeting, a report, a release
        ("the December jobs report was soft", [("December", "2023-12", "2023-12")]),
        ("We will move at the June meeting", [("June", "2024-06", "2024-06")]),
        ("the January CPI print surprised us", [("January", "2024-01", "2024-01")]),
        ("the May meeting went long", [("May", "2023-05", "2023-05")]),
        # near misses: a name, a function word after it (only the second month is read), a modal
        ("the March for Life drew crowds", []),
        (
            "the October and the November numbers differ",
            [("November", "2023-11", "2023-11")],
        ),
        ("May I add one thing", []),
    ],
)
def test_month_modifying_a_noun(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert time_spans(text) == expected
