"""Entity mechanisms found on a fourteenth round of fresh politics interviews (outside both
corpus splits): prime-ministerial talkback radio interviews, doorstops and press conferences.
Invented sentences, with the near misses that must not change."""

from __future__ import annotations

import pytest

from pipeline.extract.entities import find_mentions, link_people


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
