"""Entity mechanisms found on a fourteenth round of fresh politics interviews (outside both
corpus splits): prime-ministerial talkback radio interviews, doorstops and press conferences.
Invented sentences, with the near misses that must not change."""

from __future__ import annotations

import pytest

from pipeline.extract.entities import find_mentions, link_people


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(text)]


def linked(text: str) -> list[tuple[str, str]]:
    [out] = link_people([find_mentions(text)], spans=[(0, text)], document=text)
    return [(m.name, m.type) for m in out]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an honorific does not say which of the many people of a most common surname is meant:
        # the name stays as written (codebook: leave a value out rather than guess)
        ("The branch wanted Mr Smith for the seat, not his rival.", [("Smith", "person")]),
        ("Both Mrs Jones and her deputy backed the preselection.", [("Jones", "person")]),
    ],
)
def test_honorific_does_not_link_a_common_surname(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [e for e in linked(text) if e[1] == "person"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office title still ties a surname to its listed holder
        ("Foreign Minister Smith flew to Jakarta on Monday.", "Stephen Smith"),
        # an honorific still shows an English word to be a surname ("Mr Ford")
        ("We asked Mr Ford about the pardon.", "Gerald Ford"),
    ],
)
def test_office_title_or_english_surname_still_links(text: str, expected: str) -> None:
    assert expected in [name for name, type_ in linked(text) if type_ == "person"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an unlisted word in a list with a listed place is a place, not a surname
        ("People will fly into Dunmore or Melbourne or Canberra instead.", "Dunmore"),
        ("The schools could move to Sydney, Tallowood and Perthshire.", "Tallowood"),
        ("Flights from Melbourne or Gindaree will be cut.", "Gindaree"),
    ],
)
def test_unlisted_word_listed_with_a_place_is_a_place(text: str, word: str) -> None:
    assert (word, "place") in mentions(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # near misses: a list of people, or a place that is not an item of the list
        ("Canberra heard from Okonkwo and Halvorsen yesterday.", "Halvorsen"),
        ("I spoke with Halvorsen and Okonkwo about Canberra.", "Halvorsen"),
    ],
)
def test_unlisted_word_without_a_listed_place_beside_it_stays_a_person(
    text: str, word: str
) -> None:
    assert (word, "person") in mentions(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a landform named after its settler is one place, whichever apostrophe the publisher
        # uses, not the settler as a person
        ("We could have gone ahead with Tully's Creek instead.", [("Tully's Creek", "place")]),
        ("The runway at Marlow’s Creek was never built.", [("Marlow's Creek", "place")]),
        ("The ferry leaves from Harker's Bay at noon.", [("Harker's Bay", "place")]),
        # a creek or beach ends a place's name
        ("The site at Wattle Creek was ruled out.", [("Wattle Creek", "place")]),
        ("Crowds gathered on Coogara Beach.", [("Coogara Beach", "place")]),
    ],
)
def test_landform_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


def test_listed_possessor_keeps_its_own_name() -> None:
    # a listed country's possessive stays the country before another place's name
    assert mentions("China’s Hainan Island lies to the south.") == [
        ("China", "place"),
        ("Hainan Island", "place"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a government described by a two-word country adjective names only its country, as a
        # one-word adjective does ("the Indonesian Government")
        ("The East Timorese Government has not moved.", [("East Timor", "place")]),
        ("We briefed the South Korean Government yesterday.", [("South Korea", "place")]),
        ("The Indonesian Government has not moved.", [("Indonesia", "place")]),
    ],
)
def test_government_described_by_a_two_word_adjective(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert mentions(text) == expected


def test_government_named_after_its_leader_stays_whole() -> None:
    # near miss: a leader's name makes the government a name (codebook, Settled in practice)
    assert mentions("The Menzies Government built the dam.") == [
        ("Menzies Government", "organization")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case compass adjective before a place names the place's part, under the
        # place's canonical name (codebook, Entities: "eastern Ukraine" is Eastern Ukraine)
        ("The floods hit farms across northern Queensland.", [("Northern Queensland", "place")]),
        ("Fighting resumed in eastern Ukraine overnight.", [("Eastern Ukraine", "place")]),
        (
            "Aid reached eastern DRC last week.",
            [("Eastern Democratic Republic of the Congo", "place")],
        ),
        ("Most plants are in southern China.", [("South China", "place")]),
        ("The drought in south-eastern Australia goes on.", [("South-eastern Australia", "place")]),
    ],
)
def test_lower_case_compass_part_of_a_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a direction that is no adjective of the place, or a people
        ("We flew east to Perth.", [("Perth", "place")]),
        ("Many eastern Europeans came after the war.", [("Europeans", "group")]),
    ],
)
def test_compass_word_that_is_no_part_of_the_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive ends the possessor's name: the capitalised word after it (a headline's)
        # is no surname, so a later mention of the possessor stays as written
        (
            "The papers would have said Hendry’s Beaten; the Hendry plan is dead.",
            [("Hendry", "person"), ("Hendry", "person")],
        ),
        # near miss: a full name given earlier still links the surname
        ("Mary Hendry spoke first.  Then Hendry left.", [("Mary Hendry", "person")] * 2),
    ],
)
def test_possessive_ends_a_document_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert linked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed given name and a surname stay a person after "in"
        (
            "We have every confidence in Tom Hargreaves as our member.",
            [("Tom Hargreaves", "person")],
        ),
        ("The party has faith in Karen Oyelaran.", [("Karen Oyelaran", "person")]),
        # near misses: places whose names begin with a given name end in an English word
        ("The new hospital in Alice Springs opens in May.", [("Alice Springs", "place")]),
        ("Land prices in Rose Bay went up.", [("Rose Bay", "place")]),
        ("The mine in Glen Innes closed.", [("Glen Innes", "place")]),
    ],
)
def test_given_name_and_surname_after_in(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Park" ends a place's name (a park, a suburb named after one): no surname
        ("Flights will move out to Dunleigh Park next year.", [("Dunleigh Park", "place")]),
        ("They want to log the Marrowby National Park.", [("Marrowby National Park", "place")]),
        # near miss: as the first word it is a family name
        ("We met Park Jin-woo at the summit.", [("Park Jin-woo", "person")]),
        ("Minister Park said the talks went well.", [("Park", "person")]),
    ],
)
def test_park_heads_a_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised common noun after "Title in the" is no body of the title's holder
        # (codebook, Entities: descriptions without a name are no entities)
        ("It was announced by the Treasurer in the Budget last May.", []),
        # near miss: the body a title is of stays an organisation
        (
            "She is Director of the Mallory Literacy Project.",
            [("Mallory Literacy Project", "organization")],
        ),
    ],
)
def test_title_in_the_common_noun(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(text) == expected
