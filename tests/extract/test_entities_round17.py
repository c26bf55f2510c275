"""Entity mechanisms found on a seventeenth round of fresh politics transcripts (outside both
corpus splits): prime-ministerial press conferences, doorstops and speeches of the 2010s.
Invented sentences, with the near misses that must not change."""

from __future__ import annotations

import pytest

from pipeline.extract.entities import find_mentions, link_people


def named(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(text)]


def resolved(*claims: str, document: str) -> list[list[tuple[str, str]]]:
    spans = []
    at = 0
    for claim in claims:
        at = document.index(claim, at)
        spans.append((at, claim))
    return [
        [(m.name, m.type) for m in mentions]
        for mentions in link_people(
            [find_mentions(c) for c in claims], spans=spans, document=document
        )
    ]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The brigade dug in at Korrumbin before dawn", "Korrumbin"),
        ("We opened a depot at Tallowarra last spring", "Tallowarra"),
    ],
)
def test_an_unlisted_name_after_at_is_a_place(text: str, town: str) -> None:
    assert (town, "place") in named(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reporters kept looking at Varnavski during the count",
        "The crowd was angry at Dulwinski for the delay",
    ],
)
def test_at_after_a_verb_of_looking_or_feeling_makes_no_place(text: str) -> None:
    assert all(kind != "place" for _, kind in named(text))


def test_at_before_english_words_makes_no_place() -> None:
    # a period or a stage, no town: "at the Bronze Age"
    assert named("The split came at the Bronze Age, most likely") == []


def test_both_ends_of_a_route_are_places() -> None:
    out = named("I drove from Tarrengower down to Mulwarrie on Tuesday")
    assert out == [("Tarrengower", "place"), ("Mulwarrie", "place")]
    out = named("The line from Bandiwell out to Corrowong needs work")
    assert out == [("Bandiwell", "place"), ("Corrowong", "place")]


def test_from_without_a_route_keeps_the_surname() -> None:
    assert named("We had a letter from Varnavski yesterday") == [("Varnavski", "person")]


@pytest.mark.parametrize("head", ["Dam", "Weir", "Cove", "Reservoir", "Gorge"])
def test_water_and_landform_heads_end_a_place(head: str) -> None:
    assert named(f"There is Pellinga {head} behind the town") == [(f"Pellinga {head}", "place")]


@pytest.mark.parametrize(
    "name",
    ["Operation Southern Shield", "Battle of Marrow Ridge", "Siege of Kestrova"],
)
def test_a_named_operation_or_battle_is_an_event(name: str) -> None:
    assert named(f"We still remember {name} with pride") == [(name, "event")]


def test_operation_alone_is_no_event() -> None:
    assert named("Operation went smoothly for the surgeons") == []


def test_the_speakers_contraction_joins_no_name() -> None:
    out = named("In the Senate I've learned patience")
    assert [text for text, _ in out] == ["Senate"]


def test_on_before_a_day_splits_a_town_from_the_day() -> None:
    out = named("The regiment retook Pomeroy-sur-Lys on Armistice Day")
    assert ("Pomeroy-sur-Lys on Armistice Day", "event") not in out
    assert ("Armistice Day", "event") in out


def test_on_still_joins_a_bodys_subject() -> None:
    out = named("The Council on Northern Fisheries met in June")
    assert out == [("Council on Northern Fisheries", "organization")]


def test_the_people_of_a_list_of_towns_are_places() -> None:
    out = named("We thank the people of Varrenne, of Corbiac and of Lassigny for their care")
    assert out == [("Varrenne", "place"), ("Corbiac", "place"), ("Lassigny", "place")]


def test_a_town_typed_by_one_mention_is_a_place_throughout() -> None:
    document = "We fought at Varrenne in the spring. Varrenne was never forgotten."
    out = resolved(
        "We fought at Varrenne in the spring", "Varrenne was never forgotten", document=document
    )
    assert out == [[("Varrenne", "place")], [("Varrenne", "place")]]


def test_a_keyword_alone_refers_to_no_office_of_that_body() -> None:
    document = "Admiral Kerrow will become Chief of Navy. The Navy is busy."
    out = resolved(
        "Admiral Kerrow will become Chief of Navy", "The Navy is busy", document=document
    )
    assert all(name != "Chief of Navy" for name, _ in out[1])


def test_a_keyword_alone_still_refers_to_the_name_it_heads() -> None:
    document = "The Convention of Pellham was signed. The Convention binds us."
    out = resolved(
        "The Convention of Pellham was signed", "The Convention binds us", document=document
    )
    assert out[1] == [("Convention of Pellham", "event")]
