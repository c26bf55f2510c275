"""Quantity, time and entity mechanisms found on a seventh round of fresh interviews (outside
both corpus splits): press gaggles and briefings, doorstops kept as XML, a newspaper interview
in markdown and a public-inquiry hearing. Invented sentences, with the near misses that must
not change."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.entities import find_mentions, link_people
from pipeline.extract.quantities import find_quantities
from pipeline.extract.times import find_times

ANCHOR = date(2023, 5, 17)


def quantity_rows(text: str) -> list[tuple[float | None, str | None]]:
    return [
        (round(q.value, 3) if q.value is not None else None, q.unit) for q in find_quantities(text)
    ]


def time_texts(text: str) -> list[str]:
    return [t.text for t in find_times(text, ANCHOR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural part after a numerator of two or more is a fraction without "of"
        ("Unemployment has fallen by two thirds", [(0.667, "fraction")]),
        ("The bill needs a two-thirds majority in the chamber", [(0.667, "fraction")]),
        ("Prices rose by three fifths over the decade", [(0.6, "fraction")]),
        # a singular part after "by" that ends the phrase is the size of a change
        ("Waiting lists were cut by a third.", [(0.333, "fraction")]),
        ("Exports grew by a quarter, and imports fell", [(0.25, "fraction")]),
        # near misses: ordinals and quarters of a year stay as they were
        ("She is running for a third term", []),
        ("We lost the seat by a third party vote", []),
        ("the last three quarters were strong", [(3.0, "quarter")]),
        ("Two thirds of the nurses agree", [(0.667, "fraction")]),
    ],
)
def test_spelled_out_fractions(text: str, expected: list[tuple[float | None, str | None]]) -> None:
    assert quantity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a currency name that is also an English word, inside a longer noun phrase, is no money
        ("The plan sets out four real practical steps for schools", [(4.0, "step")]),
        # where it ends the noun phrase it is the currency
        ("Seoul pledged 5 billion won in aid", [(5e9, "KRW")]),
        ("The fare is 300 real per month", [(300.0, "BRL_per_month")]),
        ("The budget was 2 billion won.", [(2e9, "KRW")]),
    ],
)
def test_currency_words_that_are_english_words(
    text: str, expected: list[tuple[float | None, str | None]]
) -> None:
    assert quantity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare count after an amount of money counts something else, or names no unit
        (
            "We put in $40 million for nine Regional Trade Colleges",
            [(4e7, "USD"), (9.0, None)],
        ),
        ("There is $120 million for new beds, some 25 of those", [(1.2e8, "USD"), (25.0, None)]),
        # an amount with its scale still borrows the currency
        ("It rose from $3 billion to 5 billion", [(3e9, "USD"), (5e9, "USD")]),
    ],
)
def test_money_lends_its_unit_only_to_an_amount(
    text: str, expected: list[tuple[float | None, str | None]]
) -> None:
    assert quantity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "future" as the adjective of a noun phrase is no time
        ("We made an investment in the future expansion of the port", []),
        ("That money is for future upgrades of the line", []),
        # the open-ended future stays one
        ("In the future, we will build more clinics", ["In the future"]),
        ("We will do more in the future for families", ["in the future"]),
    ],
)
def test_future_as_an_adjective(text: str, expected: list[str]) -> None:
    assert time_texts(text) == expected


def test_full_names_do_not_run_across_fields_of_a_document() -> None:
    # a title's last word and the next field's first word are no person's name
    document = (
        "<title>Jobs Plan; Doorstop Interview, Ballarat   </title>\n"
        "    <leader>Okafor, Tamsin</leader>\n"
        "<content>We are back in Ballarat today.</content>"
    )
    claim = "Ballarat has a new hospital wing"
    [linked] = link_people([find_mentions(claim)], document=document)
    assert [m.name for m in linked] == ["Ballarat"]
    # a hard-wrapped line inside a paragraph still joins a name
    document = "Our guest today is Senator Tamsin\nRourke, from the west. Rourke spoke first."
    [linked] = link_people([find_mentions("Rourke voted against it")], document=document)
    assert [m.name for m in linked] == ["Tamsin Rourke"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person counted by a singular noun for people is a `person` too
        ("There was only one woman on the panel", [(1.0, "person")]),
        ("The jury heard from one key witness", [(1.0, "person")]),
        ("Three women and one child were rescued", [(3.0, "person"), (1.0, "person")]),
        # only after "one": the singulars of people nouns are adjectives too
        ("The island is home to 20 national languages", [(20.0, "language")]),
        # "one other" counts what the sentence counts, no person by itself
        ("The council closed two libraries and one other site", [(2.0, "library"), (1.0, "site")]),
    ],
)
def test_one_person_by_a_singular_noun(
    text: str, expected: list[tuple[float | None, str | None]]
) -> None:
    assert quantity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one" as a pronoun before a closed-class adverb counts nothing
        ("The town needed a bypass and there wasn't one here", []),
        ("I had one before, and it broke", []),
        ("We have one now", []),
        # a spelled-out number before a spaced dash that opens a sentence lists points
        ("One - we passed the donations bill in May.", []),
        ("Two – cut the payroll tax for small firms.", []),
        # near misses: a count still counts
        ("One new school opened in the town", [(1.0, "school")]),
        ("We built one here and two more there", [(2.0, None)]),
    ],
)
def test_one_as_a_pronoun_and_dashed_lists(
    text: str, expected: list[tuple[float | None, str | None]]
) -> None:
    assert quantity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named road is a place, not a person's name
        ("We are duplicating the Bruce Highway north of the port", [("Bruce Highway", "place")]),
        ("Cars were backed up on the Gateway Motorway", [("Gateway Motorway", "place")]),
    ],
)
def test_named_roads_are_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.name, m.type) for m in find_mentions(text)] == expected


def time_spans(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.start, t.end) for t in find_times(text, ANCHOR)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare season or month counts from the one year the claim names as a time
        (
            "The minister quit in October of 2019, and the row had raged throughout the summer",
            [
                ("in October of 2019", "2019-10", "2019-10"),
                ("throughout the summer", "2019-06", "2019-08"),
            ],
        ),
        (
            "The board met in late April or the spring of 2018",
            [("in late April", "2018-04", "2018-04"), ("the spring of 2018", "2018-03", "2018-05")],
        ),
        # two years named: no one year to count from, the interview's date decides
        (
            "We met in March 2019 and in June 2021, and again in April",
            [
                ("in March 2019", "2019-03", "2019-03"),
                ("in June 2021", "2021-06", "2021-06"),
                ("in April", "2023-04", "2023-04"),
            ],
        ),
        # a number that is no year is no time to count from
        ("Some 2019 delegates came in April", [("in April", "2023-04", "2023-04")]),
    ],
)
def test_bare_month_or_season_counts_from_the_claims_year(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert time_spans(text) == expected
