"""Claim spans and speakers, fourth round on fresh text (press conferences, Markdown news
interviews, public-inquiry hearings): Markdown italics at a span's edges, offers to take
questions, clauses broken off by a dash, noun lists after a joiner, and an unlabelled
opening statement (invented examples in the style of those transcripts)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import spans_of

# ---------------------------------------------------------------------------------------
# Markdown italics ("_..._") at a span's edges are markup, like "*" and "**"
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "_Mara Lind is a nurse and a delegate of the Harbour Workers Union._",
            ["Mara Lind is a nurse and a delegate of the Harbour Workers Union"],
        ),
        (
            "_In March, Mara travelled to the first regional meeting of cleaners._",
            ["In March, Mara travelled to the first regional meeting of cleaners"],
        ),
        ("__The ferry service resumed in April.__", ["The ferry service resumed in April"]),
    ],
)
def test_italics_markers_are_trimmed_from_span_edges(text: str, expected: list[str]) -> None:
    assert spans_of(text) == expected


def test_an_underscore_inside_a_span_stays() -> None:
    assert spans_of("The file was named harbour_levy in the archive.") == [
        "The file was named harbour_levy in the archive"
    ]
