"""Entity mechanisms found on a twelfth round of fresh interviews (outside both corpus
splits): public-inquiry hearings where counsel questions a witness, and a minister's
interviews with the foreign press. Invented sentences, with the near misses that must not
change."""

from __future__ import annotations

import pytest

from pipeline.extract.entities import find_mentions, link_people


def entity_rows(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.name, m.type) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place and an unlisted initialism are one body's name, not the place and nothing
        (
            "The Scotland TUC wrote to the minister twice that week",
            [("Scotland TUC", "Scotland TUC", "organization")],
        ),
        (
            "We raised it with the Irish CTU at the time",
            [("Irish CTU", "Irish CTU", "organization")],
        ),
        # in either order, and by the place's Welsh name
        (
            "We issued a joint statement with RCN Cymru in April",
            [("RCN Cymru", "RCN Cymru", "organization")],
        ),
        # near misses: a listed initialism stays itself beside its place ...
        (
            "The US FDA approved the vaccine",
            [
                ("US", "United States", "place"),
                ("FDA", "Food and Drug Administration", "organization"),
            ],
        ),
        # ... a country's initialism only qualifies the body beside it ...
        ("UK SAGE met twice that week", [("UK", "United Kingdom", "place")]),
        # ... a common initialism names nothing ...
        ("UK GDP fell in the second quarter", [("UK", "United Kingdom", "place")]),
        # ... and a listed party keeps its own name
        ("Plaid Cymru voted against it", [("Plaid Cymru", "Plaid Cymru", "organization")]),
    ],
)
def test_place_and_initialism(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert entity_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an initialism's plural is a class of things, never a listed name's possessive
        # written without its apostrophe ("DPR" is a listed place's initialism)
        "Staff were worried about DPRs being placed on files without consent",
        "The NGOs were not consulted at all",
    ],
)
def test_plural_initialism_is_no_possessive(text: str) -> None:
    assert entity_rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive unlisted name that runs into a listed head is one name, typed by its
        # head: a named day is an event, a hospital or college an organisation
        (
            "The guidance came out the day before St Brendan's Day",
            [("St Brendan's Day", "St Brendan's Day", "event")],
        ),
        (
            "Visits stopped on Valentine's Day that year",
            [("Valentine's Day", "Valentine's Day", "event")],
        ),
        (
            "She was moved to St Agnes's Hospital overnight",
            [("St Agnes's Hospital", "St Agnes's Hospital", "organization")],
        ),
        # near misses: a listed possessor owns what follows, which is a name of its own ...
        (
            "Canada's Revenue Agency wrote to us",
            [("Canada", "Canada", "place"), ("Revenue Agency", "Revenue Agency", "organization")],
        ),
        # ... and a possessive before any other word is the person's
        ("We waited for Okonjo's answer", [("Okonjo", "Okonjo", "person")]),
    ],
)
def test_possessive_name_heads(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert entity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statute's short title goes on with its year, and with a bracketed jurisdiction
        # before the year; the place inside the brackets is no entity of its own
        (
            "Those powers came from the Emergency Powers Act 2020",
            [("Emergency Powers Act 2020", "Emergency Powers Act 2020", "event")],
        ),
        (
            "The duty is set out in the Care Homes Act (Scotland) 2009",
            [("Care Homes Act (Scotland) 2009", "Care Homes Act (Scotland) 2009", "event")],
        ),
        # a statute named after an office: the title is a word of the name
        (
            "The office was created by the Commissioner for Carers Act",
            [("Commissioner for Carers Act", "Commissioner for Carers Act", "event")],
        ),
        # near misses: a year that only dates the passing is a time, not part of the name ...
        (
            "The Water Act in 2014 changed that",
            [("Water Act", "Water Act", "event")],
        ),
        # ... a count after the name is a quantity ...
        ("We cited the Water Act 1,200 times", [("Water Act", "Water Act", "event")]),
        # ... and the office alone, with no statute, names nothing
        ("The Commissioner for Carers wrote to us", []),
    ],
)
def test_statute_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert entity_rows(text) == expected


def test_place_and_initialism_takes_the_spelled_name() -> None:
    # the document spells the branch's name in full: the place's initials lead the
    # initialism's, and the short form is that body
    document = (
        "You lead the Scotland Nurses Guild Union.\n\n"
        "The Scotland NGU wrote to the minister in May."
    )
    claim = "The Scotland NGU wrote to the minister in May"
    [linked] = link_people([find_mentions(claim)], document=document)
    assert [(m.text, m.name, m.type) for m in linked] == [
        ("Scotland NGU", "Scotland Nurses Guild Union", "organization")
    ]


def test_product_name_is_no_full_name() -> None:
    # a product named with its platform is no person's full name, so its last word alone
    # later in the document is no surname of anyone (codebook, Settled in practice: software
    # and products are not entities)
    document = "We moved the chats to Facebook Messenger.\n\nMessenger kept them all."
    claim = "Messenger kept them all"
    [linked] = link_people([find_mentions(claim)], document=document)
    assert all(m.type != "person" for m in linked)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # software and currencies are products, no surnames
        ("Most of our servers run Linux now", []),
        ("Nobody here pays rent in Bitcoin", []),
        # well-known firms and fact-checkers of the genre are organisations
        (
            "The data went to Cambridge Analytica in the end",
            [("Cambridge Analytica", "Cambridge Analytica", "organization")],
        ),
        (
            "They check claims with Politifact every week",
            [("Politifact", "PolitiFact", "organization")],
        ),
    ],
)
def test_products_and_firms(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert entity_rows(text) == expected
