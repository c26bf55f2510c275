"""The forms of names the codebook settles: governments named after their leader, a
government whose own name is its country's adjective, ranks before a name; on invented
sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.entities import find_mentions
from tests.extract.test_entities_round2 import linked_mentions


def names(text: str) -> list[str]:
    return [m.name for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Keating Government cut tariffs", ["Keating Government"]),
        ("under the Menzies Liberal government", ["Menzies Liberal government"]),
        ("the Carter administration said no", ["Carter administration"]),
        # descriptions: the country's adjective names the country, a modifier nothing
        ("The Chilean Government agreed", ["Chile"]),
        ("the Federal Government agreed", []),
    ],
)
def test_a_government_named_after_its_leader_is_named_as_written(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


def test_a_government_whose_title_is_its_adjective_form_is_an_organisation() -> None:
    # English Wikipedia's title for the Commonwealth's executive is "Australian Government"
    assert names("the Australian Government will fund it") == ["Australian Government"]
    assert names("the New Zealand Government will fund it") == ["New Zealand Government"]


@pytest.mark.parametrize(
    "text",
    [
        "Commodore Tevita Mara resigned",
        "Lance Corporal Tevita Mara resigned",
        "Signaller Tevita Mara resigned",
        "Warrant Officer Tevita Mara resigned",
    ],
)
def test_a_rank_is_no_part_of_the_name(text: str) -> None:
    assert names(text) == ["Tevita Mara"]


def _linked(*claims: str) -> list[list[str]]:
    """The claims as one document, one after another: the names of their linked mentions."""
    return [[m.name for m in ms] for ms in linked_mentions(claims, sep="\n\n")]


def test_a_surname_alone_is_the_one_listed_person_of_that_name() -> None:
    assert _linked("President Carter met Mr Begin") == [["Jimmy Carter", "Menachem Begin"]]


def test_a_full_name_in_the_document_wins_over_the_listed_person() -> None:
    out = _linked("Rosa Carter runs the co-op", "Prices fell, Ms Carter said")
    assert out == [["Rosa Carter"], ["Rosa Carter"]]


def test_a_surname_two_listed_people_share_stays_as_written() -> None:
    # Harold Wilson and no other Wilson is listed, but Johnson is both Lyndon and Boris
    assert _linked("Mr Johnson disagreed") == [["Johnson"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a treaty's initialism or short name is the treaty, an event
        (
            "India never signed the NPT",
            ["India", "Treaty on the Non-Proliferation of Nuclear Weapons"],
        ),
        (
            "the Refugee Convention binds Chile",
            ["Convention Relating to the Status of Refugees", "Chile"],
        ),
        # a named convention of a set keeps its own name
        ("a breach of the Fourth Geneva Convention", ["Fourth Geneva Convention"]),
    ],
)
def test_a_treaty_has_its_title(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_an_olympics_without_its_year_is_the_edition_its_host_city_names() -> None:
    assert names("the Summer Olympic Games in Seoul") == ["1988 Summer Olympics", "Seoul"]
    # Innsbruck hosted twice: the city alone does not say which
    assert _linked("the Winter Olympics in Innsbruck") == [["Winter Olympics", "Innsbruck"]]


def test_an_olympics_without_year_or_city_is_the_latest_edition_the_document_names() -> None:
    out = _linked(
        "Skiers remember the 1994 Winter Olympics",
        "Calgary hosted the Winter Olympics too",
        "Tickets for the Olympics sold out",
    )
    assert out[2] == ["1994 Winter Olympics"]


def test_an_olympics_the_document_cannot_place_names_nothing() -> None:
    assert _linked("Tickets for the Olympics sold out") == [[]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Remember Zorblatt launched first", ["Zorblatt"]),
        ("Funding Zorblatt was a gamble", ["Zorblatt"]),
        # a name in -ing whose stem is no verb stays a name
        ("Sterling Hayden acted in it", ["Sterling Hayden"]),
    ],
)
def test_a_verb_opening_the_sentence_is_no_part_of_the_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_plural_initialism_is_a_class_not_an_organisation() -> None:
    assert names("Most of them became IDPs") == []


def test_a_state_adjective_names_the_state() -> None:
    assert names("a West Australian wheat grower") == ["Western Australia"]


def test_a_keyword_alone_is_the_one_name_of_the_document_it_heads() -> None:
    out = _linked(
        "Fiji joined the Basalt Convention in 1990",
        "The Convention binds its members",
        "The Commission disagreed",  # no name of the document holds "Commission"
    )
    assert out == [["Fiji", "Basalt Convention"], ["Basalt Convention"], []]


def test_a_keyword_two_names_of_the_document_hold_names_nothing() -> None:
    out = _linked(
        "the Basalt Convention and the Granite Convention differ",
        "the Convention was signed",
    )
    assert out[1] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country with no adjective of its own modifies the noun as its name does
        ("Peruvian or New Zealand exporters", ["Peru", "New Zealand"]),
        # an adjective used as a noun, joined to a country that has an adjective of its own,
        # is the people ("the French and Chile disagree")
        ("the French and Chile disagree", ["French people", "Chile"]),
    ],
)
def test_an_adjective_joined_to_a_name_shares_its_noun(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my counterpart in Foreign Affairs agreed", []),
        ("she wrote in Foreign Affairs that the talks failed", ["Foreign Affairs"]),
    ],
)
def test_a_portfolio_is_no_periodical_unless_cited(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_named_solution_is_a_policy_an_event() -> None:
    assert [(m.name, m.type) for m in find_mentions("the Atlantic Solution ended")] == [
        ("Atlantic Solution", "event")
    ]


def test_a_common_surname_alone_is_linked_only_after_a_title() -> None:
    # Evans is one of the commonest surnames: alone, or after an honorific that any of its
    # bearers has, it names no one in particular; an office title ties it to the listed holder
    assert _linked("The plan, Evans said, had failed") == [["Evans"]]
    assert _linked("The plan, Mr Evans said, had failed") == [["Evans"]]
    assert _linked("The plan, Senator Evans said, had failed") == [["Gareth Evans"]]
