"""Entity mechanisms found on a thirteenth round of fresh interviews (outside both corpus
splits): public-inquiry hearings where counsel questions officials, and ministers' doorstop
interviews and press conferences of the late 1990s. Invented sentences, with the near misses
that must not change."""

from __future__ import annotations

import pytest

from pipeline.extract.entities import find_mentions, link_people


def entity_rows(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.name, m.type) for m in find_mentions(text)]


def linked_rows(claim: str, document: str) -> list[tuple[str, str, str]]:
    [linked] = link_people([find_mentions(claim)], document=document)
    return [(m.text, m.name, m.type) for m in linked]


@pytest.mark.parametrize(
    ("document", "claim"),
    [
        # a position's initialism names its holder, a role, not an organisation (codebook,
        # Entities: descriptions without a name are no entities)
        (
            "She was the Chief Nursing Officer then.\n\nThe CNO signed the guidance in May.",
            "The CNO signed the guidance in May",
        ),
        (
            "I served as Chief Economic Adviser for four years.\n\nThe CEAs met monthly.",
            "The CEAs met monthly",
        ),
        (
            "Every Core Participant may put questions.\n\nThere are no CP questions today.",
            "There are no CP questions today",
        ),
    ],
)
def test_role_initialism_is_no_organisation(document: str, claim: str) -> None:
    assert linked_rows(claim, document) == []


def test_role_initialism_keeps_its_body() -> None:
    # near miss: a body's name beside the position keeps the body
    document = (
        "The Chief Nursing Officer chaired it.\n\nThe CNO wrote to the Royal College of Nursing."
    )
    claim = "The CNO wrote to the Royal College of Nursing"
    assert linked_rows(claim, document) == [
        ("Royal College of Nursing", "Royal College of Nursing", "organization")
    ]


def test_initialism_without_a_position_stays() -> None:
    # near miss: an unlisted initialism the document spells as no position stays a body
    document = "We met the Northfield Nursing Council.\n\nThe NNC wrote to us."
    assert linked_rows("The NNC wrote to us", document) == [
        ("NNC", "Northfield Nursing Council", "organization")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural title before two surnames is no part of either name
        (
            "Professors Lindqvist and Oyelaran raised it in the earlier module",
            [
                ("Lindqvist", "Lindqvist", "person"),
                ("Oyelaran", "Oyelaran", "person"),
            ],
        ),
        (
            "Drs Aldana and Ferrante wrote the paper",
            [
                ("Aldana", "Aldana", "person"),
                ("Ferrante", "Ferrante", "person"),
            ],
        ),
        # technical initialisms and degrees name no organisation
        ("The portal only moved to HTTPS last spring", []),
        ("Our DNS provider went down for a day", []),
        ("She holds a BE and an MPhil", []),
        # near miss: an unlisted initialism that does the work of a body stays one
        ("The KZRA wrote to the board", [("KZRA", "KZRA", "organization")]),
    ],
)
def test_plural_titles_and_technical_initialisms(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert entity_rows(text) == expected


def test_four_word_name_after_sentence_opening_the() -> None:
    # the initialism a sentence spells out after its opening "The" names that body (codebook,
    # Entities: canonical name; the opening "The" is no part of the name)
    document = (
        "The Northfield Care Workers Congress, the NCWC, wrote to us.\n\nThe NCWC met weekly."
    )
    assert linked_rows("The NCWC met weekly", document) == [
        ("NCWC", "Northfield Care Workers Congress", "organization")
    ]
