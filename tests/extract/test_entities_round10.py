"""Entity mechanisms found on a tenth round of fresh interviews (outside both corpus splits):
background press calls, long-form technology interviews and code-switched press briefings.
Invented sentences, with the near misses that must not change."""

from __future__ import annotations

import pytest

from pipeline.extract.entities import find_mentions, is_english, link_people


def entity_rows(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.name, m.type) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that owns the next name opens its own noun phrase: "and" joins nothing
        (
            "We work with the Bureau of Statistics and Canada's Revenue Agency on it",
            [
                ("Bureau of Statistics", "Bureau of Statistics", "organization"),
                ("Canada", "Canada", "place"),
                ("Revenue Agency", "Revenue Agency", "organization"),
            ],
        ),
        (
            "The Office of Audits and Norway’s Tax Directorate share data",
            [
                ("Office of Audits", "Office of Audits", "organization"),
                ("Norway", "Norway", "place"),
            ],
        ),
        # near miss: a possessive of the whole coordinated name keeps it whole
        (
            "The Truth and Reconciliation Commission's report came out",
            [
                (
                    "Truth and Reconciliation Commission",
                    "Truth and Reconciliation Commission",
                    "organization",
                )
            ],
        ),
        # an ampersand joins one firm's name, never a list of people
        (
            "The doses came from Halvorsen & Pike and from Dunmore & Sons",
            [
                ("Halvorsen & Pike", "Halvorsen & Pike", "organization"),
                ("Dunmore & Sons", "Dunmore & Sons", "organization"),
            ],
        ),
        # near miss: "and" between surnames is still a list of people
        (
            "Pellegrini and Okonkwo both voted against it",
            [("Pellegrini", "Pellegrini", "person"), ("Okonkwo", "Okonkwo", "person")],
        ),
        # a brand's capitals make no person's name; a compound given name still opens one
        ("They shipped the TerravaxBio Stellaris doses last week", []),
        (
            "MaryAnn Kowalczyk chaired the hearing",
            [("MaryAnn Kowalczyk", "MaryAnn Kowalczyk", "person")],
        ),
        # a time zone after a clock reading is part of a time, no place
        ("The call is embargoed until 3 p.m. Central European Time", []),
        ("The strikes began at 4 a.m. Moscow time", []),
        ("We go live at noon Pacific Time", []),
        # near miss: "the time" after a place is no zone
        ("Moscow at the time was calm", [("Moscow", "Moscow", "place")]),
        ("They came back to Europe time and again", [("Europe", "Europe", "place")]),
        # an abbreviated month before a day or after one is a date, no surname
        ("The letter went out on Feb 12 and again on 3 Sept. 2021", []),
        # a sentence-initial adverb made from an English adjective is no surname
        ("Arguably, the reform failed", []),
        ("Reportedly the talks stalled", []),
        # near miss: a surname ending in "-ly" stays a name
        (
            "Senator Brinkley said so",
            [("Brinkley", "Brinkley", "person")],
        ),
        # keywords: a mountain is a place, a lab an organisation, a hackathon an event
        ("We hiked up Kestrel Mountain", [("Kestrel Mountain", "Kestrel Mountain", "place")]),
        (
            "The Ondara Design Lab won a prize",
            [("Ondara Design Lab", "Ondara Design Lab", "organization")],
        ),
        (
            "Teams from six towns joined the Civic Hackathon",
            [("Civic Hackathon", "Civic Hackathon", "event")],
        ),
        (
            "The Field Epidemiology Services trained them",
            [
                (
                    "Field Epidemiology Services",
                    "Field Epidemiology Services",
                    "organization",
                )
            ],
        ),
        # the alliance's name with its own noun is still the alliance
        ("It defends the NATO Alliance", [("NATO Alliance", "NATO", "organization")]),
        # religious groups and sexual minorities are groups
        ("Taoist temples reopened", [("Taoist", "Taoists", "group")]),
        ("Sikh farmers marched", [("Sikh", "Sikhs", "group")]),
        ("LGBTQI+ refugees need shelter", [("LGBTQI+", "LGBTQ people", "group")]),
    ],
)
def test_round10_mentions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert entity_rows(text) == expected


