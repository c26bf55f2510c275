"""Every YAML data file of the extractor has the shape its code expects: a typo in a key, an
entry of the wrong type or a pattern that does not compile fails here, naming the entry,
rather than deep inside a build."""

from __future__ import annotations

import re
from datetime import date
from importlib import resources
from typing import Annotated, Any

import pytest
import yaml
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr

DATA = resources.files("pipeline.extract") / "data"
QID = r"^Q[1-9][0-9]*$"
Words = list[StrictStr]
# A date as precise as it is known: a YAML date, a year, or "YYYY-MM" text.
PartialDate = date | StrictInt | Annotated[StrictStr, Field(pattern=r"^\d{4}-\d{2}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class Event(_Strict):
    name: StrictStr
    qid: StrictStr | None = Field(pattern=QID)
    start: PartialDate
    end: PartialDate | None = None
    kind: StrictStr
    context: Words = []
    entity: StrictBool = True
    aliases: Words = []
    bare: Words = []


class Events(_Strict):
    events: list[Event]
    generic: dict[StrictStr, StrictStr]
    independence: dict[StrictStr, date]


class Country(_Strict):
    name: StrictStr
    qid: StrictStr | None = Field(default=None, pattern=QID)
    aliases: Words = []
    adj: Words = []
    people: StrictStr | None = None
    people_aliases: Words = []
    government: StrictStr | None = None
    military: StrictStr | None = None
    the: StrictBool = False


class Named(_Strict):
    name: StrictStr
    qid: StrictStr | None = Field(default=None, pattern=QID)
    aliases: Words = []
    adj: Words = []


class Person(Named):
    titles: Words = []


class Gazetteer(_Strict):
    countries: list[Country]
    groups: list[Named]
    places: list[Named]
    organizations: list[Named]
    people: list[Person]
    recogniser: dict[StrictStr, Words]


class SharedName(_Strict):
    forms: Words = Field(min_length=1)
    type: StrictStr = Field(pattern=r"^(?:person|organization|place|group|event)$")
    default: StrictStr | None
    # a null resolution: the form names nothing in that country ("the States" in Australia)
    countries: dict[StrictStr, StrictStr | None] = Field(min_length=1)


class SharedNames(_Strict):
    shared: list[SharedName]


class Series(_Strict):
    title: StrictStr = Field(pattern=r"\{year\}")
    qualifier: StrictStr
    editions: dict[StrictInt, StrictStr] = Field(min_length=1)


class EventSeries(_Strict):
    series: list[Series]


class Hedge(_Strict):
    cues: Words
    markers: Words
    modals: Words
    reported_modal_frames: Words
    option_listing: Words
    stance_in_speech: Words
    counterfactual_modals: Words
    capacity_modals: Words
    discourse_modals: Words


class ClaimType(_Strict):
    frames: Words
    predictive: Words
    conditional: StrictStr
    routine_conditional: Words
    reports: Words
    plans: Words
    past_anchors: Words
    ability_verbs: Words
    past_participles: Words
    counterfactual_adverbs: Words
    past_modals: Words
    judging_modals: Words
    judging_words: Words
    compared_modal: StrictStr
    judged_choices: Words
    choice_judges: Words
    evaluative: Words
    stance_adverbs: StrictStr
    evaluative_adjectives: Words
    clear_speakers: Words
    subject_skips: Words
    relationship_nouns: Words
    relationship_grades: Words
    clear_objects: Words
    copulas: Words
    s_copula_subjects: Words
    re_copula_subjects: Words
    degree_words: Words
    record_superlative: StrictStr
    imperative_verbs: Words


class Numbers(_Strict):
    units: dict[StrictStr, StrictInt]
    scales: dict[StrictStr, StrictInt | float]
    denominators: dict[StrictStr, StrictInt]
    vague: Words
    modifiers: Words
    one_units: Words


class Currency(_Strict):
    symbols: dict[StrictStr, StrictStr]
    words: dict[StrictStr, StrictStr]
    # the bare currency words that are English words too (quantities._unit)
    english_words: Words
    periods: dict[StrictStr, StrictStr]
    dollar_countries: dict[StrictStr, Words]
    spellings: dict[StrictStr, Words]


class Lexicon(_Strict):
    hedge: Hedge
    claim_type: ClaimType
    numbers: Numbers
    currency: Currency
    percent: Words
    percentage_point: Words
    person_nouns: Words
    person_nouns_not_only_people: Words
    measurement_units: dict[StrictStr, StrictStr]
    vague_measures: Words
    vague_counts: Words
    vague_time_counts: Words
    long_while_units: Words
    time_units: Words
    unit_adjectives: Words
    not_units: Words
    label_nouns: Words
    irregular_plurals: dict[StrictStr, StrictStr]


class Currencies(_Strict):
    names: dict[StrictStr, Annotated[StrictStr, Field(pattern=r"^[A-Z]{3}$")]]


class One(_Strict):
    not_after: Words
    not_nouns: Words
    idiom_nouns: Words
    alternative_after: Words
    frame_nouns: Words


class Quantities(_Strict):
    one: One
    idioms: Words
    plural_modifiers: Words
    after_bare_number: Words
    kind_adjectives: Words


class EventClauses(_Strict):
    subjects: Words
    determiners: Words
    verbs: Words
    present_verbs: Words
    participles: Words
    complements: Words


class Times(_Strict):
    past_open: Words
    future_open: Words
    today: Words
    yesterday: Words
    unanchored: Words
    event_nouns: Words
    event_clauses: EventClauses
    calculation_gerunds: Words
    office_events: Words
    deadline_prepositions: Words
    point_prepositions: Words
    bound_prepositions: Words
    presentation_verbs: Words
    presented_to: Words
    holidays: dict[StrictStr, Annotated[StrictStr, Field(pattern=r"^\d{2}-\d{2}$")]]
    us_presidents: dict[StrictStr, list[list[date | None]]]


def _lists_and_counts(data: dict[str, Any], counts: set[str]) -> None:
    """A flat file: every key a list of strings, but ``counts``, which are whole numbers."""

    class Flat(_Strict):
        model_config = ConfigDict(extra="allow", strict=True)

    Flat.model_validate(data)
    for key, value in data.items():
        if key in counts:
            assert isinstance(value, int) and value > 0, key
        else:
            assert isinstance(value, list) and value, key
            assert all(isinstance(v, str) and v.strip() for v in value), key


def load(name: str) -> Any:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


SCHEMAS: dict[str, type[BaseModel] | None] = {
    "currencies.yaml": Currencies,
    "event_series.yaml": EventSeries,
    "events.yaml": Events,
    "gazetteer.yaml": Gazetteer,
    "lexicon.yaml": Lexicon,
    "quantities.yaml": Quantities,
    "shared_names.yaml": SharedNames,
    "segmentation.yaml": None,  # flat: lists of patterns, one count
    "splitting.yaml": None,  # flat: lists of words and patterns, two counts
    "times.yaml": Times,
}
COUNTS = {
    "segmentation.yaml": {"furniture_max_words"},
    "splitting.yaml": {"colon_frame_max_words"},
}


def test_every_data_file_has_a_schema() -> None:
    files = sorted(p.name for p in DATA.iterdir() if p.name.endswith((".yaml", ".yml")))
    assert files == sorted(SCHEMAS)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_data_file_matches_its_schema(name: str) -> None:
    model = SCHEMAS[name]
    data = load(name)
    if model is None:
        _lists_and_counts(data, COUNTS[name])
    else:
        model.model_validate(data)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


@pytest.mark.parametrize(
    "name",
    ["lexicon.yaml", "quantities.yaml", "segmentation.yaml", "splitting.yaml", "times.yaml"],
)
def test_every_pattern_compiles(name: str) -> None:
    for text in _strings(load(name)):
        re.compile(text)


def _duplicates(value: Any, where: str) -> list[str]:
    """Each entry that repeats an earlier one of the same list, anywhere in ``value``, with
    the path of its list."""
    found: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _duplicates(item, f"{where}.{key}")
    elif isinstance(value, list):
        seen: list[Any] = []
        for i, item in enumerate(value):
            if item in seen:
                found.append(f"{where}: {item!r}")
            seen.append(item)
            found += _duplicates(item, f"{where}[{i}]")
    return found


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_no_list_repeats_an_entry(name: str) -> None:
    """The word lists are read as sets, so a repeated entry does nothing but hide that the
    list is not what its author thinks (a second "altogether" where another word was meant)."""
    assert _duplicates(load(name), name) == []


def test_a_repeated_entry_is_found() -> None:
    data = {"words": ["a", "b", "a"], "nested": {"pairs": [[1, 2], [1, 2]]}}
    assert _duplicates(data, "x") == ["x.words: 'a'", "x.nested.pairs: [1, 2]"]


def test_events_are_consistent() -> None:
    events = Events.model_validate(load("events.yaml"))
    kinds = {e.kind for e in events.events}
    assert set(events.generic.values()) <= kinds
    names = [e.name for e in events.events]
    assert len(names) == len(set(names))
    for event in events.events:
        if event.end is not None:
            assert str(event.start) <= str(event.end), event.name


def test_terms_of_office_are_in_order() -> None:
    times = Times.model_validate(load("times.yaml"))
    for name, terms in times.us_presidents.items():
        for start, end in terms:
            assert start is not None and (end is None or start < end), name
        starts = [str(t[0]) for t in terms]
        assert starts == sorted(starts), name


def test_gazetteer_names_are_unique_per_section() -> None:
    gazetteer = Gazetteer.model_validate(load("gazetteer.yaml"))
    for section in ("countries", "groups", "places", "organizations", "people"):
        names = [entry.name for entry in getattr(gazetteer, section)]
        assert len(names) == len(set(names)), section


def test_shared_names_name_gazetteer_countries_once() -> None:
    """A shared name resolves by the gazetteer's country names, and each form is shared once
    (a second row for the same form would never be reached)."""
    countries = {c.name for c in Gazetteer.model_validate(load("gazetteer.yaml")).countries}
    rows = SharedNames.model_validate(load("shared_names.yaml")).shared
    for row in rows:
        assert set(row.countries) <= countries, row.forms
    forms = [form.lower() for row in rows for form in row.forms]
    assert len(forms) == len(set(forms))


def test_a_misspelt_key_is_refused() -> None:
    data = load("events.yaml")
    data["events"][0]["aliasses"] = data["events"][0].pop("aliases", [])
    with pytest.raises(ValueError, match="aliasses"):
        Events.model_validate(data)
