"""Entity mechanisms found on a sixteenth round of fresh politics interviews (outside both
corpus splits): 1970s prime-ministerial press conferences and television interviews, typed
from paper and read by OCR. Invented sentences, with the near misses that must not change."""

from __future__ import annotations

import pytest

from pipeline.extract.entities import find_mentions, link_people


def named(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(text)]


def resolved(*claims: str, home: str | None = None) -> list[list[str]]:
    return [
        [m.name for m in mentions]
        for mentions in link_people([find_mentions(c) for c in claims], home=home)
    ]


def test_the_states_in_a_document_about_australia_name_no_country() -> None:
    # the Australian states together are a common noun, no name (codebook, Entities)
    out = resolved(
        "Australia will need the cooperation of the States",
        "The Commonwealth pays the States for their hospitals",
    )
    assert out == [["Australia"], ["Australian Government"]]
    out = resolved("The States must share the burden", home="Australia")
    assert out == [[]]


def test_the_states_elsewhere_stay_the_united_states() -> None:
    assert resolved("My son studied in the States for two years") == [["United States"]]
    out = resolved("Canada sells its timber to the States", "Canada will gain")
    assert out[0] == ["Canada", "United States"]
    # the full name is never the shared form
    out = resolved("Australia and the United States signed it")
    assert out == [["Australia", "United States"]]


@pytest.mark.parametrize(
    "text",
    [
        "The new arrangements are quite inTportant for the farmers",
        "During an election camPaign the polls move about",
        "The tariff reducTions were announced last week",
    ],
)
def test_a_capital_inside_a_word_starts_no_name(text: str) -> None:
    # OCR slips and words run together are no names (codebook, Entities)
    assert named(text) == []


def test_names_with_inner_capitals_still_count() -> None:
    assert named("Mr McKenzie met Senator MacDonald") == [
        ("McKenzie", "person"),
        ("MacDonald", "person"),
    ]


def test_a_named_amendment_is_an_event() -> None:
    # the conventional name of a law (codebook, Entities), no person named Fielding
    assert named("The Fielding Amendment was passed by the Senate") == [
        ("Fielding Amendment", "event"),
        ("Senate", "organization"),
    ]


def test_a_body_named_program_stays_an_organisation() -> None:
    # the reference gold's "Michigan in Washington Program" is a university's unit: the word
    # "Program" alone cannot tell a body from a government programme, so it stays a body's
    assert named("She taught in the Michigan in Washington Program") == [
        ("Michigan in Washington Program", "organization")
    ]


def test_a_programme_body_listed_as_an_organisation_stays_one() -> None:
    assert named("The World Food Programme sent grain") == [
        ("World Food Programme", "organization")
    ]


def test_a_one_word_name_before_a_programme_noun_is_the_programme() -> None:
    assert named("Thousands have used the Skillstart scheme") == [("Skillstart", "event")]
    assert named("The Healthcover program is working well") == [("Healthcover", "event")]


def test_a_surname_before_a_programme_noun_stays_a_person() -> None:
    # "the Fraser scheme" is his scheme: a listed surname or a given name stays the person's
    assert named("the Fraser scheme would cost more") == [("Fraser", "person")]
    assert named("Nobody trusts the Hawke program") == [("Hawke", "person")]


def test_leader_of_the_opposition_is_an_office() -> None:
    # an office named with one common word is no body (codebook, Entities)
    assert named("The Deputy Leader of the Opposition asked the question") == []
    # a body with a name of its own after the title still counts
    assert named("the Director of the Grattan Institute agreed") == [
        ("Grattan Institute", "organization")
    ]
