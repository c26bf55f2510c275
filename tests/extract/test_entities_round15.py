"""Entity mechanisms found on a fifteenth round of fresh politics interviews (outside both
corpus splits): prime-ministerial radio and television interviews, doorstops and press
conferences. Invented sentences, with the near misses that must not change."""

from __future__ import annotations

import pytest

from pipeline.extract.entities import find_mentions, link_people


def resolved(*claims: str, home: str | None = None) -> list[list[str]]:
    return [
        [m.name for m in mentions]
        for mentions in link_people([find_mentions(c) for c in claims], home=home)
    ]


def test_a_shared_name_is_the_home_countrys_where_the_claims_name_no_country() -> None:
    # an Australian prime minister's "Labor" and "the Senate" in a talk that names no country
    # are Australia's, not the default's (codebook, Entities: the canonical name)
    out = resolved(
        "Labor blocked the savings in the Senate", "Nurses deserve a pay rise", home="Australia"
    )
    assert out[0] == ["Australian Labor Party", "Australian Senate"]


def test_a_named_country_still_outweighs_an_unnamed_home() -> None:
    out = resolved(
        "Canada and Canadian farmers sold more wheat",
        "The Liberal Party lost seats in the Senate",
        home="Australia",
    )
    assert out[1] == ["Liberal Party of Canada", "Senate of Canada"]
    # a talk that names only countries the name is not listed for is about them: no guess
    out = resolved("Germany and France will meet in June", "Labor will object", home="Australia")
    assert out[1] == []


def test_without_a_home_the_default_still_applies() -> None:
    assert resolved("The Senate passed the budget") == [["United States Senate"]]


def speakers_linked(text: str, document: str) -> list[tuple[str, str]]:
    [out] = link_people(
        [find_mentions(text)],
        known=("Tom Reed", "Jane Smith"),
        spans=[(0, text)],
        document=document,
    )
    return [(m.name, m.type) for m in out]


@pytest.mark.parametrize(
    "text",
    [
        "This budget is fair, Tom",
        "We do live in a very uncertain world Tom.",
        "Well Tom, the figures speak for themselves",
    ],
)
def test_a_speaker_addressed_by_given_name_is_no_mention(text: str) -> None:
    document = f"TOM REED: Good morning.\nJANE SMITH: {text}\n"
    assert speakers_linked(text, document) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker's given name inside the claim is a mention of them
        ("I told Tom about the plan before the show", [("Tom Reed", "person")]),
        # someone else's given name closing a claim is a mention, not an address
        ("The award went to Dave", [("Dave Kowalski", "person")]),
    ],
)
def test_a_given_name_that_addresses_no_speaker_stays(
    text: str, expected: list[tuple[str, str]]
) -> None:
    document = f"Yesterday Dave Kowalski won the seat.\n\n{text}\n"
    assert speakers_linked(text, document) == expected


def test_the_commonwealth_is_australias_government_in_an_australian_talk() -> None:
    # "the Commonwealth" beside the states is Australia's federal government, as the dev gold
    # has it; elsewhere it is the Commonwealth of Nations
    out = resolved("The Commonwealth will fund half of the new hospital", home="Australia")
    assert out == [["Australian Government"]]
    out = resolved("Canada and the Commonwealth sent observers", "Canadian troops stayed home")
    assert out[0] == ["Canada", "Commonwealth of Nations"]


def test_commonwealth_without_the_is_no_shared_name() -> None:
    assert resolved("The Commonwealth Bank raised its rates", home="Australia") != [
        ["Australian Government"]
    ]
