"""New development interviews, ninth round: invented examples in the style of scanned prime
ministerial transcripts, whose OCR mangles the speaker labels (a name split by a stray space,
a colon read as a semicolon or a letter, a short label misread by one letter), and in the
style of written answers set by a word processor (Unicode hyphens)."""

from __future__ import annotations

from pipeline.extract.claims import is_claim
from pipeline.extract.entities import find_mentions
from pipeline.extract.quantities import find_quantities
from pipeline.extract.speakers import Label, Resolver, cast_of
from tests.extract.conftest import make_document, run

# ---------------------------------------------------------------------------------------
# OCR-mangled labels in a scanned transcript
# ---------------------------------------------------------------------------------------

_SCANNED = (
    "PRIME MINISTER\n"
    "TRANSCRIPT OF INTERVIEW WITH JANE MORROW, RADIO NORTH\n"
    "M. ORROW: Prime Minister, what did the summit achieve for the region?\n"
    "PN.: We agreed to double the fisheries fund over three years.\n"
    "MORROW: And the trade talks?\n"
    "PM: The trade talks resume in Geneva next month.\n"
    "MORROW; Will the tariff on steel go?\n"
    "PM: The tariff on steel stays until the review reports.\n"
    "MORROWz Is that a firm date?\n"
    "PH: The review reports in the autumn.\n"
    "MORROW: What about the wool growers?\n"
    "PM: The wool growers will get the drought loans they asked for.\n"
    "MORROW: Thank you, Prime Minister.\n"
    "PM4 ( cont): The wool industry has recovered strongly this year.\n"
)


def _roles() -> dict[str, str | None]:
    document = make_document(
        _SCANNED,
        interviewee=("Alan Keane",),
        interviewer=("Jane Morrow",),
        title="Transcript of interview with Jane Morrow, Radio North",
    )
    return {c.text: c.speaker_role for c in run(document)[1]}


def test_a_listed_surname_split_by_a_stray_space_is_still_its_label() -> None:
    roles = _roles()
    assert not any("fisheries" in text and role == "interviewer" for text, role in roles.items())


def test_a_one_off_label_one_letter_off_a_recurring_one_is_that_speaker() -> None:
    roles = _roles()
    assert roles["We agreed to double the fisheries fund over three years"] == "interviewee"
    assert roles["The review reports in the autumn"] == "interviewee"


def test_a_semicolon_or_glued_letter_after_a_listed_name_in_capitals_is_a_colon() -> None:
    roles = _roles()
    assert roles["The tariff on steel stays until the review reports"] == "interviewee"
    assert not any(text.startswith("MORROW") for text in roles)


def test_a_stray_digit_after_a_recurring_label_is_a_misreading() -> None:
    roles = _roles()
    assert roles["The wool industry has recovered strongly this year"] == "interviewee"


def _label(text: str) -> Label:
    return Label("name", text, 0, False, said=True)


def test_a_misreading_needs_a_common_label_in_capitals() -> None:
    cast = cast_of(("Alan Keane",), ("Jane Morrow",))
    rare = Resolver(cast, [_label("PM"), _label("PN.")])
    assert rare.person(_label("PN.")) is None  # "PM" only once: no pattern to misread
    common = Resolver(cast, [_label("PM"), _label("PM"), _label("PM"), _label("PN.")])
    assert common.person(_label("PN.")) is not None
    # A different first letter is another speaker, not a misreading.
    assert common.person(_label("SM")) is None


def test_a_squeezed_label_must_be_in_capitals_and_name_someone_listed() -> None:
    cast = cast_of(("Alan Keane",), ("Jane Morrow",))
    resolver = Resolver(cast, [_label("M. ORROW")])
    person = resolver.person(_label("M. ORROW"))
    assert person is not None and person.role == "interviewer"
    assert resolver._squeezed(_label("M. Orrow")) is None
    assert resolver._squeezed(_label("B. ROWN")) is None


# ---------------------------------------------------------------------------------------
# The Unicode hyphens of a word processor or web page are hyphens
# ---------------------------------------------------------------------------------------


