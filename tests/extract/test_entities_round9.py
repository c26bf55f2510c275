"""Entity mechanisms found on a ninth round of fresh politics interviews (outside both corpus
splits): prime-ministerial radio interviews and doorstops, and press gaggles. Invented
sentences, with the near misses that must not change."""

from __future__ import annotations

import pytest

from pipeline.extract.entities import find_mentions, link_people


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural noun for the people of a listed place is the group, as written
        ("Texans are paying more at the pump this summer.", [("Texans", "group")]),
        ("Most Floridians back the plan.", [("Floridians", "group")]),
        ("The rebate goes to Ohioans who filed last year.", [("Ohioans", "group")]),
        ("Queenslanders will have their say in October.", [("Queenslanders", "group")]),
        ("A lot of Victorians were angry about the closure.", [("Victorians", "group")]),
    ],
)
def test_demonym_of_a_listed_place_is_a_group(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname that ends like a demonym keeps its reading: the stem is too short
        ("Evans said the bill would pass.", [("Evans", "person")]),
        ("Senator Sanders spoke against the measure.", [("Sanders", "person")]),
    ],
)
def test_surname_is_no_demonym(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's "I" after an organisation's name is no part of it
        ("We won that in the Federal Court I think in May.", [("Federal Court", "organization")]),
        (
            "The Greenfield Water Authority I understand has objected.",
            [("Greenfield Water Authority", "organization")],
        ),
    ],
)
def test_pronoun_after_a_name_is_cut(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


def test_numeral_i_after_an_event_keeps() -> None:
    assert mentions("After World War I the borders were redrawn.") == [("World War I", "event")]


def test_sentence_initial_comparative_quantifier_is_no_name() -> None:
    # "Fewer" opening a sentence is the quantifier, like "Few" and "More"
    assert mentions("Fewer rifles means a safer community.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two whole names joined by "and", each ending in a keyword of one kind
        (
            "We passed the Clean Rivers Act and Rural Broadband Act last spring.",
            [("Clean Rivers Act", "event"), ("Rural Broadband Act", "event")],
        ),
        (
            "Both the Federal Court and High Court agreed.",
            [("Federal Court", "organization"), ("High Court", "organization")],
        ),
        # one-word sides, or keywords of two kinds, keep one name
        (
            "The Truth and Reconciliation Commission reported.",
            [("Truth and Reconciliation Commission", "organization")],
        ),
        ("The Jobs and Skills Act passed.", [("Jobs and Skills Act", "event")]),
    ],
)
def test_two_complete_names_joined_by_and(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural title is a title: it is no part of the name after it
        (
            "We thank Senators Okafor and Lindqvist for their work.",
            [("Okafor", "person"), ("Lindqvist", "person")],
        ),
        (
            "Congressmen Okafor and Lindqvist wrote to us.",
            [("Okafor", "person"), ("Lindqvist", "person")],
        ),
    ],
)
def test_plural_title_is_no_name_part(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma list of country adjectives before a noun names the countries
        (
            "I spoke with the Italian, Spanish, UK ministers this morning.",
            [("Italy", "place"), ("Spain", "place"), ("United Kingdom", "place")],
        ),
        # a list with no noun after it keeps the peoples
        (
            "We spoke with the British, the French and the Germans.",
            [("British people", "group"), ("French people", "group"), ("Germans", "group")],
        ),
    ],
)
def test_comma_list_of_adjectives_shares_its_noun(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a plural noun for a kind of people or things ends no person's name
        "Healthcare Locals will be wound up next year.",
        "They built Kestrel SUVs in the old plant.",
    ],
)
def test_plural_class_noun_ends_no_person(text: str) -> None:
    assert all(kind != "person" for _, kind in mentions(text))


def test_surname_like_a_noun_stays_a_person() -> None:
    # only the listed kinds of people count: "Fields" is no such noun
    assert mentions("Jane Fields spoke to the committee.") == [("Jane Fields", "person")]


def resolved(*claims: str) -> list[list[str]]:
    return [[m.name for m in found] for found in link_people([find_mentions(c) for c in claims])]


def test_the_house_is_the_lower_house_of_the_document_country() -> None:
    out = resolved("The United States needs a budget", "The House voted on the bill last night")
    assert out[1] == ["United States House of Representatives"]
    out = resolved("Canada's farmers want relief", "The House will sit again on Monday")
    assert out[1] == ["House of Commons of Canada"]


def test_the_house_of_no_known_country_is_no_entity() -> None:
    assert resolved("The House voted on the bill last night") == [[]]


def test_longer_names_with_house_keep_their_reading() -> None:
    out = resolved("The United States needs a budget", "The White House said so")
    assert out[1] == ["White House"]
