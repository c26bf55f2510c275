"""Layouts, tenth round on fresh text (typed and scanned press conferences of the 1960s and
1970s: page numbers with a full stop): invented examples in the style of those
transcripts."""

from __future__ import annotations

import pytest

from tests.extract.conftest import make_document, run


def _claims(text: str) -> dict[str, str]:
    document = make_document(
        text,
        interviewee=("Arthur Penrose",),
        interviewer=("Press gallery",),
        title="Press conference given by the Prime Minister",
    )
    return {c.text: c.speaker_role for c in run(document)[1]}


# ---------------------------------------------------------------------------------------
# A page number with a full stop is page furniture: the sentence runs across it
# ---------------------------------------------------------------------------------------

_PAGE_BREAK = (
    "Question: What about the pensions?\n"
    "Mr. Penrose: The pension has gone up every year since we came in. I would\n"
    "\n"
    "{page}\n"
    "say the rise in the pension has been well above the rise in prices.\n"
    "Question: And the wheat farmers?\n"
    "Mr. Penrose: The wheat price was settled in March.\n"
)


@pytest.mark.parametrize("page", ["3.", ".4.", "- 9 -.", "12"])
def test_a_sentence_runs_across_a_page_number_with_dots(page: str) -> None:
    claims = _claims(_PAGE_BREAK.format(page=page))
    assert not any(text.strip() in {"I would", "I would " + page} for text in claims)
    assert not any(text.startswith("say the rise") for text in claims)
    joined = [text for text in claims if text.startswith("I would")]
    assert joined and joined[0].endswith("well above the rise in prices")
    assert claims[joined[0]] == "interviewee"


def test_a_number_with_a_stop_alone_on_its_line_is_no_claim() -> None:
    claims = _claims(_PAGE_BREAK.format(page="7."))
    assert all(text.strip() not in {"7", "7."} for text in claims)
