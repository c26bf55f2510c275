"""Entity mechanisms found on an eleventh round of fresh interviews (outside both corpus
splits): archive transcripts of prime ministers' interviews of the 1960s and 1970s. Invented
sentences, with the near misses that must not change."""

from __future__ import annotations

import pytest

from pipeline.extract.entities import find_mentions, home_country, link_people


def entity_rows(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.name, m.type) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # states of the Cold War era by their names of the time
        (
            "Our battalion has served in South Viet Nam since last year",
            [("South Viet Nam", "South Vietnam", "place")],
        ),
        (
            "North Vietnamese units crossed the zone",
            [("North Vietnamese", "North Vietnam", "place")],
        ),
        (
            "We had troops in Malaya for twelve years",
            [("Malaya", "Federation of Malaya", "place")],
        ),
        # a bare "Korea" is the Republic of Korea
        ("Exports to Korea rose sharply", [("Korea", "South Korea", "place")]),
        ("North Korea tested a missile", [("North Korea", "North Korea", "place")]),
        # the conflicts of the period by their conventional names are events
        (
            "During the Malayan emergency our forces stayed on",
            [("Malayan emergency", "Malayan Emergency", "event")],
        ),
        (
            "The Korean War ended in a truce",
            [("Korean War", "Korean War", "event")],
        ),
        # a noun for the people is the group, by its plural as well
        ("The Thais have sent an engineer unit", [("Thais", "Thai people", "group")]),
        ("Thai officials agreed", [("Thai", "Thailand", "place")]),
    ],
)
def test_states_and_conflicts_of_the_period(text: str, expected: list) -> None:
    assert entity_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bearing from a point names a place, not a person
        ("We will keep a presence north of Townsville", [("Townsville", "Townsville", "place")]),
        ("The camp lies west of Kalgoorlie", [("Kalgoorlie", "Kalgoorlie", "place")]),
        # the bearing as a name of its own stays as it was
        ("East Timor is a small country", [("East Timor", "East Timor", "place")]),
    ],
)
def test_a_bearing_from_a_point_takes_a_place(text: str, expected: list) -> None:
    rows = entity_rows(text)
    assert [(r[0], r[2]) for r in rows] == [(e[0], e[2]) for e in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named inquiry is the body that holds it
        (
            "The Hartley Inquiry reported on aged care",
            [("Hartley Inquiry", "Hartley Inquiry", "organization")],
        ),
        # the bare word is a description, no entity
        ("The inquiry will report in May", []),
    ],
)
def test_a_named_inquiry_is_an_organization(text: str, expected: list) -> None:
    assert entity_rows(text) == expected


@pytest.mark.parametrize(
    ("publisher", "country"),
    [
        ("PM&C Australia", "Australia"),
        ("Office of the Prime Minister of Canada", "Canada"),
        ("UK Parliament, Hansard", "United Kingdom"),
        ("American Public Media", "United States"),
        # none, or several: no home country
        ("Evening Broadcast Ltd", None),
        ("Australian and New Zealand Press Agency", None),
        (None, None),
    ],
)
def test_home_country_from_the_publisher(publisher: str | None, country: str | None) -> None:
    assert home_country(publisher) == country


def _names(claims: list[list]) -> list[list[str]]:
    return [[m.name for m in mentions] for mentions in claims]


def test_the_speakers_country_decides_a_shared_name() -> None:
    # an Australian leader interviewed abroad: the talk names the United States more often,
    # but "Parliament" and "Treasury" are still Australia's
    claims = [
        find_mentions("We talked with the United States about trade"),
        find_mentions("The United States is our ally and the United States will stay"),
        find_mentions("I will report to Parliament first"),
        find_mentions("Australia has asked the Treasury for figures"),
    ]
    linked = link_people(claims, home="Australia")
    assert "Parliament of Australia" in _names(linked)[2]
    assert "Department of the Treasury" in _names(linked)[3]
    # without the home country the country named most decides, as before
    assert "Parliament of Australia" not in _names(link_people(claims))[2]


def test_the_home_country_needs_a_mention_in_the_claims() -> None:
    # a speaker's country that the talk never names does not decide (a title such as
    # "Treasury Secretary" in a talk about other countries stays as it was)
    claims = [
        find_mentions("Germany and France will meet in June"),
        find_mentions("I will report to Parliament first"),
    ]
    assert _names(link_people(claims, home="Australia")) == _names(link_people(claims))


@pytest.mark.parametrize(
    "text",
    [
        # products, platforms and languages are no entities (codebook, "Settled in practice"),
        # never a person's surname
        "She answered questions on Facebook Live",
        "The clip spread quickly on Weibo",
        "Half the class speaks Cantonese at home",
        "He keeps notes in Excel",
    ],
)
def test_products_and_languages_are_no_entities(text: str) -> None:
    assert entity_rows(text) == []


def test_a_listed_company_keeps_its_name_beside_a_product() -> None:
    assert entity_rows("Meta bought Instagram in 2012") == [
        ("Meta", "Meta Platforms", "organization")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun for the people of a state of the period is the group, the adjective the state
        (
            "Our advisers were asked to help the South Vietnamese",
            [("South Vietnamese", "South Vietnamese", "group")],
        ),
        (
            "South Vietnamese farmers moved to the towns",
            [("South Vietnamese", "South Vietnam", "place")],
        ),
    ],
)
def test_the_people_of_a_state_of_the_period(text: str, expected: list) -> None:
    assert entity_rows(text) == expected