def test_a_non_breaking_hyphen_makes_a_hyphenated_modifier() -> None:
    for hyphen in ("\u2010", "\u2011"):
        found = find_quantities(f"The rules require a 48{hyphen}hour takedown of scam ads")
        assert [(q.text, q.value, q.unit) for q in found] == [(f"48{hyphen}hour", 48.0, "hour")]
        found = find_quantities(f"The most active users are ~19{hyphen}year{hyphen}olds")
        assert [(q.value, q.unit) for q in found] == [(19.0, "year")]


# ---------------------------------------------------------------------------------------
# A hyphenated compound after "one" modifies the noun after it
# ---------------------------------------------------------------------------------------


def test_a_hyphenated_compound_after_one_is_an_adjective_of_the_noun() -> None:
    found = find_quantities("Each bid must name one low-income family and one open-source library")
    assert [(q.text, q.unit) for q in found] == [
        ("one low-income family", "family"),
        ("one open-source library", "library"),
    ]


def test_a_hyphenated_noun_before_a_verb_or_function_word_stays_the_unit() -> None:
    assert [q.unit for q in find_quantities("Only one check-in happened that week")] == ["check-in"]
    assert next(q.unit for q in find_quantities("We found one drop-off and two pick-ups")) == (
        "drop-off"
    )


# ---------------------------------------------------------------------------------------
# A briefing's ground rules in the moderator's own words are talk about the briefing
# ---------------------------------------------------------------------------------------


def test_a_moderator_setting_the_briefing_on_background_makes_no_claim() -> None:
    for span in (
        "we're going to do\nthis call on background, attributable to a senior official",
        "So, we'll just hold this briefing on the record",
        "For your awareness, but not for your reporting, our briefer is \\[a senior official\\]",
        "\\[Senior official\\] will share a few words at the top on\nhow the visit went",
        "The deputy adviser will give some opening remarks to start",
    ):
        assert not is_claim(span, "interviewer", [])


def test_plans_for_other_events_stay_claims() -> None:
    assert is_claim("The minister will make a statement on the budget tomorrow", "interviewee", [])
    assert is_claim("We will hold the summit talks on the record next year", "interviewee", [])


# ---------------------------------------------------------------------------------------
# Heads of state and US development agencies a briefing on an Africa visit names
# ---------------------------------------------------------------------------------------


def test_a_president_named_by_surname_gets_the_gazetteer_full_name() -> None:
    text = "President Hichilema and President Tshisekedi both raised the rail link"
    assert [(m.name, m.type) for m in find_mentions(text)] == [
        ("Hakainde Hichilema", "person"),
        ("Félix Tshisekedi", "person"),
    ]


def test_us_development_agencies_by_name_and_acronym() -> None:
    text = "The DFC and the U.S. Trade and Development Agency will co-finance the port"
    assert [m.name for m in find_mentions(text)] == [
        "United States International Development Finance Corporation",
        "United States Trade and Development Agency",
    ]


# ---------------------------------------------------------------------------------------
# A decimal spelled out as it is said
# ---------------------------------------------------------------------------------------


def test_a_spoken_decimal_is_one_number() -> None:
    found = find_quantities("Growth slowed to three point six percent in the spring")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("three point six percent", 3.6, "percent")
    ]
    found = find_quantities("the deficit is zero point seven five percent of output")
    assert [q.value for q in found] == [0.75]


def test_a_lead_in_points_is_still_points() -> None:
    found = find_quantities("They hold an eight point lead in the polls")
    assert [(q.value, q.unit) for q in found] == [(8.0, "percentage_point")]


# ---------------------------------------------------------------------------------------
# Hundreds said with "a", and a modifier that makes a count of a number after a label noun
# ---------------------------------------------------------------------------------------


def test_a_hundred_and_its_rest_is_one_number() -> None:
    found = find_quantities("We met a hundred and sixty two delegations")
    assert [(q.value, q.unit) for q in found] == [(162.0, "delegation")]


def test_a_number_with_a_modifier_after_a_label_noun_counts() -> None:
    found = find_quantities("It is an issue about 30 member states share")
    assert [(q.value, q.unit) for q in found] == [(30.0, "member_state")]
    assert find_quantities("We discussed issue 30 of the agenda") == []