@pytest.mark.parametrize("word", ["arguably", "reportedly", "happily", "publicly", "visibly"])
def test_adverbs_of_listed_adjectives_are_english(word: str) -> None:
    assert is_english(word)


def test_short_ly_stems_are_no_adverbs() -> None:
    # a stem of under four letters is never cut: "Tubly" would be "tub" + "-ly" (short names
    # such as a suburb's "Manly" stay names where the dictionary lacks them)
    assert is_english("tub")
    assert not is_english("tubly")


def test_an_initialism_takes_the_type_of_the_name_it_spells() -> None:
    document = "We invoked the Clean Harbours Act in March. Under the CHA, ports must file plans."
    claims = ["We invoked the Clean Harbours Act in March", "Under the CHA, ports must file plans"]
    linked = link_people([find_mentions(c) for c in claims], document=document)
    assert [(m.text, m.name, m.type) for m in linked[1]] == [("CHA", "Clean Harbours Act", "event")]


def test_an_initialism_spelled_but_not_claimed_takes_its_keyword_type() -> None:
    document = "Under the CHA, ports must file plans, as the Clean Harbours Act says."
    [linked] = link_people(
        [find_mentions("Under the CHA, ports must file plans")], document=document
    )
    assert [(m.name, m.type) for m in linked] == [("Clean Harbours Act", "event")]


def test_supreme_court_of_a_philippine_document() -> None:
    claims = [
        find_mentions("The Philippines will appeal"),
        find_mentions("The Supreme Court ruled on it"),
        find_mentions("Manila and the Philippines agree"),
    ]
    linked = link_people(claims)
    assert [m.name for m in linked[1]] == ["Supreme Court of the Philippines"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province named with the Spanish or Portuguese compass word is a place
        (
            "They flew on to Marisol del Norte",
            [("Marisol del Norte", "Marisol del Norte", "place")],
        ),
        ("Floods hit Tarvia Sur again", [("Tarvia Sur", "Tarvia Sur", "place")]),
    ],
)
def test_provinces_with_compass_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert entity_rows(text) == expected


def test_a_speaker_named_by_role_lends_no_name_parts() -> None:
    # "Senior Administration Official" in the metadata is a role: "Senior" is no given name
    claim = "This is [Senior administration official], and the supply is ample"
    [linked] = link_people(
        [find_mentions(claim)],
        known=["Senior Administration Official (anonymous)"],
        spans=[(0, claim)],
        document=claim,
    )
    assert linked == []


def test_a_speaker_named_in_full_still_lends_name_parts() -> None:
    claim = "As Okonjo said, the supply is ample"
    document = "Adaeze Okonjo spoke first. " + claim
    [linked] = link_people(
        [find_mentions(claim)],
        known=["Adaeze Okonjo"],
        spans=[(len(document) - len(claim), claim)],
        document=document,
    )
    assert {(m.text, m.name) for m in linked} == {("Okonjo", "Adaeze Okonjo")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one-word names guessed to be surnames, listed with firms only, are firms
        (
            "Doses came from Zentiva, Biolark and Halvorsen & Pike",
            [
                ("Zentiva", "Zentiva", "organization"),
                ("Biolark", "Biolark", "organization"),
                ("Halvorsen & Pike", "Halvorsen & Pike", "organization"),
            ],
        ),
        # near misses: a listed person keeps the list people; so does a list of people alone
        (
            "Biden, Okonkwo and NATO met",
            [
                ("Biden", "Joe Biden", "person"),
                ("Okonkwo", "Okonkwo", "person"),
                ("NATO", "NATO", "organization"),
            ],
        ),
        (
            "Okonkwo and the World Bank agree",
            [("Okonkwo", "Okonkwo", "person"), ("World Bank", "World Bank", "organization")],
        ),
    ],
)
def test_lists_of_firms(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert entity_rows(text) == expected


def test_no_full_name_starts_inside_a_listed_name() -> None:
    # "Hong Kong Pride" holds no person "Kong Pride", so a later "Pride" is no surname
    document = "Last June I marched in Hong Kong Pride with friends. Pride drew big crowds."
    claim = "Pride drew big crowds"
    [linked] = link_people(
        [find_mentions(claim)], spans=[(document.index(claim), claim)], document=document
    )
    assert linked == []
