"""Entity rules from the second round of fresh interviews (Philippine government briefings,
Australian foreign-minister pressers, Kremlin and radio interviews): one unlisted word names
one thing in a document, geographic head nouns, initialisms after "in", a keyword ending a
name before "and", and department names several governments share; on invented sentences,
with the near misses that must not change."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pytest

from pipeline.extract.entities import find_mentions, link_people
from pipeline.extract.model import Mention


def found(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(text)]


def linked_mentions(texts: Sequence[str], sep: str = "\n") -> list[list[Mention]]:
    """The texts as the claims of one document joined by ``sep``: their mentions, at document
    offsets, linked as the extractor links them (with each claim's offset and text)."""
    spans, claims, offset = [], [], 0
    for text in texts:
        spans.append((offset, text))
        claims.append(
            [
                replace(m, char_start=m.char_start + offset, char_end=m.char_end + offset)
                for m in find_mentions(text)
            ]
        )
        offset += len(text) + len(sep)
    return link_people(claims, spans=spans, document=sep.join(texts))


def linked(texts: list[str]) -> list[list[tuple[str, str]]]:
    """The claims' mentions after the document-level pass, the texts being the document."""
    return [[(m.name, m.type) for m in ms] for ms in linked_mentions(texts)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The boats were seen off Merrow Shoal", [("Merrow Shoal", "place")]),
        ("They drilled near Tallan Rise", [("Tallan Rise", "place")]),
        ("Tourists visit Kessel Cave every year", [("Kessel Cave", "place")]),
        # two places joined by "and" are two names, a keyword ending the first
        (
            "Divers mapped Pell Reef and Orrin Atoll",
            [("Pell Reef", "place"), ("Orrin Atoll", "place")],
        ),
        (
            "We flew over Fox Island and Bear Island",
            [("Fox Island", "place"), ("Bear Island", "place")],
        ),
        # near misses: "and" inside one institution's or country's name still joins
        (
            "the Centre for Strategic and International Studies said",
            [("Centre for Strategic and International Studies", "organization")],
        ),
        ("She went to Trinidad and Tobago", [("Trinidad and Tobago", "place")]),
        # near miss: a family name first is no place ("Park")
        ("Park Min-jun arrived", [("Park Min-jun", "person")]),
    ],
)
def test_geographic_heads_name_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_an_initialism_after_in_is_an_office_not_a_place() -> None:
    assert found("He has worked in DXRB for years") == [("DXRB", "organization")]
    # near miss: an unlisted word after "in" is still a place
    assert found("He has worked in Tagbilaran for years") == [("Tagbilaran", "place")]
    # and a listed initialism keeps its place
    assert found("They went to PNG last year") == [("Papua New Guinea", "place")]


def test_a_guessed_surname_is_the_place_the_document_names() -> None:
    texts = ["The mines in Survane are closed", "Survane is rich in nickel"]
    assert linked(texts) == [[("Survane", "place")], [("Survane", "place")]]
    # near miss: after a title it stays a person, and with no place evidence too
    texts = ["The mines in Survane are closed", "Mr Survane denied it"]
    assert linked(texts)[1] == [("Survane", "person")]
    assert linked(["Morvath is rich", "Morvath denied it"]) == [
        [("Morvath", "person")],
        [("Morvath", "person")],
    ]


def test_a_first_word_alone_is_the_place_it_begins() -> None:
    texts = ["Ships sailed near Kellow Shoal", "Kellow is ours"]
    assert linked(texts)[1] == [("Kellow Shoal", "place")]


def test_a_word_the_document_writes_in_lower_case_is_no_name() -> None:
    # a language the dictionary lacks: the word opens one sentence and is lower case elsewhere
    texts = ["Sabon he said the port is ready", "It is big sabon it is slow"]
    assert linked(texts) == [[], []]
    # near misses: a surname the document never writes in lower case, and a lower-case
    # word inside a web address
    assert linked(["Tulvey said no", "It is big"]) == [[("Tulvey", "person")], []]
    assert linked(["Tulvey said no", "see tulvey.org"]) == [[("Tulvey", "person")], []]


def test_a_shared_department_name_is_the_documents_countrys() -> None:
    texts = [
        "The Philippines will build schools",
        "The Department of Education will pay for it",
        "Filipino teachers agree",
    ]
    assert linked(texts)[1] == [("Department of Education", "organization")]
    texts = ["The Department of Education will pay for it", "The United States agrees"]
    assert linked(texts)[0] == [("United States Department of Education", "organization")]
    # near miss: a document naming no country keeps the United States department
    assert linked(["The Department of Justice will look at it"]) == [
        [("United States Department of Justice", "organization")]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital inside one word is a product's or brand's, no surname
        ("We talk on ChatNest and QuillBox every day", []),
        ("Zorvix rewrote it for SkyLedger users", [("Zorvix", "person")]),
        # near misses: surname prefixes keep their capitals, and so do initialisms
        ("McTavish and DeLorca met", [("McTavish", "person"), ("DeLorca", "person")]),
        ("MacArthur said so", [("MacArthur", "person")]),
        ("the QXRB said so", [("QXRB", "organization")]),
    ],
)
def test_inner_capitals_are_brands_not_people(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_modifier_title_before_one_surname_is_a_title() -> None:
    # "General" also modifies titles ("Attorney General"); before one surname it is the title
    assert found("General Vantrell said no") == [("Vantrell", "person")]
    assert linked(["Marcus Vantrell came in", "General Vantrell said no"])[1] == [
        ("Marcus Vantrell", "person")
    ]
    # near misses: before an English word it is part of a company's or body's name
    assert found("General Motors said no") == [("General Motors", "organization")]
    assert found("General Dynamics said no") == [("General Dynamics", "organization")]
