"""Entities: the closed classes of the gazetteer (parties, legislatures, central banks,
ministries, international bodies, heads of state and government of the G20), on invented
sentences, with near misses that must not change."""

from __future__ import annotations

import pytest

from pipeline.extract.entities import find_mentions, link_people


def names(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(text)]


def linked(text: str) -> list[str]:
    [out] = link_people([find_mentions(text)], spans=[(0, text)], document=text)
    return [m.name for m in out]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parties by acronym and by name
        (
            "The KMT wants talks, but the DPP says no",
            [("Kuomintang", "organization"), ("Democratic Progressive Party", "organization")],
        ),
        (
            "Both the PML-N and the PVV gained seats",
            [
                ("Pakistan Muslim League (N)", "organization"),
                ("Party for Freedom", "organization"),
            ],
        ),
        (
            "The LDP and Komeito lost their majority",
            [("Liberal Democratic Party", "organization"), ("Komeito", "organization")],
        ),
        (
            "Servant of the People will not back the bill",
            [("Servant of the People", "organization")],
        ),
        ("PSOE voters stayed home", [("Spanish Socialist Workers' Party", "organization")]),
        # legislatures, central banks, ministries
        (
            "The Bundesbank and the Bank of Korea both held rates",
            [("Deutsche Bundesbank", "organization"), ("Bank of Korea", "organization")],
        ),
        ("Banxico surprised the market", [("Bank of Mexico", "organization")]),
        (
            "The Lok Sabha passed it before the National Diet did",
            [("Lok Sabha", "organization"), ("National Diet", "organization")],
        ),
        (
            "The Chinese Foreign Ministry protested",
            [("Ministry of Foreign Affairs of the People's Republic of China", "organization")],
        ),
        # international organisations and groupings
        (
            "ECOWAS asked the FAO for help",
            [
                ("Economic Community of West African States", "organization"),
                ("Food and Agriculture Organization", "organization"),
            ],
        ),
        (
            "The IDB lends more than the AfDB",
            [
                ("Inter-American Development Bank", "organization"),
                ("African Development Bank", "organization"),
            ],
        ),
        # heads of state and government by distinctive surname
        (
            "Chirac and Koizumi met in Paris",
            [("Jacques Chirac", "person"), ("Junichiro Koizumi", "person"), ("Paris", "place")],
        ),
    ],
)
def test_closed_classes(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # acronyms that are common words in lower case, or other bodies' initialisms left out
        "Heat the oil in a pan first",
        "We measured it in pp terms",
        "Is there a bbb rating for this firm?",
        "The act was passed quickly",
    ],
)
def test_common_words_are_no_entities(text: str) -> None:
    assert names(text) == []


def test_ambiguous_initialisms_keep_their_old_reading() -> None:
    # EFF stays the digital-rights foundation (South Africa's party is listed by name only);
    # FSB stays the Russian service (the Financial Stability Board by name only).
    assert names("The EFF and the FSB") == [
        ("Electronic Frontier Foundation", "organization"),
        ("Federal Security Service", "organization"),
    ]


def test_a_second_listed_surname_is_not_linked_alone() -> None:
    # two Kirchners are listed: the surname alone names neither
    assert linked("Mr Kirchner said so") == ["Kirchner"]
    # "Lee" is a common surname: after a title it is still the one listed Lee
    assert linked("President Lee said Seoul would respond") == ["Lee Jae-myung", "Seoul"]


@pytest.mark.parametrize(
    ("text", "acronym", "title"),
    [
        ("Under AGOA, their exports rose.", "AGOA", "African Growth and Opportunity Act"),
        ("The USMCA came into force.", "USMCA", "United States–Mexico–Canada Agreement"),
        ("Firms that breach the GDPR pay.", "GDPR", "General Data Protection Regulation"),
        ("They applied to join RCEP.", "RCEP", "Regional Comprehensive Economic Partnership"),
    ],
)
def test_agreements_and_laws_by_acronym_are_events(text: str, acronym: str, title: str) -> None:
    """A trade agreement or law named by its acronym is the event of the codebook (a treaty's
    or act's conventional name), not an organization guessed from the capitals."""
    found = [(m.text, m.name, m.type) for m in find_mentions(text)]
    assert (acronym, title, "event") in found
