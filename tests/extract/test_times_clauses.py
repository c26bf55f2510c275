"""Times anchored to a clause ("after it was launched"), sentence-opening "Now" and "ago now",
on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.times import find_times

ANCHOR = date(2024, 6, 12)

Found = tuple[str, str | None, str | None]


def found(text: str, context: str | None = None) -> list[Found]:
    return [(t.text, t.start, t.end) for t in find_times(text, ANCHOR, context)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the codebook: an event-anchored clause the document does not date is recorded null
        (
            "The ferry sank three weeks after it was refitted",
            [("three weeks after it was refitted", None, None)],
        ),
        ("The mayor resigned before the council voted", [("before the council voted", None, None)]),
        ("Sales fell shortly after we raised prices", [("shortly after we raised", None, None)]),
        ("She left the party after being outvoted", [("after being outvoted", None, None)]),
        ("Rents have doubled since the mill closed", [("since the mill closed", None, None)]),
        ("Since Martinez took over, exports grew", []),  # no perfect: a reason, maybe
        ("Since Ortiz took over, exports have grown", [("Since Ortiz took over", None, None)]),
    ],
)
def test_a_clause_after_a_temporal_conjunction_is_an_undated_time(
    text: str, expected: list[Found]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The grain is cheap since it was subsidised",  # "since" giving a reason
        "It was the largest strike since it was the first in the sector",
        "The boats were stopped before they could land",  # a modal: maybe never happened
        "Nobody complained before morning",  # a noun in -ing, no gerund
    ],
)
def test_no_clause_time_without_a_temporal_clause(text: str) -> None:
    assert found(text) == []


def test_a_clause_whose_subject_is_it_takes_the_event_named_before() -> None:
    # "it" is the event the text before the claim names (the invasion of 2022-02-24)
    context = "The war in Ukraine has cost the region dearly."
    assert found("The talks should have begun before it started", context) == [
        ("before it started", None, "2022-02-24")
    ]
    assert found("Prices soared right after it started", context) == [
        ("right after it started", "2022-02-24", None)
    ]


def test_a_clause_that_closes_on_a_year_is_that_year() -> None:
    text = "Output has grown since the company opened its plant in 2009"
    assert [(s, e) for _, s, e in found(text)] == [("2009", "2024-06-12")]


@pytest.mark.parametrize(
    "text",
    [
        "Now the ministry has more money than before",
        "Now, the ministry has more money than before",
        "That was settled. Now the ministry has more money",
    ],
)
def test_a_sentence_opening_now_is_a_discourse_marker(text: str) -> None:
    assert [t for t in found(text) if t[0].casefold() == "now"] == []


def test_now_inside_a_sentence_or_before_is_stays_a_time() -> None:
    assert found("The ministry now has more money") == [("now", "2024-06-12", "2024-06-12")]
    assert found("Now is the moment to act") == [("Now", "2024-06-12", "2024-06-12")]


def test_now_after_ago_only_stresses_the_distance() -> None:
    assert found("That was probably ten years ago now") == [("ten years ago", "2014", "2014")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the codebook's centuries, spelled out as well as in digits
        ("In the nineteenth century the port grew", [("1801", "1900")]),
        ("in the twenty-first century", [("2001", "2100")]),
        ("Half a century ago the mine closed", [("1974", "1974")]),
        ("Revenue fell in FY2023", [("2023", "2023")]),
        ("The vote was held on 3 May", [("2024-05-03", "2024-05-03")]),  # day before month
        ("The mill closed in the late 80s", [("1987", "1989")]),
        ("For the moment they wait", [("2024-06-12", "2024-06-12")]),
        # a fixed-date holiday: the latest one passed, or the next in a claim about the future
        ("We met at Christmas", [("2023-12-25", "2023-12-25")]),
        ("Christmas is ahead", [("2024-12-25", "2024-12-25")]),
        ("On New Year's Eve 2019 it snowed", [("2019-12-31", "2019-12-31")]),
        ("Christmas shopping fell", []),  # a modifier, no time
    ],
)
def test_calendar_expressions(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert [(s, e) for _, s, e in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year inside the noun phrase dates the event; the clause does not run past "and"
        ("Building stopped after the 2011 bailout and never recovered", [("2011", None)]),
        # a date that closes the clause is the time
        (
            "Crowds gathered after the results were announced on August 15",
            [("2023-08-15", "2023-08-15")],
        ),
        ("Farmers saw it long before the agency did", []),  # "did" ends a comparison
    ],
)
def test_a_clause_gives_way_to_the_date_it_names(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert [(s, e) for _, s, e in found(text)] == expected


def test_since_then_without_an_earlier_date_ends_today() -> None:
    # "now" in the text before is no earlier time to point back at
    assert found("Since then, prices have risen", "We are here now.") == [
        ("Since then", None, "2024-06-12")
    ]
    assert found("Since then, prices have risen", "In 2019 the plant opened.") == [
        ("Since then", "2019", "2024-06-12")
    ]


def test_a_later_time_past_the_interview_date_is_left_undated() -> None:
    context = "In 2019 the plant opened."
    assert found("It is 50 years later", context) == [("50 years later", None, None)]
    assert found("Two years later it closed", context) == [("Two years later", "2021", "2021")]
