"""Named entities in claim text: a curated gazetteer plus a fallback for capitalised names.

Two passes over the text, both precompiled at import:

1. **Gazetteer** (``data/gazetteer.yaml``, event names from ``data/events.yaml``): one regular
   expression built as a trie of every alias, so a claim is scanned once whatever the size of
   the gazetteer; the longest alias wins. A nationality adjective names the country whatever noun
   follows (docs/codebook.md, "Entities": "Russian troops", "the Russian government", "Russian
   refugees" and "Russian speakers" all name Russia), as does one joined to another adjective
   ("Russian and Chinese teams") or one person ("an American"); an ethnic or religious group
   with no country of its own is the group ("Kurdish fighters": Kurds); an adjective used as a
   noun for the people is the group ("the French have ..."); a language is nothing ("speak
   Kazakh"); a party's adjective names the party. A capitalised direction before a place makes
   the longer place ("East Jerusalem"); "X and Y regions" name each city's region.
2. **Fallback** for capitalised names the gazetteer lacks: runs of capitalised words joined by
   "of/in/for/the/and"; a run whose head noun is an event keyword ("Treaty", "Games", "Tax") is
   an event, one with an organisation keyword ("Foundation", "Review") an organisation named as
   written, one with a place keyword a place, and a run of two to four name-like words (or one
   after a title: "Prof. Jones") a person, unless all its words are English words and no listed
   given name opens it ("Bronze Age"). One capitalised word that is no English word (the
   english-words lists, with inflections) is a name as written; an uncommon initialism is an
   organisation's. Runs ending in a title ("Endowed Director") are positions, not entities; a
   description ("the Federal Government", a keyword alone) names nothing; a sentence-initial
   common word is dropped; HTML tags left in a transcript read as spaces.

:func:`link_people` then works on the whole document: a surname gets the full name written
anywhere in it (else the one listed person of that surname), and an initialism the
institution's name it spells out; a name several countries share ("Labor", "the Senate",
data/shared_names.yaml) becomes the institution of the country the document names most; an
Olympic Games without its year the edition the document names (data/event_series.yaml); and a
name's keyword alone ("the Convention") the one name of the document it heads.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from typing import Any, Literal, NamedTuple, cast

from pipeline.extract import datafiles
from pipeline.extract.model import EntityType, Mention
from pipeline.extract.regexes import absent, gate, longest_first
from pipeline.extract.vocabulary import (
    MARKUP_TAG_RE,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NORMALISE,
    NUMBER_NAMES,
    WEEKDAYS,
    decode_char_refs,
    events,
)


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity."""

    name: str
    type: EntityType
    qid: str | None = None


@dataclass(frozen=True, slots=True)
class _Owner:
    """What a country or region adjective can name."""

    place: Entity | None
    people: Entity | None


Kind = Literal["name", "adj"]


@dataclass(frozen=True, slots=True)
class _Alias:
    form: str  # as written in the gazetteer, for the case check
    kind: Kind
    entity: Entity | None
    owner: _Owner | None = None
    needs_the: bool = False  # "the West": stored as "West", valid only after "the"


def _gazetteer() -> dict[str, Any]:
    return datafiles.load("gazetteer.yaml")


_REC: dict[str, Any] = _gazetteer()["recogniser"]


def _lower_set(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _REC[key])


_ORG_KEYWORDS = frozenset(_REC["org_keywords"])
_COMMON_INITIALISMS = frozenset(_REC["common_initialisms"])
# plural nouns for kinds of people ("locals", "voters"), as the quantities count them
_PEOPLE_NOUNS = frozenset(
    w.casefold() for w in datafiles.load("lexicon.yaml")["person_nouns"] if w.endswith("s")
)
_INTERJECTIONS = _lower_set("interjections")
_EVENT_KEYWORDS = frozenset(_REC["event_keywords"])
# words that open an event's name: a named operation or battle (codebook, Entities: the
# conventional name of a war, battle or campaign is an event)
_EVENT_OPENERS = frozenset(_REC["event_openers"])
_DESCRIPTION_KEYWORDS = frozenset(_REC["description_keywords"])
_GENERIC_NAMES = frozenset(_REC["generic_names"])
_NOT_ENTITIES = frozenset(_REC["not_entities"])
_ILLNESS_EVENTS = frozenset(_REC["illness_events"])
_ILLNESS_CUE = re.compile(rf"\b(?:{'|'.join(_REC['illness_cues'])})\s+$", re.IGNORECASE)
_ROYAL_TITLES = frozenset(_REC["royal_titles"])
_PERSONAL_TITLES = frozenset(_REC["personal_titles"])
_NAME_TITLES = _PERSONAL_TITLES | _ROYAL_TITLES
# Words that only qualify an institution's description ("the Federal Government").
_DESCRIPTION_MODIFIERS = frozenset(_REC["description_modifiers"])
_PLACE_KEYWORDS = frozenset(_REC["place_keywords"])
_PLACE_HEADS = frozenset(_REC["place_heads"])
_NAME_ENDS = _ORG_KEYWORDS | _PLACE_KEYWORDS
_TITLES = frozenset(_REC["titles"])
_CONNECTORS = frozenset(_REC["connectors"])
_COMMON = frozenset(_REC["common_words"]) | frozenset(_REC["disease_names"])
_INITIAL_VERBS = frozenset(_REC["initial_verbs"])
_GIVEN = frozenset(_REC["given_names"])
_PERIODICAL_CUE = re.compile(rf"\b(?:{'|'.join(_REC['periodical_cues'])})\b", re.IGNORECASE)
_PEOPLE_TRIGGERS = _lower_set("people_triggers")
_LANGUAGE_NOUNS = _lower_set("language_nouns")
_FUNCTION_WORDS = _lower_set("function_words")
_LANGUAGE_VERBS = _lower_set("language_verbs")
# Titles that are titles only before a core title ("Prime Minister", "Foreign Minister").
_TITLE_MODIFIERS = frozenset(_REC["title_modifiers"])
_LOCATIVE = re.compile(rf"\b(?:{'|'.join(_REC['locative_prepositions'])})\s+(?:the\s+)?$")
_ORG_CLASS = re.compile(
    rf"\b(?:{'|'.join(re.escape(w) for w in _REC['org_class_nouns'])})\s+(?:the\s+)?$", re.I
)
_QUOTED_POLICY = re.compile(
    rf"\bthe\s+[\"“](?P<name>[^\"”]{{3,60}})[\"”]\s+(?:{'|'.join(_REC['policy_nouns'])})\b", re.I
)
_OCCUPATION = re.compile(rf"^[A-Z][a-z]+(?:{'|'.join(_REC['occupation_suffixes'])})$")
_DIRECTIONS = frozenset(_REC["directions"])
_MONTHS_DAYS = frozenset([*MONTHS, *WEEKDAYS])


# ---------------------------------------------------------------------------------------------
# Building the alias index
# ---------------------------------------------------------------------------------------------


def _key(alias: str) -> str:
    return " ".join(alias.translate(NORMALISE).split()).lower()


class _Index:
    """Every alias, by its lower-cased form, and the entities by canonical name."""

    def __init__(self) -> None:
        self.aliases: dict[str, list[_Alias]] = {}
        self.by_name: dict[str, Entity] = {}
        self.people_words: set[str] = set()
        # listed people by first and last word of the name, for a name written with a middle
        # name or initial the list lacks ("Hillary Rodham Clinton")
        self.people_by_ends: dict[tuple[str, str], Entity] = {}
        # listed people by surname (the last word of the name), for a surname written alone
        self.people_by_surname: dict[str, set[str]] = {}
        # listed people by (title, surname), for a titled surname that several listed people
        # share ("Chair Powell", "Secretary Powell"): the gazetteer's ``titles`` of each
        self.people_by_title: dict[tuple[str, str], set[str]] = {}

    def entity(self, name: str, type_: EntityType, qid: str | None = None) -> Entity:
        found = self.by_name.get(name)
        if found is None or (found.qid is None and qid):
            found = Entity(name, type_, qid)
            self.by_name[name] = found
        return found

    def add(self, form: str, kind: Kind, entity: Entity | None, owner: _Owner | None = None):
        # A leading "the" is checked in the text before the match, so that "the West" cannot
        # hide "West Bank" and "the Caspian" cannot hide "Caspian Pipeline Consortium".
        needs_the = form.lower().startswith("the ")
        if needs_the:
            form = form[4:]
        alias = _Alias(form, kind, entity, owner, needs_the)
        self.aliases.setdefault(_key(form), []).append(alias)


def _add_country(row: dict[str, Any], index: _Index) -> None:
    place = index.entity(row["name"], "place", row.get("qid"))
    people = index.entity(row["people"], "group") if row.get("people") else None
    adjectives = row.get("adj") or []
    owner = _Owner(place, people)
    # A state's own institutions are names where they have one ("Bundeswehr"); "the Russian
    # government" is a description that names only Russia (by its adjective).
    for key in ("government", "military"):
        if row.get(key):
            index.add(row[key], "name", index.entity(row[key], "organization"))
    if row.get("military"):
        # the armed forces by either common form ("Armed Forces of Russia", "Russian Armed
        # Forces"), whichever the title is
        military = index.entity(row["military"], "organization")
        for form in [f"Armed Forces of {row['name']}", *(f"{a} Armed Forces" for a in adjectives)]:
            index.add(form, "name", military)
    for alias in [row["name"], *(row.get("aliases") or [])]:
        index.add(alias, "name", place, owner)
    for adjective in adjectives:
        index.add(adjective, "adj", place, owner)
    if people is not None:
        plural = row.get("people_aliases") or ([people.name] if " " not in people.name else [])
        for alias in plural:
            index.add(alias, "name", people)
            index.people_words.add(alias.lower())


# A romanised East Asian given name written with a hyphen ("Jae-in", "Ing-wen", "Kai-shek"):
# the name it ends is written family name first ("President Moon" is Moon Jae-in).
_FAMILY_FIRST_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _family_first(parts: Sequence[str]) -> bool:
    return len(parts) >= 2 and _FAMILY_FIRST_GIVEN.fullmatch(parts[-1]) is not None


def _add_simple(rows: Iterable[dict[str, Any]], type_: EntityType, index: _Index) -> None:
    for row in rows:
        entity = index.entity(row["name"], type_, row.get("qid"))
        aliases = row.get("aliases") or []
        parts = row["name"].split()
        if type_ == "person" and len(parts) >= 2:
            index.people_by_ends.setdefault((parts[0], parts[-1]), entity)
            family_first = any(_family_first(a.split()) for a in [row["name"], *aliases])
            surname = parts[0] if family_first else parts[-1]
            index.people_by_surname.setdefault(surname, set()).add(entity.name)
            for title in row.get("titles") or []:
                index.people_by_title.setdefault((title, surname), set()).add(entity.name)
        for alias in [row["name"], *aliases] if type_ != "group" else aliases or [row["name"]]:
            index.add(alias, "name", entity)
            if type_ == "group":
                index.people_words.add(alias.lower())
        if row.get("adj"):
            # what the adjective names: the place, or the organisation ("Republican" the
            # party), in the first slot; a group in the second
            owner = _Owner(
                entity if type_ != "group" else None, entity if type_ == "group" else None
            )
            for adjective in row["adj"]:
                index.add(adjective, "adj", entity, owner)


def _add_events(index: _Index) -> None:
    for event in events():
        if not event.is_entity:
            continue
        entity = index.entity(event.name, "event", event.qid)
        # Only names: a bare description ("the mobilization") is no entity (docs/codebook.md);
        # the time finder still anchors times to it.
        for alias in event.aliases:
            index.add(alias, "name", entity)


@dataclass(frozen=True, slots=True)
class _Shared:
    """A name several countries' institutions share ("Labor", "the Senate"): what it names in
    a document about each country, and where the document names none of them."""

    type: EntityType
    default: str | None
    countries: dict[str, str | None]  # None: the form names nothing there


# Marks, in the qid slot of a mention, a shared name that link_people resolves per document.
SHARED = "shared-name"


@cache
def _shared() -> dict[str, _Shared]:
    """The shared names (data/shared_names.yaml), by their first form."""
    return {
        row["forms"][0]: _Shared(row["type"], row.get("default"), dict(row["countries"]))
        for row in datafiles.load("shared_names.yaml")["shared"]
    }


def _add_shared(index: _Index) -> None:
    # Ahead of any gazetteer alias of the same form: the document's country decides.
    for row in datafiles.load("shared_names.yaml")["shared"]:
        marker = Entity(row["forms"][0], row["type"], SHARED)
        for form in row["forms"]:
            needs_the = form.lower().startswith("the ")
            bare = form[4:] if needs_the else form
            index.aliases.setdefault(_key(bare), []).insert(
                0, _Alias(bare, "name", marker, None, needs_the)
            )


@cache
def _index() -> _Index:
    data = _gazetteer()
    index = _Index()
    for row in data["countries"]:
        _add_country(row, index)
    _add_simple(data["groups"], "group", index)
    _add_simple(data["places"], "place", index)
    _add_simple(data["organizations"], "organization", index)
    _add_simple(data["people"], "person", index)
    _add_events(index)
    _add_shared(index)
    return index


def _trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, longest first, built from a trie."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [
            (r"\s+" if c == " " else re.escape(c)) + build(n) for c, n in sorted(node.items()) if c
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_INDEX = _index()
# A match may follow a hyphen only where the word before it was a match ("Sino-Russian",
# "US-China"): _gazetteer_pass checks that, so "anti-" or "Franco-" starts no name.
_GAZETTEER_SOURCE = rf"(?<!\w)(?:{_trie_pattern(_INDEX.aliases)})(?![\w])"
_GAZETTEER_RE = re.compile(_GAZETTEER_SOURCE, re.IGNORECASE)
# On an ASCII text, a case-insensitive match is a case-sensitive match of the lower-cased text
# against the (lower-case) aliases: several times cheaper for the engine, which then tests
# each alternative's first character directly. Valid while no alias holds a capital or a
# character that matches an ASCII one case-insensitively (as "ſ" does "s").
_ALIAS_CHARS = {c for alias in _INDEX.aliases for c in alias}
_GAZETTEER_ASCII = (
    re.compile(_GAZETTEER_SOURCE)
    if all(c == c.lower() for c in _ALIAS_CHARS)
    and not any(
        re.search(re.escape(c), "".join(map(chr, range(128))), re.IGNORECASE)
        for c in _ALIAS_CHARS
        if not c.isascii()
    )
    else None
)


# ---------------------------------------------------------------------------------------------
# Gazetteer pass
# ---------------------------------------------------------------------------------------------


def _case_ok(form: str, found: str, organization: bool = False) -> bool:
    """All-capitals aliases match exactly; others need their first capitalised word so, and an
    organisation's name made of common words needs every capital ("Islamic State")."""
    if not any(c.islower() for c in form):
        return found == form
    form_words, found_words = form.split(), found.split()
    if len(form_words) > 1 and form_words[0] in _DIRECTIONS:  # "southern Europe"
        form_words, found_words = form_words[1:], found_words[1:]
    if organization and _common_phrase(form):
        # every word an English word ("Islamic State"): written in lower case after the first
        # word it is the common phrase ("the largest Islamic state"), so each capital counts
        return all(want[:1] == got[:1] for want, got in zip(form_words, found_words, strict=False))
    for want, got in zip(form_words, found_words, strict=False):
        if any(c.isupper() for c in want):
            return all(g.isupper() for w, g in zip(want, got, strict=False) if w.isupper())
    return True


@cache
def _common_phrase(form: str) -> bool:
    """Whether an alias of two words or more is made of English words, each capitalised, and
    ends in no organisation keyword ("the Labor party", "the Security council" are the
    institutions however transcribed)."""
    words = form.split()
    return (
        len(words) >= 2
        and words[-1] not in _ORG_KEYWORDS
        and all(w[:1].isupper() and w[1:].islower() and is_english(w.lower()) for w in words)
    )


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_PUNCTUATION_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$)")

# ---------------------------------------------------------------------------------------------
# Looking back from a position without re-reading the whole text before it
# ---------------------------------------------------------------------------------------------
#
# Many rules test what precedes a match with a pattern anchored at the end of ``text[:k]``.
# Searching the whole prefix each time made a claim quadratic in its length (a 36,000
# character comma-chained sentence took 40 s). Each such pattern matches a bounded number of
# "chunks" (maximal runs of non-separator characters), so a match ending at ``k`` cannot
# start before the start of the chunk that many chunks back: searching from there (``pos``
# keeps what the look-behinds and ``\b`` see; ``endpos`` ends the text at ``k``) finds the
# very same match. Short texts keep the plain search.

_SHORT = 400
_SPACE_CHUNKS = re.compile(r"\S+")
_DASH_CHUNKS = re.compile(r"[^\s-]+")
_WORD_CHUNKS = re.compile(r"[\w'-]+")
_chunk_memo: dict[re.Pattern[str], tuple[str, list[int]]] = {}


def _chunk_starts(text: str, chunks: re.Pattern[str]) -> list[int]:
    """Where each chunk of ``text`` starts (computed once per text and chunk kind)."""
    memo = _chunk_memo.get(chunks)
    if memo is not None and memo[0] is text:
        return memo[1]
    starts = [m.start() for m in chunks.finditer(text)]
    _chunk_memo[chunks] = (text, starts)
    return starts


def _search_before(
    pattern: re.Pattern[str], text: str, k: int, chunks: re.Pattern[str], most: int
) -> re.Match[str] | None:
    """``pattern.search(text[:k])`` for a ``$``-anchored pattern whose matches hold at most
    ``most`` chunks; the same match (offsets into ``text``)."""
    if k <= _SHORT:
        return pattern.search(text, 0, k)
    starts = _chunk_starts(text, chunks)
    i = bisect_left(starts, k) - 1 - most
    return pattern.search(text, starts[i] if i >= 0 else 0, k)


def _last_words(text: str, k: int, n: int) -> list[str]:
    """``text[:k].lower().split()[-n:]`` (lower-casing neither makes nor removes spaces)."""
    if k <= _SHORT:
        return text[:k].lower().split()[-n:]
    starts = _chunk_starts(text, _SPACE_CHUNKS)
    i = bisect_left(starts, k) - n
    return text[starts[i] if i >= 0 else 0 : k].lower().split()[-n:]


def _alias_for(text: str, start: int, end: int) -> _Alias | None:
    found = text[start:end]
    after_the = _search_before(_THE_BEFORE, text, start, _SPACE_CHUNKS, 1) is not None
    for alias in _INDEX.aliases.get(_key(found), ()):
        organization = alias.entity is not None and alias.entity.type == "organization"
        if _case_ok(alias.form, found, organization) and (after_the or not alias.needs_the):
            return alias
    return None


_NEXT_WORDS = re.compile(r"(?P<sep>-|\s+|)(?P<w1>[\w'-]+)?(?:\s+(?P<w2>[\w'-]+))?")
_PREV_WORD = re.compile(r"(?P<word>[\w'-]+)(?P<sep>[ -]?)$")
_CLAUSE_END = re.compile(r"[.;:!?]")


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    entity: Entity
    adjective: bool = False  # found through a country or region adjective
    keyword: bool = False  # a fallback name typed by a keyword ("University", "Gulf")


def _language_context(text: str, start: int, end: int, next_word: str, prev: str) -> bool:
    """Whether an adjective names a language here ("Russian-speaking", "speak Kazakh")."""
    if next_word in _LANGUAGE_NOUNS or prev in _LANGUAGE_VERBS:
        return True
    if prev in ("and", "or") and not _LANGUAGE_VERBS.isdisjoint(_last_words(text, start, 5)):
        return True  # "speak Tajik and Russian"
    if text[end : end + 1] == "-" and next_word.startswith("language"):
        return True
    if next_word and next_word not in _FUNCTION_WORDS:
        return False
    clause = _CLAUSE_END.split(text[end:], maxsplit=1)[0]
    return "language" in clause.lower() or prev == "in"


_NO_ADJECTIVE = frozenset(row["name"] for row in _gazetteer()["countries"] if not row.get("adj"))


def _coordinated_adjective(w1: str, after: re.Match[str] | None, text: str = "") -> bool:
    """ "Russian and Chinese teams": an adjective joined to another one shares its noun, as
    does one joined to a country's name used as a modifier ("Australian or New Zealand
    interference")."""
    if w1 not in ("and", "or") or after is None or after["w2"] is None:
        return False
    if any(a.kind == "adj" for a in _INDEX.aliases.get(after["w2"].lower(), ())):
        return True
    if not text or not after["w2"][:1].isupper():
        return False
    name = _GAZETTEER_RE.match(text, after.start("w2"))
    if name is None:
        return False
    listed = _INDEX.aliases.get(_key(name[0]), ())
    following = _NEXT_WORDS.match(text, name.end())
    noun = (following["w1"] or "").lower() if following and following["sep"] else ""
    # only a country with no adjective of its own ("New Zealand") is named attributively;
    # "Chinese and Russia" joins a people and a country
    return (
        any(a.owner and a.owner.place and a.owner.place.name in _NO_ADJECTIVE for a in listed)
        and bool(noun)
        and noun not in _FUNCTION_WORDS
    )


_LIST_NEXT = re.compile(r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?P<word>[A-Z][\w.'-]*)")
_LIST_NOUN = re.compile(r"\s+(?P<noun>[a-z][\w-]*)")


_LIST_PREVIOUS = re.compile(
    r"(?<![\w'-])(?P<word>[A-Z][\w.'-]*)(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:either\s+)?$"
)
_LIST_REACH = 40


def _listed_with_place(text: str, start: int, end: int) -> bool:
    """Whether an unlisted word stands in a list ("X, Y or Z") next to a listed place's name:
    the items of a list are of one kind, so the word is a place, not a surname ("to Brisbane or
    Melbourne"; codebook, Entities: people, organisations and places are typed as they are)."""
    after = _LIST_NEXT.match(text, end)
    if after is not None and _place_alias(after["word"]):
        return True
    before = _LIST_PREVIOUS.search(text[max(0, start - _LIST_REACH) : start])
    return before is not None and _place_alias(before["word"])


def _attributive(word: str) -> bool:
    """A country adjective or a country's name that can stand before a noun ("French", "UK")."""
    return any(
        a.kind == "adj" or (a.entity is not None and a.entity.type == "place")
        for a in _INDEX.aliases.get(_key(word), ())
    )


def _adjective_list(text: str, end: int) -> bool:
    """ "the German, French, UK leaders": an adjective that opens a comma list of country
    adjectives and names shares the noun that ends the list, so it names the country (codebook,
    Entities: a nationality adjective is the country). A list that ends without a noun ("the
    British, French and Germans") keeps the bare reading."""
    if not text.startswith(",", end):
        return False  # "and" alone is _coordinated_adjective's ("the French and Chile disagree")
    pos, steps = end, 0
    while (item := _LIST_NEXT.match(text, pos)) and _attributive(item["word"]):
        pos, steps = item.end(), steps + 1
    noun = _LIST_NOUN.match(text, pos)
    return steps > 0 and noun is not None and noun["noun"] not in _FUNCTION_WORDS


def _resolve_adjective(text: str, start: int, end: int, alias: _Alias) -> _Found | None:
    """What a country or region adjective names, from the words around it."""
    owner = alias.owner
    assert owner is not None
    after = _NEXT_WORDS.match(text, end)
    w1 = (after["w1"] or "").lower() if after and after["sep"] != "" else ""
    before = _search_before(_PREV_WORD, text, start, _WORD_CHUNKS, 1)
    prev = before["word"].lower() if before else ""
    if _language_context(text, start, end, w1, prev):
        return None
    if (
        (w1 and w1 not in _FUNCTION_WORDS)
        or _coordinated_adjective(w1, after, text)
        or _adjective_list(text, end)
    ):
        target = owner.place or owner.people
        return _Found(start, end, target) if target else None
    # A bare adjective: the people ("the Chinese have ..."), unless it is also a name ("US")
    # or one person ("an American": the country, as "American citizens" would be).
    if (
        alias.kind == "name"
        or any(a.kind == "name" for a in _INDEX.aliases[_key(alias.form)])
        or prev in ("a", "an", "one")
    ):
        return _Found(start, end, owner.place) if owner.place else None
    target = owner.people or owner.place
    return _Found(start, end, target) if target else None


_PEOPLE_TRIGGER_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(w.rstrip('-') for w in _PEOPLE_TRIGGERS))})[\s-]+$", re.IGNORECASE
)
_PEOPLES_REPUBLIC = re.compile(r"People's\s+Republics?\s+of\s+(?:[\w-]+\s*(?:,|and|&)\s*)*$")


def _peoples_republic_before(text: str, start: int) -> bool:
    """``_PEOPLES_REPUBLIC.search(text[:start])``: every match starts at a "People's", so
    the search starts at the first one (a text without any needs none)."""
    if len(_first_peoples_memo) != 1 or _first_peoples_memo[0][0] is not text:
        _first_peoples_memo[:] = [(text, text.find("People's"))]
    first = _first_peoples_memo[0][1]
    return 0 <= first <= start - 8 and _PEOPLES_REPUBLIC.search(text, first, start) is not None


_first_peoples_memo: list[tuple[str, int]] = []


def _resolve(text: str, start: int, end: int) -> _Found | None:
    alias = _alias_for(text, start, end)
    if alias is None:
        return None
    if alias.kind == "adj":
        found = _resolve_adjective(text, start, end, alias)
        # the constructor directly: dataclasses.replace inspects the fields on every call
        return _Found(found.start, found.end, found.entity, True, found.keyword) if found else None
    if (
        alias.owner
        and alias.owner.people
        and _search_before(_PEOPLE_TRIGGER_BEFORE, text, start, _DASH_CHUNKS, 1)
    ):
        return _Found(start, end, alias.owner.people)  # "majority Russia" said for "Russian"
    entity = alias.entity
    assert entity is not None
    if entity.name in _PORTFOLIO_PERIODICALS and not _CITATION.search(text):
        return None  # "the Minister for Foreign Affairs": a portfolio, not the journal
    if entity.qid == SHARED and _owned_before(text, start):
        return None  # "their Parliament", "Indonesia's Parliament": not the document's own
    if entity.type == "person":
        government = _LEADER_GOVERNMENT.match(text, end)
        if government:  # "the Biden administration": the organisation, named as written
            end = government.end()
            return _Found(start, end, Entity(_SPACES.sub(" ", text[start:end]), "organization"))
    if entity.type == "place" and _peoples_republic_before(text, start):
        entity = _INDEX.by_name.get(f"{entity.name} People's Republic", entity)
    if entity.type == "place":
        return _place_with_region(text, start, end, entity) or _Found(start, end, entity)
    return _Found(start, end, entity)


_PORTFOLIO_PERIODICALS = frozenset(_REC["portfolio_periodicals"])
_CITATION = re.compile(
    rf"{_PERIODICAL_CUE.pattern}|\b(?:{'|'.join(map(re.escape, _REC['citation_cues']))})\b",
    re.IGNORECASE,
)
_POSSESSIVE_BEFORE = re.compile(
    r"(?:\b(?i:their|its|his|her|your|whose)|(?<![\w-])[A-Z][\w.-]*(?:'s|’s|s'|’))\s+$"
)


def _owned_before(text: str, start: int) -> bool:
    """Whether a possessive ("their", "Indonesia's") or a country adjective ("the Indonesian
    Parliament") directly precedes: a shared name that is some other country's."""
    if _search_before(_POSSESSIVE_BEFORE, text, start, _SPACE_CHUNKS, 1):
        return True
    words = _last_words(text, start, 1)
    return bool(words) and is_adjective_word(words[0])


# Capitalised words that make a part of a place a place of its own ("East Jerusalem",
# "Western Australia", "New South Wales"): the longest expression that is a name.
_PLACE_PART_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:New|Old|Upper|Lower|Greater|North|South|East|West|Northern|Southern|"
    r"Eastern|Western|Central|Northeast|Northwest|Southeast|Southwest)\s+){1,2}$"
)
# A compass adjective in lower case before a place names its part all the same ("eastern
# Ukraine" is the place Eastern Ukraine: codebook, Entities), under the place's canonical name
# ("eastern DRC" is Eastern Democratic Republic of the Congo).
_PLACE_PART_LOWER_BEFORE = re.compile(
    r"(?<![\w-])(?P<part>(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\s+$"
)
# "Donetsk and Lugansk regions": the region named after each city.
_REGIONS_AFTER = re.compile(
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w'-]*)*\s+(?P<noun>regions?|oblasts?|provinces?)\b"
)


def _place_with_region(text: str, start: int, end: int, place: Entity) -> _Found | None:
    regions = _REGIONS_AFTER.match(text, end)
    if regions:
        noun = regions["noun"].removesuffix("s")
        for written in (text[start:end], place.name):
            region = _INDEX.aliases.get(_key(f"{written} {noun}"))
            if region and region[0].entity:
                return _Found(start, end, region[0].entity)
    lower = _search_before(_PLACE_PART_LOWER_BEFORE, text, start, _SPACE_CHUNKS, 1)
    if lower is not None and text[start].isupper():
        name = f"{lower['part'].capitalize()} {place.name}"
        listed = _INDEX.aliases.get(_key(name))
        entity = listed[0].entity if listed and listed[0].entity else Entity(name, "place")
        return _Found(lower.start(), end, entity)
    part = _search_before(_PLACE_PART_BEFORE, text, start, _SPACE_CHUNKS, 2)
    if part is None or (_sentence_initial(text, part.start()) and part[0].split()[0] == "New"):
        return None
    name = _SPACES.sub(" ", f"{part[0]}{text[start:end]}")
    listed = _INDEX.aliases.get(_key(name))
    entity = listed[0].entity if listed and listed[0].entity else Entity(name, "place")
    return _Found(part.start(), end, entity)


# Prefixes after which a name is still the name ("then-Israeli", "pro-Russian").
_PREFIX_BEFORE = re.compile(r"(?<![\w-])(?i:then|ex|pro|anti|non|pan|post|pre|neo|half)-$")

# A government named after its leader (docs/codebook.md, "Settled in practice").
_LEADER_GOVERNMENT = re.compile(
    r"\s+(?:administration|government|cabinet|presidency|regime)\b", re.IGNORECASE
)


def _gazetteer_pass(text: str, low: str | None = None) -> list[_Found]:
    """``low``: the lower-cased text when it is ASCII, if already at hand."""
    found = []
    if low is None and text.isascii():
        low = text.lower()
    if _GAZETTEER_ASCII is not None and low is not None:
        matches = _GAZETTEER_ASCII.finditer(low)
    else:
        matches = _GAZETTEER_RE.finditer(text)
    last_end = -1  # where the last alias match ended (resolved to an entity or not)
    for match in matches:
        start = match.start()
        if start and text[start - 1] == "-" and last_end != start - 1:
            prefix = _PREFIX_BEFORE.search(text, max(0, start - 8), start)
            if prefix is None:
                continue  # "Franco-German": "German" is part of a compound of its own
        last_end = match.end()
        resolved = _resolve(text, start, match.end())
        if resolved is not None:
            found.append(resolved)
    return found


# ---------------------------------------------------------------------------------------------
# Fallback pass: capitalised runs
# ---------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W\d_][\w'-]*\.?|&")
_ABBREVIATIONS = frozenset(_REC["name_abbreviations"]) | frozenset(_REC["abbreviations"])
_ABBREVIATION_END = re.compile(rf"\b(?:[A-Z]|{'|'.join(_REC['name_abbreviations'])})\.$")


class _Token(NamedTuple):
    text: str
    start: int
    end: int

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()


_new_token = tuple.__new__  # skips NamedTuple's Python-level constructor: tokens are many


_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
_CAPITAL_BEFORE = re.compile(r"(?<![\w'-])[A-Z][\w'-]*\s+$")


def _name_part_before(text: str, start: int) -> bool:
    """Whether a capitalised word that opens no sentence stands just before ``start``: the
    hyphened word is then a name's last part ("Park Geun-hye")."""
    before = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before[0].strip() not in _COMMON


_FIRST_PERSON_CONTRACTION = re.compile(r"I'(?:ve|m|ll|d)")


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[_Token]:
    out = []
    for match in _TOKEN.finditer(text, start, len(text) if end is None else end):
        word = match[0]
        if word.endswith(".") and len(word) > 2 and word[:-1] not in _ABBREVIATIONS:
            word = word[:-1]  # a full stop, not an abbreviation
        if word.endswith("'s") or word.endswith("'"):
            word = word[: -2 if word.endswith("'s") else -1]
        if "-" in word:
            # "Smithson-led", "NLP-related": a name with a lower-case word hyphened to it
            # makes an adjective; the name is the part before the hyphen (unless the
            # adjective opens a name of its own: "Soviet-made Tochka-U")
            head, _, tail = word.rpartition("-")
            if (
                head
                and len(tail) > 2
                and tail.isalpha()
                and tail.islower()
                and is_english(tail)  # not "Min-jun", "Jong-un": parts of a given name
                and head[:1].isupper()
                and not _CAPITAL_AFTER.match(text, match.end())
                and not _name_part_before(text, match.start())
            ):
                word = head
        if _FIRST_PERSON_CONTRACTION.fullmatch(word):
            continue  # "the Senate I've known": the speaker's "I", no part of a name
        start = match.start()
        out.append(_new_token(_Token, (word, start, start + len(word))))
    return out


_POSSESSIVE_HEADS = frozenset(_REC["possessive_heads"])
_POSSESSIVE_GAP = re.compile(r"['’]s?[ \t]+")  # straight or typographic apostrophe


def _joined(text: str, a: _Token, b: _Token) -> bool:
    """Whether two tokens are separated by spaces only (no punctuation, no possessive), or by
    the possessive of an unlisted name that runs into a name's head ("St Patrick's Day")."""
    if a.end >= b.start:
        return False
    if text[a.end : b.start].strip() == "":
        return True
    return (
        b.text in _POSSESSIVE_HEADS
        and _POSSESSIVE_GAP.fullmatch(text, a.end, b.start) is not None
        and _key(a.text) not in _INDEX.aliases
    )


def _runs(text: str, tokens: list[_Token]) -> list[list[_Token]]:
    """Maximal runs of capitalised tokens, joined by connector words."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    pending: list[_Token] = []
    for token in tokens:
        last = (pending or current)[-1] if (pending or current) else None
        adjacent = last is not None and _joined(text, last, token)
        if token.cap and token.text not in _CONNECTORS:
            if current and adjacent and pending and _possessive_after_and(text, pending, token):
                runs.append(current)
                current = []
            elif current and adjacent:
                current.extend(pending)
            elif current:
                runs.append(current)
                current = []
            current.append(token)
            pending = []
        elif (
            current
            and adjacent
            and token.text in _CONNECTORS
            and _may_connect(current, pending, token)
        ):
            pending.append(token)
        else:
            if current:
                runs.append(current)
            current, pending = [], []
    if current:
        runs.append(current)
    return runs


# "'s" and a capitalised word after a name's token: the name owns a name that follows
_POSSESSIVE_NAME_AFTER = re.compile(r"'s\s+[A-Z]")


def _possessive_after_and(text: str, pending: list[_Token], token: _Token) -> bool:
    """ "the Bureau of Statistics and Canada's Revenue Agency": a name after "and" that owns
    the next name opens a noun phrase of its own, so "and" joins no name parts across it
    (codebook, Entities: the longest expression that is *a* name, not two glued together)."""
    return pending[-1].text == "and" and _POSSESSIVE_NAME_AFTER.match(text, token.end) is not None


_ON_HEADS = _ORG_KEYWORDS | _EVENT_KEYWORDS


def _may_connect(current: list[_Token], pending: list[_Token], token: _Token) -> bool:
    """ "and" joins name parts only between plain words ("Strategic and International")."""
    if pending and pending[-1].text == "and":
        return False
    if token.text == "the" and not pending:
        return False  # "the" joins only after "of", "for": "after the War the Labor Government"
    if token.text == "on" and not pending and current[-1].text not in _ON_HEADS:
        # "on" joins a body's or an agreement's subject ("Council on Foreign Relations",
        # "Treaty on Open Skies"); after a place it is a time's preposition ("recaptured
        # Villers-Bretonneux on Anzac Day"): two names
        return False
    if token.text != "and":
        return len(pending) < 2
    # a keyword ends a name: "Fox Island and Bear Island" are two places
    return not pending and current[-1].text not in _NAME_ENDS


def _sentence_initial(text: str, start: int) -> bool:
    # text[:start].rstrip(" \"'([") without copying the text before: ``end`` is its length.
    end = start
    while end and text[end - 1] in " \"'([":
        end -= 1
    # an abbreviation match is at most five characters ("Prof.") and ends at ``end``
    return not end or (
        text[end - 1] in ".!?:;\n" and not _ABBREVIATION_END.search(text, max(0, end - 6), end)
    )


_STATUTE_HEADS = frozenset(_REC["statute_heads"])
# surnames that are also common words, read as names only right after a title
_SURNAME_WORDS = frozenset(_REC["surname_words"])


def _title_mask(run: list[_Token]) -> list[bool]:
    """Which tokens are titles: core titles and the modifiers directly before one."""
    if run and run[-1].text in _STATUTE_HEADS:
        # a statute named after an office ("the Commissioner for Children Act"): the office's
        # title is a word of the statute's name, which heads no person's
        return [False] * len(run)
    mask = [t.text in _TITLES and t.text not in _TITLE_MODIFIERS for t in run]
    for i in range(len(run) - 2, -1, -1):
        if run[i].text in _TITLE_MODIFIERS and mask[i + 1]:
            mask[i] = True
    if len(run) >= 3 and run[0].text in _TITLES and not mask[0] and _looks_like_person(run[1:]):
        mask[0] = True  # "General Peter Cosgrove": a title that is also a modifier
    elif (
        len(run) == 2
        and run[0].text in _TITLES
        and not mask[0]
        and not run[1].text.isupper()
        and run[1].text not in _KEYWORDS
        and not is_english(run[1].text.lower())
    ):
        mask[0] = True  # "General Powell": before one surname, no "General Motors"
    return mask


@dataclass(slots=True)
class _Segment:
    tokens: list[_Token]
    after_title: bool
    before_title: bool
    lead: list[str]  # connector words before it ("of the")
    title: str = ""  # the title word right before it ("King", "Mr")


def _segments(run: list[_Token]) -> list[_Segment]:
    mask = _title_mask(run)
    segments: list[_Segment] = []
    current: list[_Token] = []
    lead: list[str] = []
    after_title = False
    title = ""
    for token, is_title in zip(run, mask, strict=True):
        if is_title:
            if current:
                segments.append(_Segment(current, after_title, True, lead, title))
            current, lead, after_title, title = [], [], True, token.text
        elif not current and token.text in _CONNECTORS:
            lead.append(token.text.lower())
        else:
            current.append(token)
    if current:
        segments.append(_Segment(current, after_title, False, lead, title))
    return [part for segment in segments for part in _split_list(segment)]


def _split_list(segment: _Segment) -> list[_Segment]:
    """ "Collins and Murkowski": a run joined by "and" with no keyword that makes it one
    name ("Strategic and International Studies") is a list of names. An ampersand joins the
    parts of one firm's name ("Johnson & Johnson", "Procter & Gamble"), never a list."""
    tokens = segment.tokens
    if not any(t.text == "and" for t in tokens):
        return [segment]
    sides: list[list[_Token]] = [[]]
    for token in tokens:
        if token.text == "and":
            sides.append([])
        else:
            sides[-1].append(token)
    if any(
        t.text in _ORG_KEYWORDS or t.text in _PLACE_KEYWORDS or t.text in _EVENT_KEYWORDS
        for t in tokens
    ) and not _complete_names(sides):
        return [segment]
    parts: list[_Segment] = []
    for i, side in enumerate(sides):
        if side:
            first = not parts
            parts.append(
                _Segment(
                    side,
                    segment.after_title and first,
                    segment.before_title and i == len(sides) - 1,
                    segment.lead if first else [],
                    segment.title if first else "",
                )
            )
    return parts


def _keyword_kind(word: str) -> str:
    if word in _EVENT_KEYWORDS:
        return "event"
    if word in _ORG_KEYWORDS:
        return "organization"
    return "place" if word in _PLACE_KEYWORDS else ""


def _complete_names(sides: list[list[_Token]]) -> bool:
    """ "the Clean Water Act and Farm Security Act", "the Federal Court and High Court": each
    side of "and" is a whole name of several words that ends in a keyword of the same kind,
    so the run lists two names (codebook, Entities: the longest expression that is *a* name).
    One-word sides ("Truth and Reconciliation Commission") and a keyword of another kind
    ("School of Law and Government") keep the run one name."""
    kinds = {_keyword_kind(side[-1].text) if len(side) >= 2 else "" for side in sides}
    if len(kinds) == 1 and "" not in kinds:
        return True
    # "the IMF and World Bank": an initialism alone on one side is a whole name too, of the
    # kind of the keyworded name beside it (one letter is no initialism: "R and D Unit")
    named = [side for side in sides if not _initialism_side(side)]
    kinds = {_keyword_kind(side[-1].text) if len(side) >= 2 else "" for side in named}
    return len(named) < len(sides) and len(kinds) == 1 and "" not in kinds


def _initialism_side(side: list[_Token]) -> bool:
    return len(side) == 1 and 2 <= len(side[0].text) <= 6 and side[0].text.isupper()


def _cut_location(tokens: list[_Token]) -> list[_Token]:
    """ "National Bureau of Economic Research in Cambridge": a trailing "in X" is a location
    unless X ends the organisation's own name ("Michigan in Washington Program")."""
    for i, token in enumerate(tokens):
        if token.text == "in" and not any(t.text in _ORG_KEYWORDS for t in tokens[i + 1 :]):
            return tokens[:i]
    return tokens


def _trim(tokens: list[_Token]) -> list[_Token]:
    while tokens and (tokens[0].text in ("The", "the") or tokens[0].text in _CONNECTORS):
        tokens = tokens[1:]
    while tokens and tokens[-1].text in _CONNECTORS:
        tokens = tokens[:-1]
    # a speaker's "I" run into the name before it ("in the Federal Court I think"): after an
    # organisation's or place's keyword it is the pronoun, not a regnal numeral ("Charles I")
    # nor a war's ("World War I", whose keyword is an event's)
    if len(tokens) > 1 and tokens[-1].text == "I" and tokens[-2].text in _NAME_ENDS:
        tokens = tokens[:-1]
    return tokens


def _looks_like_person(tokens: list[_Token]) -> bool:
    words = [t.text for t in tokens]
    if sum(len(w.rstrip(".")) > 1 for w in words) < 2:
        return False  # initials only: "U. S."
    if not 2 <= len(words) <= 4 or any(
        w in _CONNECTORS
        for w in words[1:-1]
        if w not in ("de", "van", "von", "der", "al", "bin", "da", "del", "la", "le", "ibn")
    ):
        return False
    if any(
        w in _COMMON
        or w in _ORG_KEYWORDS
        or w in _PLACE_KEYWORDS
        or w in _MONTHS_DAYS
        or (w.isupper() and len(w) > 1)
        for w in words
    ):
        return False
    if not all(w[:1].isupper() or w in _CONNECTORS for w in words):
        return False
    if words[-1] in _PLACE_HEADS:
        return False  # "Hyde Park": a place's head, no surname
    if any(a == b for a, b in pairwise(words)):
        return False  # a word said twice is speech, no name: "what makes Acme Acme"
    if any(
        _BRAND_CAPITALS.search(w) and not (i == 0 and _COMPOUND_GIVEN.fullmatch(w))
        for i, w in enumerate(words)
    ):
        # "AstraZeneca Covishield", "Acme WorkSpace": a brand's capitals make a firm's or a
        # product's name, no person's (but a compound given name opens one: "JoAnne Smith")
        return False
    if any(w.lower() in _PEOPLE_NOUNS or w in _COMMON_INITIALISMS for w in words[1:]):
        # a class of people or things ends no person's name: "Medicare Locals", "Acme SUVs"
        # (codebook, Entities: common-noun categories are no entities)
        return False
    # English words alone make a phrase, not a person ("Neolithic Age", "Assistive
    # Intelligence"), unless a listed given name opens them ("Mark Brown")
    return words[0] in _GIVEN or any(
        not is_english(w.lower()) for w in words if len(w) > 2 and w not in _CONNECTORS
    )


_PERIODICAL_CUE_LONGEST = max(len(w) for w in _REC["periodical_cues"])
_first_cue_memo: list[tuple[str, int]] = []


def _periodical_cue_before(text: str, k: int) -> bool:
    """Whether ``_PERIODICAL_CUE.search(text[:k])`` matches, without searching all of
    ``text[:k]`` each time. A match of at most ``_PERIODICAL_CUE_LONGEST`` characters
    that starts well before ``k`` sees the same characters as in the whole text, so it is
    there iff the text's first match starts that early; any other starts close to ``k``."""
    if k <= _SHORT:
        return _PERIODICAL_CUE.search(text, 0, k) is not None
    if not _first_cue_memo or _first_cue_memo[0][0] is not text:
        first = _PERIODICAL_CUE.search(text)
        _first_cue_memo[:] = [(text, first.start() if first else len(text))]
    near = k - _PERIODICAL_CUE_LONGEST - 2
    if _first_cue_memo[0][1] < near:
        return True
    return _PERIODICAL_CUE.search(text, max(0, near), k) is not None


_SPACES = re.compile(r"\s+")


def _name_tokens(segment: _Segment) -> list[_Token]:
    """The tokens that make the segment's name: without a trailing location, and, after a
    title other than a royal one, without the "of <place>" that follows a person's name
    ("Prime Minister Najib Razak of Malaysia")."""
    tokens = segment.tokens
    if _is_field(segment):
        return _name_after_field(tokens)
    if segment.after_title and segment.title not in _ROYAL_TITLES:
        cut = next((i for i, t in enumerate(tokens) if i and t.text == "of"), len(tokens))
        tokens = tokens[:cut]
    return _trim(_cut_location(tokens))


def _is_field(segment: _Segment) -> bool:
    return bool(segment.lead) and "the" not in segment.lead and segment.after_title


def _name_after_field(tokens: list[_Token]) -> list[_Token]:
    """The full name that ends a title's field, if any ("State Condoleezza Rice")."""
    for i in range(1, len(tokens) - 1):
        if _looks_like_full_name(tokens[i:]):
            return tokens[i:]
    return []


# "at" before a place ("fought at Beersheba", "a farm at Colac"), unless a verb of looking,
# aiming or reacting governs it ("look at Murkowski", "angry at Tsvangirai")
_AT_BEFORE = re.compile(r"(?:(?P<verb>[\w'-]+)\s+)?\bat\s+(?:the\s+)?$", re.IGNORECASE)
_NOT_AT_PLACE = _lower_set("not_at_place_words")
# a route names its two ends: "from Geelong out to Colac", "from Hamilton down to Warrnambool"
_ROUTE_ADVERBS = r"(?:(?:out|down|up|over|back|across|through|on|right)\s+)?"
_ROUTE_FROM = re.compile(r"\bfrom\s+$")
_ROUTE_TO_AFTER = re.compile(rf"\s+{_ROUTE_ADVERBS}to\s+[A-Z]")
_ROUTE_TO_BEFORE = re.compile(
    rf"\bfrom\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+{_ROUTE_ADVERBS}to\s+$"
)


# "the people of Fouilloy, of Amiens", "Mayor of Colac", "the villages of the Somme": what a
# town's people, streets or mayor are of is a place
_PLACE_OF_NOUNS = (
    r"(?:people|citizens|residents|inhabitants|towns?|villages?|suburbs?|streets|outskirts"
    r"|[Mm]ayor)"
)
_PLACE_OF_NAME = r"(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?"
_PLACE_OF_BEFORE = re.compile(
    rf"\b{_PLACE_OF_NOUNS}\s+of\s+(?:{_PLACE_OF_NAME}(?:,\s+(?:and\s+)?|\s+and\s+)of\s+)*"
    r"(?:the\s+)?$"
)


def _at_place(text: str, start: int) -> bool:
    """Whether "at" before ``start`` makes the name after it a place's."""
    before = _search_before(_AT_BEFORE, text, start, _SPACE_CHUNKS, 3)
    return before is not None and (before["verb"] or "").lower() not in _NOT_AT_PLACE


def _on_route(text: str, start: int, end: int) -> bool:
    """Whether a name is one end of a route, "from X (down) to Y": both ends are places."""
    if _search_before(_ROUTE_FROM, text, start, _SPACE_CHUNKS, 1):
        return _ROUTE_TO_AFTER.match(text, end) is not None
    return _search_before(_ROUTE_TO_BEFORE, text, start, _SPACE_CHUNKS, 5) is not None


# the plural of an initialism ("SMSes", "ATMs", "NGOs"): a common noun's plural
_INITIALISM_PLURAL = re.compile(r"[A-Z]{2,}(?:e?s)")
# a determiner that counts or owns a plural ("their", "these", "two")
_PLURAL_DETERMINER_BEFORE = re.compile(
    r"\b(?:my|your|our|their|these|those|many|several|two|three|four|five|some|all)\s+$",
    re.IGNORECASE,
)


def _plural_common_noun(word: str, text: str, start: int) -> bool:
    """A capitalised plural the fallback would guess a surname: an initialism's plural
    ("these SMSes"), or any word in -s after a determiner of plurals ("their Bluetooths",
    "two Fitbits"): things, which the codebook makes no entities (products, common nouns)."""
    if _INITIALISM_PLURAL.fullmatch(word):
        return True
    return (
        word.endswith("s")
        and not word.endswith("ss")
        and bool(_PLURAL_DETERMINER_BEFORE.search(text, max(0, start - 12), start))
        # "their Andrews report": a name that modifies the noun after it stays a name
        and not _noun_after(text, start + len(word))
    )


_NEXT_LOWER = re.compile(r"\s+([a-z]+)\b")


def _noun_after(text: str, end: int) -> bool:
    after = _NEXT_LOWER.match(text, end)
    return (
        after is not None
        and after[1] not in _FUNCTION_WORDS
        and after[1]
        not in (
            "are",
            "were",
            "have",
            "had",
            "do",
            "did",
            "before",
            "after",
            "again",
        )
    )


def _classify(segment: _Segment, text: str) -> Entity | None:
    tokens = _name_tokens(segment)
    if not tokens:
        return None
    words = [t.text for t in tokens]
    name = text[tokens[0].start : tokens[-1].end]
    name = _SPACES.sub(" ", name)
    if segment.before_title and not segment.after_title:
        return None  # a named position: "Edie N. Goldenberg Endowed Director"
    if _is_field(segment):
        # a field ("Professor of Political Science"), or a field and the title holder's name
        # ("Secretary of State Condoleezza Rice")
        return Entity(name, "person") if tokens else None
    if words[0] in _NOT_ENTITIES:
        return None  # "Facebook Live", "Cantonese": a product or a language, no entity
    if _place_initialism(words):
        return Entity(name, "organization", _KEYWORD)  # "the Wales TUC": one body, not Wales
    if _only_keywords(words) or _description(words) or name in _GENERIC_NAMES:
        return None  # "the Commission", "the Australian Government": descriptions
    if _head(words) in _EVENT_KEYWORDS:
        return Entity(name, "event", _KEYWORD)  # "the Fourth Geneva Convention"
    if len(words) > 1 and words[0] in _EVENT_OPENERS:
        return Entity(name, "event", _KEYWORD)  # "Operation Sovereign Borders", "Battle of X"
    if (
        words[0] in _PLACE_KEYWORDS
        or words[-1] in _PLACE_KEYWORDS
        or (len(words) > 1 and words[-1] in _PLACE_HEADS)  # "Minister Park": a surname
    ):
        return Entity(name, "place", _KEYWORD)
    if any(w in _ORG_KEYWORDS for w in words):
        return Entity(name, "organization", _KEYWORD)
    start = tokens[0].start
    if _periodical_cue_before(text, start):
        return Entity(name, "organization")
    if _search_before(_ORG_CLASS, text, start, _SPACE_CHUNKS, 3) and not any(
        w in _COMMON for w in words
    ):
        return Entity(name, "organization")  # "the Brussels think tank Bruegel"
    if (
        (
            _search_before(_LOCATIVE, text, start, _SPACE_CHUNKS, 2)
            # "at" and a route's ends take a name no English words make ("at Le Hamel", not
            # "at the Neolithic Age": a period)
            or (
                (
                    _at_place(text, start)
                    or _on_route(text, start, tokens[-1].end)
                    or _search_before(_PLACE_OF_BEFORE, text, start, _SPACE_CHUNKS, 16)
                )
                and any(_unlisted_name(w, text) for w in words)
            )
        )
        and not any(w in _COMMON or w in _CONNECTORS for w in words)
        and len(words) <= 3
        and not (len(words) == 1 and words[0].isupper())  # "in DENR": an initialism's office
        # a listed given name and a surname that is no English word are a person's name
        # after "in" as anywhere ("confidence in Tom Hargreaves"); a place named with a
        # given name ends in an English word ("Alice Springs", "Charles Town")
        and not (
            words[0] in _GIVEN and _looks_like_person(tokens) and _unlisted_name(words[-1], text)
        )
        and (
            len(words) > 1 or _unlisted_name(words[0], text) or _place_follows(text, tokens[-1].end)
        )
    ):
        return Entity(name, "place")  # "near Jaén", "in New Orleans", "in Rota, Spain"
    # "Director of the Digital Islamic Curriculum": the body a title is of or for; after
    # "in the" the run is no title's body ("the Treasurer in the Budget")
    if (
        segment.after_title
        and segment.lead[:1] in (["of"], ["for"])
        and "the" in segment.lead
        # "Leader of the Opposition": one common word makes an office, no body's name
        # (codebook, Entities: descriptions without a name)
        and not (len(words) == 1 and words[0] in _COMMON)
    ):
        return Entity(name, "organization")
    if (
        segment.after_title
        and not segment.lead
        and 1 <= len(words) <= 3
        and not any(w in _COMMON and w not in _SURNAME_WORDS for w in words)
    ):
        # after "Mr" or "Dr" a name is a name even where it holds a listed word ("Mr Odet Iran");
        # a capitalised "He" or "Young" straight after a title, mid-run, is a surname (its
        # pronoun or adjective would open no title's name: "Vice Premier He")
        return Entity(name, "person", _KEYWORD if segment.title in _NAME_TITLES else None)
    if "&" in words[1:-1]:
        return Entity(name, "organization")  # "Johnson & Johnson": a firm's name
    if len(words) == 1 and _plural_common_noun(words[0], text, start):
        return None  # "these SMSes", "their Bluetooths": a plural thing, no one's name
    if _looks_like_person(tokens):
        return Entity(name, "person")
    if len(words) == 1 and (owner := _possessive_without_apostrophe(words[0])):
        return owner  # "Israels annexation" in a transcript that dropped its apostrophes
    if len(words) == 1 and (people := _demonym_group(words[0])):
        return people  # "Texans", "Floridians": a noun for the people is the group
    if len(words) == 1 and words[0] in MONTH_ABBREVIATIONS and _date_number_near(text, tokens[0]):
        return None  # "on Feb 12", "12 Sept. 2021": an abbreviated month, no surname
    if len(words) == 1 and _unlisted_name(words[0], text):
        if _BRAND_CAPITALS.search(words[0]):
            return None  # "WhatsApp", "HackMD": a product's capitals, no person's surname
        if not words[0].isupper() and _listed_with_place(text, tokens[0].start, tokens[-1].end):
            return Entity(name, "place")  # "to Brisbane or Melbourne": a list of places
        if words[0].isupper():
            return Entity(name, "organization")  # an initialism: an organisation's ("the IEBC")
        if _search_before(
            _THE_BEFORE, text, start, _SPACE_CHUNKS, 1
        ) is not None and _PUNCTUATION_AFTER.match(text, tokens[-1].end):
            # "welcome to the Changelog.": a show's or a product's name heading its own noun
            # phrase, no one's surname (but "the Hendry plan", "the Okafor-led panel")
            return None
        return Entity(name, "person")  # a word alone: most often a surname
    return None


def _initialism(word: str) -> bool:
    """An organisation's initialism the gazetteer lacks: capitals only, no common initialism
    ("GDP", "PPE") and no listed name of its own ("NHS", "FDA")."""
    return (
        word.isalpha()
        and word.isupper()
        and 2 <= len(word) <= 6
        and word not in _COMMON_INITIALISMS
        and _key(word) not in _INDEX.aliases
    )


def _place_initialism(words: list[str]) -> bool:
    """A place's name and an organisation's initialism, in either order ("the Wales TUC",
    "the Scottish TUC", "BMA Cymru"): the branch's own name, one organisation (codebook,
    Entities: tag the longest expression that is a name), not the place and an initialism."""
    if len(words) < 2:
        return False
    if _initialism(words[-1]):
        rest = words[:-1]
    elif _initialism(words[0]):
        rest = words[1:]
    else:
        return False
    # a country's initialism only qualifies the body ("UK SAGE", "US DOJ"): the body's name is
    # its own initialism, and the country is named beside it
    return not any(w.isupper() for w in rest) and _place_alias(" ".join(rest))


_NUMBER_AFTER = re.compile(r"\.?\s*\d")
_NUMBER_BEFORE = re.compile(r"\d\s*$")


def _date_number_near(text: str, token: _Token) -> bool:
    """Whether a day or year number stands right after or before the token."""
    return bool(
        _NUMBER_AFTER.match(text, token.end)
        or _NUMBER_BEFORE.search(text, max(0, token.start - 4), token.start)
    )


# A capital after a small letter inside one word that no surname prefix explains ("McCain",
# "DeSantis", "MacArthur", "LaGuardia", "O'Neill" are names; "YouTube", "ChatGPT" brands).
_BRAND_CAPITALS = re.compile(r"^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z])\w*[a-z][A-Z]")
# A given name of two short parts ("JoAnne", "MaryAnn", "BettyLou") has a brand's capitals.
_COMPOUND_GIVEN = re.compile(r"[A-Z][a-z]{1,3}[A-Z][a-z]+")


_PLACE_AFTER = re.compile(r",\s+(?P<place>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?)")


def _place_follows(text: str, end: int) -> bool:
    """Whether a listed place follows after a comma: the town's country or state ("in
    Rota, Spain"), which makes a capitalised English word before it a place's name."""
    after = _PLACE_AFTER.match(text, end)
    if after is None:
        return False
    place = after["place"]
    return _place_alias(place) or _place_alias(place.split()[0])


# How a demonym's plural is cut back to its place's name: the ending that is cut, then the
# endings tried on what remains ("Tex|ans" -> "Texas", "Flori|dians" -> "Florida",
# "Ohio|ans" -> "Ohio", "London|ers" -> "London"). A stem keeps four letters at least, so
# that a surname such as "Evans" is never read as a people.
_DEMONYM_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ns", ("s",)),
    ("ans", ("", "a", "o", "i")),
    ("ians", ("a", "da", "ia", "i")),
    ("ers", ("",)),
)
_DEMONYM_STEM = 4


def _demonym_group(word: str) -> Entity | None:
    """A plural noun for the people of a listed place that the gazetteer lacks ("Texans",
    "Floridians", "Queenslanders"): the group, named in the plural as written (codebook,
    Entities: a noun for the people is the group)."""
    if not word[:1].isupper() or not word.endswith("s") or word.isupper():
        return None
    for cut, tails in _DEMONYM_ENDINGS:
        stem = word[: -len(cut)] if word.endswith(cut) else ""
        if len(stem) < _DEMONYM_STEM:
            continue
        if any(_place_alias(stem + tail) for tail in tails):
            return Entity(word, "group")
    return None


def _possessive_without_apostrophe(word: str) -> Entity | None:
    if not word.endswith("s") or _key(word) in _INDEX.aliases:
        return None
    if _PLURAL_INITIALISM.fullmatch(word):
        return None  # "DNRs", "NGOs": an initialism's plural, no "DNR's" without its apostrophe
    for alias in _INDEX.aliases.get(_key(word[:-1]), ()):
        if alias.kind == "name" and alias.entity and _case_ok(alias.form, word[:-1]):
            return alias.entity
    return None


_PLURAL_INITIALISM = re.compile(r"[A-Z]{2,}s")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _unlisted_name(word: str, text: str) -> bool:
    """Whether one capitalised word is a name the gazetteer lacks ("Murkowski", "Sochi",
    "UNRWA"): no English word (a dictionary headword, an interjection, a common initialism,
    a month or a title) and not written in a text that shouts in capitals."""
    if not _NAME_WORD.fullmatch(word) or word in _MONTHS_DAYS or word in _TITLES:
        return False
    if word in _COMMON or word in _ORG_KEYWORDS or word in _PLACE_KEYWORDS:
        return False
    if word.isupper():
        return 2 <= len(word) <= 6 and word not in _COMMON_INITIALISMS and not _shouting(text)
    if _PLURAL_INITIALISM.fullmatch(word):
        return False  # "IDPs", "SMEs": a plural is a class of things, not one organisation
    if len(word) < 3 or _key(word) in _INDEX.aliases:
        return False  # a listed word the gazetteer pass left out ("speak Tajik")
    parts = word.split("-")
    if any(_place_alias(part) for part in parts[1:]):
        return False  # "Euro-Atlantic", "Afro-Asian": a compound of a listed place's name
    first = parts[0]  # "Then-Israeli" is an English word's compound
    return first[:1].isupper() and not is_english(first.lower())


def _place_alias(word: str) -> bool:
    """Whether a word is a listed place's name or adjective as written ("Atlantic", "Asian")."""
    return any(
        alias.entity is not None
        and alias.entity.type == "place"
        and not alias.needs_the
        and _case_ok(alias.form, word)
        for alias in _INDEX.aliases.get(_key(word), ())
    )


_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""))
# Adverbs the headword lists leave out, made from a listed adjective ("arguably", "reportedly",
# "happily", "publicly"): a sentence-initial adverb is no surname. The stem keeps four
# letters at least, so that short names ending in "-ly" ("Manly", "Early") stay names.
_ADVERB_ENDINGS = (("ably", "able"), ("ibly", "ible"), ("ily", "y"), ("ally", "al"), ("ly", ""))
_ADVERB_STEM = 4


def is_english(lowered: str) -> bool:
    """Whether a lower-case word is an English word or an inflection of one ("shares",
    "minutes", "hes" for "he's" without its apostrophe); interjections count."""
    words = english_words()
    if lowered in words or lowered in _INTERJECTIONS:
        return True
    if any(
        lowered.endswith(suffix) and lowered[: -len(suffix)] + stem in words
        for suffix, stem in _INFLECTIONS
    ):
        return True
    return any(
        lowered.endswith(suffix)
        and len(lowered) - len(suffix) >= _ADVERB_STEM
        and lowered[: -len(suffix)] + stem in words
        for suffix, stem in _ADVERB_ENDINGS
    )


def _shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) > len(letters) / 2


@cache
def english_words() -> frozenset[str]:
    """Lower-case English words: the lower-case headwords of Webster's Second International
    and every headword of GCIDE (english-words package), loaded on first use."""
    from english_words import get_english_words_set

    web2 = get_english_words_set(["web2"], alpha=True)
    gcide = get_english_words_set(["gcide"], alpha=True, lower=True)
    return frozenset(w for w in web2 if w.islower()) | frozenset(gcide)


# Marks, in the qid slot while classifying, a fallback name typed by a keyword.
_KEYWORD = "keyword"


def _head(words: list[str]) -> str:
    """The head noun of a name: the word before its first "of" ("Treaty of Versailles"),
    else its last word ("Paris Agreement")."""
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _only_keywords(words: list[str]) -> bool:
    """A keyword alone names nothing ("the Commission", "on TV", "the League")."""
    return all(
        w in _ORG_KEYWORDS
        or w in _PLACE_KEYWORDS
        or w in _DESCRIPTION_KEYWORDS
        or w in _EVENT_KEYWORDS
        or w in _COMMON_INITIALISMS
        or w in _CONNECTORS
        for w in words
    )


def _description(words: list[str]) -> bool:
    """ "the Federal Government", "the Palestinian Government": an institution described
    by its country, not named (its country's adjective still names the country)."""
    if words[-1] not in _DESCRIPTION_KEYWORDS and _head(words) not in _DESCRIPTION_KEYWORDS:
        return False
    if len(words) > 2 and _multiword_adjective(words[:-1]):
        return True  # "the East Timorese Government", "the South Korean Government"
    return all(
        w in _DESCRIPTION_KEYWORDS
        or w in _DESCRIPTION_MODIFIERS
        or w in _CONNECTORS
        or is_adjective_word(w)
        for w in words
    )


def _initial_verb(word: str) -> bool:
    """A verb opening a sentence before a name: an imperative of discourse ("Remember") or
    an English word in -ing ("Supporting")."""
    if word in _INITIAL_VERBS:
        return True
    stem = word.lower()[:-3]
    # the stem must be a verb of its own ("Support-ing", "Mak-e", "Runn-ing"): "Sterling"
    # and "Manning" are names
    return (
        word.endswith("ing")
        and len(stem) >= 3
        and is_english(word.lower())
        and any(
            is_english(s) for s in (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else "")
        )
    )


# An abstract noun's suffix: one such word opening a sentence is the noun the word lists may
# lack ("Disinformation is ..."), not a name.
_ABSTRACT_NOUN = re.compile(r"[A-Z][a-z]{3,}(?:ation|ition|ment|ness|ity|ism|ship)s?")


def _drop_initial(run: list[_Token], text: str) -> list[_Token]:
    """Drop an ordinary capitalised first word of a sentence ("Most", "Ethnic"), or an
    occupation before a name ("Hydrologist Lucía Ferrer")."""
    if run and _sentence_initial(text, run[0].start):
        first = run[0].text
        if len(run) >= 3 and _OCCUPATION.match(first) and first not in _GIVEN:
            return run[1:]
        if (
            first in _COMMON
            or (len(run) == 1 and _ABSTRACT_NOUN.fullmatch(first) is not None)
            or first in _MONTHS_DAYS
            or (len(run) > 1 and first not in _GIVEN and first.lower() in _FUNCTION_WORDS)
            or (len(run) > 1 and first not in _GIVEN and _initial_verb(first))
        ):
            return _trim(run[1:])
    return run


# A run starts at a word's start: a capital after a letter of the same word is an OCR slip or
# words run together ("inTportant", "campAign"), no name (codebook, Entities: names only).
_CAPITALISED_RUN = re.compile(
    r"(?<![^\W\d_])[A-Z\u00c0-\u00de\u0100-\u024f][\w'.-]*(?:\s+(?:(?:of|for|the|in|on|and|&|de|du|da|del|"
    r"von|van|der|den|al|bin|ibn|la|le|y)\s+){0,2}[A-Z\u00c0-\u00de\u0100-\u024f][\w'.-]*)*"
)


def _capitalised_runs(text: str) -> list[list[_Token]]:
    """The runs of capitalised names, tokenising only the capitalised stretches of text."""
    runs: list[list[_Token]] = []
    for stretch in _CAPITALISED_RUN.finditer(text):
        word = stretch[0]
        if (
            word.isascii()
            and word.isalpha()
            and (
                word in _MONTHS_DAYS
                or (word in _COMMON and _sentence_initial(text, stretch.start()))
            )
        ):
            # One plain word: a month or day, or a common word opening a sentence ("The",
            # "We"), of which _drop_initial and the month filter would leave nothing.
            continue
        runs.extend(_runs(text, _tokens(text, stretch.start(), stretch.end())))
    return runs


# Events whose English Wikipedia title holds their year ("2018 FIFA World Cup"), unlike wars
# and treaties ("the 1991 Gulf War" is the Gulf War).
_DATED_HEADS = frozenset(_REC["dated_heads"])
_YEAR_BEFORE = re.compile(r"(?<![\w.,])(?:1[6-9]|20)\d\d\s+$")
# English Wikipedia names each Games "<year> <season> Olympics", without the host city.
_OLYMPICS = re.compile(
    r"(?P<year>\d{4}) (?:[A-Z][\w.'-]* )*?(?P<season>Summer|Winter) Olympic(?:s| Games)"
)


# A statute's short title goes on with its year, and with its jurisdiction in brackets before
# the year where the legislature adds one ("the Civil Contingencies Act 2004", "the Adult Care
# Act (Northern Ireland) 2011"): both are part of the name, as English Wikipedia titles them.
_STATUTE_TAIL = re.compile(
    r"(?:\s+\([A-Z][\w'.]*(?:\s+[A-Z][\w'.]*){0,3}\))?\s+(?:1[6-9]|20)\d\d(?![\w.,]\d)"
)


def _dated_event(text: str, start: int, end: int, event: Entity) -> _Found:
    """An event name with the year written before it ("the 2018 FIFA World Cup"), or a
    statute's with its year after it ("the Coronavirus Act 2020")."""
    if event.name.endswith(" Act") and (tail := _STATUTE_TAIL.match(text, end)):
        name = _SPACES.sub(" ", f"{event.name}{text[end : tail.end()]}")
        return _Found(start, tail.end(), Entity(name, "event"), keyword=True)
    year = _search_before(_YEAR_BEFORE, text, start, _SPACE_CHUNKS, 1)
    if year is None or _head(event.name.split()) not in _DATED_HEADS:
        return _Found(start, end, event, keyword=True)
    name = f"{year[0].strip()} {event.name}"
    olympics = _OLYMPICS.fullmatch(name)
    if olympics:
        name = f"{olympics['year']} {olympics['season']} Olympics"
    return _Found(year.start(), end, Entity(name, "event"), keyword=True)


def _drop_dates(run: list[_Token]) -> list[_Token]:
    """Months and days are no names, unless a name goes on after them ("March for Life")."""
    return [
        t
        for i, t in enumerate(run)
        if t.text not in _MONTHS_DAYS or (i + 1 < len(run) and run[i + 1].text in _CONNECTORS)
    ]


def _with_location_tails(segments: list[_Segment]) -> list[_Segment]:
    """Each segment, and after one that a trailing "in X" was cut from, X on its own
    ("the Winter Olympics in Sochi": Sochi is a place of its own)."""
    out = []
    for segment in segments:
        out.append(segment)
        kept = len(_cut_location(segment.tokens))
        if kept < len(segment.tokens) and kept + 1 < len(segment.tokens):
            out.append(_Segment(segment.tokens[kept + 1 :], False, False, ["in"]))
    return out


# "Roe v. Wade": a court case, an event named as written.
_CASE_NAME = re.compile(r"\b[A-Z][\w'-]+ (?:v|vs)\.? [A-Z][\w'-]+(?: (?:of|for|the) [A-Z][\w'-]+)*")


def _case_names(text: str) -> list[_Found]:
    if " v" not in text:
        return []
    return [
        _Found(m.start(), m.end(), Entity(m[0], "event"), keyword=True)
        for m in _CASE_NAME.finditer(text)
    ]


_NAMED_GOVERNMENT = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"
    r"(?:[Gg]overnment|GOVERNMENT|[Aa]dministration|ADMINISTRATION|[Rr]egime|REGIME)\b"
)


def _named_governments(text: str) -> list[_Found]:
    """Governments named after their leader or leader and party, as written ("the Howard
    Government", "the Fisher Labor government"; docs/codebook.md, "Settled in practice"), not
    descriptions: a country's adjective or a place ("the Palestinian Government", "the
    Queensland Government"), a modifier ("the Federal Government") or a party alone ("the
    Labor Government") names no government of its own."""
    if "overnment" not in text and "dministration" not in text:
        return []
    found = []
    for match in _NAMED_GOVERNMENT.finditer(text):
        tokens = _tokens(text, match.start("name"), match.end("name"))
        while tokens and tokens[0].text in _COMMON:
            tokens = tokens[1:]
        if not tokens or not _leader_name(tokens):
            continue
        start = tokens[0].start
        name = _SPACES.sub(" ", text[start : match.end()])
        found.append(_Found(start, match.end(), Entity(name, "organization"), keyword=True))
    return found


def _leader_name(tokens: list[_Token]) -> bool:
    first = tokens[0].text
    if (
        first in _DESCRIPTION_MODIFIERS
        or first in _DIRECTIONS
        or first in _TITLES
        or first in _MONTHS_DAYS
        or is_adjective_word(first)
        or any(t.text in _COMMON or t.text in _NAME_KEYWORDS for t in tokens)
    ):
        return False
    listed = [a.entity for a in _INDEX.aliases.get(_key(first), ()) if a.entity]
    # a place's government; a party alone
    return not any(e.type == "place" or e.qid == SHARED for e in listed)


_PROGRAMME_AFTER = re.compile(rf"\s+(?:{'|'.join(_REC['programme_nouns'])})\b")


def _programme_name(tokens: list[_Token], text: str) -> bool:
    """A one-word name the fallback took for a surname that a programme noun follows ("the
    Jobtrain scheme"): the programme's name, unless the word is a listed person's surname or a
    given name ("the Whitlam program" is his)."""
    if len(tokens) != 1 or not _PROGRAMME_AFTER.match(text, tokens[0].end):
        return False
    word = tokens[0].text
    return word not in _INDEX.people_by_surname and word not in _GIVEN


def _fallback_pass(text: str, fields: list[tuple[int, int]] | None = None) -> list[_Found]:
    """The names of the capitalised runs; ``fields`` collects the spans of the fields after
    titles ("Professor of Arab Studies"), whose words name nothing."""
    found = []
    for run in _capitalised_runs(text):
        run = _drop_dates(_drop_initial(run, text))
        for segment in _with_location_tails(_segments(run)):
            if fields is not None and _is_field(segment) and segment.tokens:
                fields.append((segment.tokens[0].start, segment.tokens[-1].end))
            entity = _classify(segment, text)
            if entity is not None:
                tokens = _name_tokens(segment)
                # a listed given name starts a person's name, whatever place it also names
                # ("Victoria Nuland", "Jordan Peterson")
                keyword = entity.qid == _KEYWORD or (
                    entity.type == "person" and len(tokens) >= 2 and tokens[0].text in _GIVEN
                )
                entity = Entity(entity.name, entity.type)
                if entity.type == "person" and _programme_name(tokens, text):
                    entity = Entity(entity.name, "event")
                government = _LEADER_GOVERNMENT.match(text, tokens[-1].end)
                if entity.type == "person" and government:
                    # "the Fisher Labor government": a government named after its leader
                    end = government.end()
                    name = _SPACES.sub(" ", text[tokens[0].start : end])
                    # keyword: it replaces the gazetteer's names inside it ("Labor")
                    found.append(
                        _Found(tokens[0].start, end, Entity(name, "organization"), keyword=True)
                    )
                    continue
                if entity.type == "event":
                    found.append(_dated_event(text, tokens[0].start, tokens[-1].end, entity))
                    continue
                if entity.type == "person" and len(tokens) >= 3:
                    ends = (tokens[0].text, tokens[-1].text)
                    entity = _INDEX.people_by_ends.get(ends, entity)
                found.append(_Found(tokens[0].start, tokens[-1].end, entity, keyword=keyword))
    # a case's parties, a named government's leader, are no entities of their own
    whole = [*_case_names(text), *_named_governments(text)]
    if whole:
        spans = [(c.start, c.end) for c in whole]
        found = [f for f in found if not _inside(f, spans)]
    return sorted([*found, *whole], key=lambda f: (f.start, f.end))


# ---------------------------------------------------------------------------------------------
# Merging and the public functions
# ---------------------------------------------------------------------------------------------


def _merge(gazetteer: list[_Found], fallback: list[_Found]) -> list[_Found]:
    """Gazetteer matches win, except that a fallback organisation or place strictly containing
    them replaces them ("University of Leeds" over "Leeds"); a place keyword after a country
    adjective does not ("former Soviet Republic" stays the Soviet Union). A person from the
    fallback never overlaps a gazetteer match."""
    if len(gazetteer) + len(fallback) > 32:
        return _merge_indexed(gazetteer, fallback)
    kept = list(gazetteer)
    for f in fallback:
        inside = [g for g in kept if f.start <= g.start and g.end <= f.end]
        overlapping = [g for g in kept if g.start < f.end and f.start < g.end]
        if not overlapping:
            kept.append(f)
        elif (
            f.keyword
            and inside == overlapping
            and not any(g.start == f.start and g.end == f.end for g in inside)
            and not (f.entity.type == "place" and all(g.adjective for g in inside))
        ):
            kept = [g for g in kept if g not in inside]
            kept.append(f)
    return sorted(kept, key=lambda g: (g.start, g.end))


def _merge_indexed(gazetteer: list[_Found], fallback: list[_Found]) -> list[_Found]:
    """:func:`_merge` for long texts: the kept matches a fallback name may overlap come from
    a start-sorted index instead of a pass over all of them (every match is non-empty, so
    those inside it also overlap it, and a match starts at most ``longest`` before it ends).
    """
    live: list[_Found | None] = list(gazetteer)  # kept, in order; None once dropped
    index = sorted((g.start, i) for i, g in enumerate(gazetteer))
    longest = max((g.end - g.start for g in gazetteer), default=0)
    for f in fallback:
        lo = bisect_right(index, (f.start - longest, len(live)))
        hi = bisect_left(index, (f.end, -1))
        hits = [(start, i) for start, i in index[lo:hi] if f.start < live[i].end]  # type: ignore[union-attr]
        overlapping = [live[i] for _, i in hits]
        if overlapping and not (
            f.keyword
            and all(f.start <= g.start and g.end <= f.end for g in overlapping)  # type: ignore[union-attr]
            and not any(g.start == f.start and g.end == f.end for g in overlapping)  # type: ignore[union-attr]
            and not (f.entity.type == "place" and all(g.adjective for g in overlapping))  # type: ignore[union-attr]
        ):
            continue
        for hit in hits:
            live[hit[1]] = None
            del index[bisect_left(index, hit)]
        live.append(f)
        insort(index, (f.start, len(live) - 1))
        longest = max(longest, f.end - f.start)
    return sorted((g for g in live if g is not None), key=lambda g: (g.start, g.end))


_CAP_WORD = r"(?:[A-Z][\w'-]*)"
_SMALL_WORD = r"(?:of|and|the|in|on|from|to|for|a|an|at|with|by|or|vs\.?)"
_CHAIN = rf"{_CAP_WORD}(?:\s+(?:{_SMALL_WORD}\s+)*{_CAP_WORD})*"
_TITLE_WITH_SUBTITLE = re.compile(rf"(?P<main>{_CHAIN}):\s+{_CHAIN}(?:,\s+(?:and\s+)?{_CHAIN})*")
_TITLE_CHAIN = re.compile(_CHAIN)
_WORK_CUE = re.compile(
    r"\b(?:books?|novels?|memoirs?|monographs?|volumes?|titled|entitled|"
    r"films?|documentar(?:y|ies)|handbooks?)\b",
    re.IGNORECASE,
)


def _unexplained(text: str, start: int, end: int, known: list[_Found]) -> int:
    """How many capitalised words of ``text[start:end]`` no listed name covers (titles such
    as "President" count as covered: they open lists of people as often as titles of works)."""
    return sum(
        1
        for w in re.finditer(_CAP_WORD, text[start:end])
        if w[0] not in _TITLES and not any(f.start <= start + w.start() < f.end for f in known)
    )


def _title_spans(
    text: str, found: list[_Found], known: list[_Found] | None = None
) -> list[tuple[int, int]]:
    """Spans of titles of works, whose words name no entity (claim-guidelines.md): a Title
    Case phrase with a subtitle ("Power and Pacts: Central Asia after ..."), or one of four or
    more capitalised words after "book", "novel", "film" ... that the gazetteer cannot explain.
    A phrase the gazetteer's names (``known``) explain but for a word is a list after a colon,
    not a title ("suspended from the African Union: Guinea, Mali, and Chad")."""
    spans = [
        m.span()
        for m in _TITLE_WITH_SUBTITLE.finditer(text)
        if len(re.findall(_CAP_WORD, m["main"])) >= 2
        and (known is None or _unexplained(text, m.start(), m.end(), known) >= 2)
    ]
    cue = _WORK_CUE.search(text)
    if cue:
        for m in _TITLE_CHAIN.finditer(text, cue.end()):
            words = [w for w in re.finditer(_CAP_WORD, m[0])]
            unexplained = [
                w for w in words if not any(f.start <= m.start() + w.start() < f.end for f in found)
            ]
            if len(words) >= 4 and len(unexplained) >= 2:
                spans.append(m.span())
    return spans


_WORK_CUE_NEEDS = gate(_WORK_CUE)


def _drop_titles(
    text: str, found: list[_Found], low: str | None = None, known: list[_Found] | None = None
) -> list[_Found]:
    """``low``: the lower-cased text when it is ASCII (a cheap test for a work cue);
    ``known``: the gazetteer's finds, which tell a list after a colon from a subtitle."""
    if ":" not in text and (absent(_WORK_CUE_NEEDS, low) or not _WORK_CUE.search(text)):
        return found  # neither a subtitle nor a work named: the common case, kept cheap
    spans = _title_spans(text, found, known)
    return [f for f in found if not any(s <= f.start and f.end <= e for s, e in spans)]


def _policies(text: str, found: list[_Found]) -> list[_Found]:
    """A quoted name before "scheme", "law", "programme" ... is a policy: an event."""
    if '"' not in text and "“" not in text:
        return found
    for match in _QUOTED_POLICY.finditer(text):
        start, end = match.span("name")
        if not any(f.start < end and start < f.end for f in found):
            found.append(_Found(start, end, Entity(match["name"].strip(), "event")))
    return sorted(found, key=lambda f: (f.start, f.end))


def _mention(text: str, found: _Found) -> Mention:
    entity = found.entity
    return Mention(
        found.start, found.end, text[found.start : found.end], entity.name, entity.type, entity.qid
    )


def _blank_markup(text: str) -> str:
    """HTML tags left in a converted transcript ("Central<br />Australia") as spaces of the
    same length, so that offsets stay those of the text."""
    if "<" not in text:
        return text
    return MARKUP_TAG_RE.sub(lambda m: " " * len(m[0]), text)


def _inside(found: _Found, spans: list[tuple[int, int]]) -> bool:
    return any(s <= found.start and found.end <= e for s, e in spans)


# Marks, in the qid slot of a mention, an edition of a series of events that link_people
# resolves per document ("the Winter Olympics": which Games).
SERIES = "series-edition"


@dataclass(frozen=True, slots=True)
class _Series:
    title: str
    qualifier: str
    # year -> the host city's name as a pattern, compiled once
    hosts: tuple[tuple[int, re.Pattern[str]], ...]

    def edition(self, year: int) -> str:
        return self.title.format(year=year)


@cache
def _series() -> tuple[_Series, ...]:
    return tuple(
        _Series(
            row["title"],
            row["qualifier"],
            tuple(
                (int(year), re.compile(rf"\b{re.escape(city)}\b"))
                for year, city in row["editions"].items()
            ),
        )
        for row in datafiles.load("event_series.yaml")["series"]
    )


_OLYMPIC = re.compile(r"\b(?:(?P<qualifier>Summer|Winter)\s+)?Olympic(?:s\b|\s+[Gg]ames\b)")
_EDITION = re.compile(r"^(?P<year>\d{4}) (?P<qualifier>\w+) Olympics$")


def _olympics(text: str, found: list[_Found]) -> list[_Found]:
    """An Olympic Games named without its year: the edition whose host city the claim names
    (just one), else a mark for link_people to resolve by the document (data/event_series.yaml).
    A name with its year ("the 2014 Winter Olympics") is left as it is."""
    if "Olympic" not in text:
        return found
    for match in _OLYMPIC.finditer(text):
        start, end = match.span()
        if any(f.start <= start and end <= f.end and _EDITION.match(f.entity.name) for f in found):
            continue
        qualifier = match["qualifier"]
        series = [s for s in _series() if qualifier in (None, s.qualifier)]
        hosted = {s.edition(year) for s in series for year, city in s.hosts if city.search(text)}
        if len(hosted) == 1:
            entity = Entity(hosted.pop(), "event")
        else:
            entity = Entity(f"{qualifier} Olympics" if qualifier else "Olympics", "event", SERIES)
        found = [
            f for f in found if not (f.start < end and start < f.end and f.entity.type == "event")
        ]
        if not any(f.start < end and start < f.end for f in found):
            found.append(_Found(start, end, entity, keyword=True))
    return sorted(found, key=lambda f: (f.start, f.end))


def _resolve_series(claims: list[list[Mention]]) -> list[list[Mention]]:
    """Each Olympic Games named without its year or host city: the most recent edition of its
    series that the document names; else the series' name where it says which ("Winter
    Olympics"), else nothing."""
    if not any(m.wikidata_id == SERIES for mentions in claims for m in mentions):
        return claims
    named = [
        (int(e["year"]), e["qualifier"])
        for mentions in claims
        for m in mentions
        if (e := _EDITION.match(m.name))
    ]
    out = []
    for mentions in claims:
        kept = []
        for m in mentions:
            if m.wikidata_id == SERIES:
                qualifier = m.name.split()[0] if " " in m.name else None
                years = [(y, q) for y, q in named if qualifier in (None, q)]
                if years:
                    year, q = max(years)
                    m = replace(m, name=f"{year} {q} Olympics", wikidata_id=None)
                elif qualifier is None:
                    continue
                else:
                    m = replace(m, wikidata_id=None)
            kept.append(m)
        out.append(kept)
    return out


# A name's keyword alone that refers back to the one name of the document it heads ("the
# Convention" after "the Refugee Convention"); link_people finds and resolves it.
_BACK_KEYWORDS = (_EVENT_KEYWORDS | _ORG_KEYWORDS) - _DESCRIPTION_KEYWORDS
_KEYWORD_ALONE = re.compile(r"\b[Tt]he\s+(?P<keyword>[A-Z][a-z]+)\b(?![-'’]|\s+(?:of\b|[A-Z0-9]))")


def _before_of(words: list[str]) -> list[str]:
    """A name's words before its first "of" or "for": what a keyword alone can refer back to
    ("the Convention" to "Convention Relating to the Status of Refugees"); the body after "of"
    in an office's name is no back-reference's ("the Navy" is not "Chief of Navy")."""
    cut = next((i for i, w in enumerate(words) if i and w in ("of", "for")), len(words))
    return words[:cut]


def _back_references(
    claims: list[list[Mention]], spans: Sequence[tuple[int, str]]
) -> list[list[Mention]]:
    """Each keyword alone ("the Convention") in a claim, as the one name of the document that
    holds it ("Convention Relating to the Status of Refugees"); where none or several do, it
    names nothing."""
    names = {m.name for mentions in claims for m in mentions}
    out = []
    for mentions, (offset, text) in zip(claims, spans, strict=True):
        added = []
        for match in _KEYWORD_ALONE.finditer(text):
            keyword = match["keyword"]
            start, end = offset + match.start("keyword"), offset + match.end("keyword")
            if keyword not in _BACK_KEYWORDS or any(
                m.char_start < end and start < m.char_end for m in mentions
            ):
                continue
            heads = [n for n in names if keyword in _before_of(n.split())]
            if len(heads) == 1:
                type_: EntityType = "event" if keyword in _EVENT_KEYWORDS else "organization"
                added.append(Mention(start, end, keyword, heads[0], type_, None))
        out.append(
            sorted([*mentions, *added], key=lambda m: (m.char_start, m.char_end))
            if added
            else mentions
        )
    return out


def find_mentions(text: str) -> list[Mention]:
    """Every entity the text names; offsets relative to ``text``. A name several countries
    share ("Labor") and an Olympic Games the claim cannot date come marked (``wikidata_id``
    :data:`SHARED` or :data:`SERIES`) for :func:`link_people` to resolve by the document."""
    norm = _blank_markup(decode_char_refs(text).translate(NORMALISE))
    low = norm.lower() if norm.isascii() else None
    fields: list[tuple[int, int]] = []
    fallback = _fallback_pass(norm, fields)
    gazetteer = _gazetteer_pass(norm, low)
    if fields:  # "Professor of Arab Studies": the field's adjective names no people
        gazetteer = [g for g in gazetteer if not (g.adjective and _inside(g, fields))]
    merged = _olympics(norm, _merge(gazetteer, fallback))
    if "ime" in norm:
        merged = [f for f in merged if not _time_zone(norm, f)]
    found = [_mention(text, f) for f in _policies(norm, _drop_titles(norm, merged, low, gazetteer))]
    return _list_types(
        [m for m in found if not _an_illness(norm, m) and not _currency_code(norm, m)], norm
    )


# the CLDR names' codes, with the codes the names file leaves to the quantity rules and the
# common unofficial ones ("NTD" for TWD, "RMB" for CNY)
_CURRENCY_CODES = frozenset(datafiles.load("currencies.yaml")["names"].values()) | {
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CNY",
    "CHF",
    "HKD",
    "TWD",
    "NTD",
    "RMB",
}
_NUMBER_WORD = rf"(?:\d[\d,.]*|{NUMBER_NAMES})"
_NUMBER_BEFORE = re.compile(
    rf"\b{_NUMBER_WORD}(?:\s+(?:million|billion|trillion))?\s*$", re.IGNORECASE
)
_NUMBER_AFTER = re.compile(rf"\s*(?:\$\s*)?{_NUMBER_WORD}\b", re.IGNORECASE)


def _currency_code(text: str, mention: Mention) -> bool:
    """ "less than 100 USD", "NTD one million": an ISO 4217 code beside an amount is the
    amount's unit (codebook, Quantities), no organisation; an unlinked one only, so that a
    body whose initials match a code keeps its name."""
    if mention.text not in _CURRENCY_CODES or lookup(mention.text) is not None:
        return False
    start, end = mention.char_start, mention.char_end
    return bool(
        _NUMBER_BEFORE.search(text, max(0, start - 40), start) or _NUMBER_AFTER.match(text, end)
    )


# What separates two items of one list: a comma (with "and"/"or"), or "and"/"or" alone.
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def _list_types(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Pfizer, Moderna and Johnson & Johnson": one-word names the fallback guessed to be
    surnames, listed with organisations and with no person, are organisations too (the items
    of one list are things of one kind); a listed person or a title in the list keeps them
    people ("Biden, Xi and NATO")."""
    if len(mentions) < 2 or ("," not in text and " and " not in text and " or " not in text):
        return mentions
    out = list(mentions)
    group: list[int] = [0]
    for i in range(1, len(mentions) + 1):
        if i < len(mentions) and _LIST_SEPARATOR.fullmatch(
            text, mentions[i - 1].char_end, mentions[i].char_start
        ):
            group.append(i)
            continue
        if len(group) > 1:
            items = [out[j] for j in group]
            # "Finance Minister Lau, the Bank of Ostra and ...": a surname after a title is a
            # person's, whatever the list holds
            guessed = [
                j
                for j in group
                if _guessed_surname(out[j])
                and not _TITLE_BEFORE.search(
                    text, max(0, out[j].char_start - 30), out[j].char_start
                )
            ]
            if (
                guessed
                and any(m.type == "organization" for m in items)
                and all(
                    m.type == "organization" or j in guessed
                    for j, m in zip(group, items, strict=True)
                )
            ):
                for j in guessed:
                    out[j] = replace(out[j], type="organization")
        group = [i]
    return out


def _guessed_surname(mention: Mention) -> bool:
    """A one-word person the fallback typed by guess: unlisted, written as named."""
    return (
        mention.type == "person"
        and " " not in mention.name
        and mention.name == mention.text
        and lookup(mention.name) is None
    )


# A clock time's zone: "9 a.m. Eastern Time", "Central European Summer Time", "Moscow time".
_TIME_ZONE_AFTER = re.compile(r"(?:\s+(?:Standard|Daylight|Summer|Mean))?\s+(?P<time>[Tt]ime)\b")
# a clock reading just before the zone, which a lower-case "time" needs ("10 a.m. Moscow time",
# not "Europe time and again")
_CLOCK_BEFORE = re.compile(r"(?:\d|\b[ap]\.?m\.?|\bnoon|\bmidnight|o'clock)\s*$", re.IGNORECASE)
_TIME_ZONE_END = re.compile(r"\s(?:Standard|Daylight|Summer|Mean)?\s*Time$")


def _time_zone(text: str, found: _Found) -> bool:
    """A place or region named only as a clock's time zone ("until 2 p.m. Central European
    Time", "10 a.m. Moscow time") names no place the claim is about: the zone is part of a
    time (codebook, Times), no entity; a fallback run that ends in "Time" is a zone's name."""
    if found.entity.type == "place":
        zone = _TIME_ZONE_AFTER.match(text, found.end)
        return zone is not None and (
            zone["time"] == "Time"
            or bool(_CLOCK_BEFORE.search(text, max(0, found.start - 12), found.start))
        )
    return found.entity.type == "person" and bool(
        _TIME_ZONE_END.search(text, found.start, found.end)
    )


def _an_illness(text: str, mention: Mention) -> bool:
    """An epidemic named by its disease where the text tells of a person's illness ("she
    passed away from Covid"): the disease, no entity (``illness_cues`` of the gazetteer)."""
    if mention.name not in _ILLNESS_EVENTS or "pandemic" in mention.text.casefold():
        return False
    start = mention.char_start
    return bool(_ILLNESS_CUE.search(text, max(0, start - 40), start))


def is_people_word(word: str) -> bool:
    """Whether ``word`` names a people or group ("Russians", "Kazakhs")."""
    return word.lower() in _INDEX.people_words


def _multiword_adjective(words: list[str]) -> bool:
    """Whether several words together are one country or region adjective of the gazetteer
    ("East Timorese", "South Korean"): each alone is none."""
    return any(a.kind == "adj" for a in _INDEX.aliases.get(_key(" ".join(words)), ()))


def is_adjective_word(word: str) -> bool:
    """Whether ``word`` is a country or region adjective of the gazetteer ("Kenyan")."""
    return any(a.kind == "adj" for a in _INDEX.aliases.get(word.lower(), ()))


def lookup(name: str) -> Entity | None:
    """The gazetteer entity with this canonical name, if any."""
    return _INDEX.by_name.get(name)


# (a sentence's opening "The" is no word of the name, and would cost a four-word name its
# last word: "The Scottish Trades Union Congress")
_FULL_NAME = re.compile(r"\b(?!The\s)[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.\s*)*[A-Z][\w'’-]+){1,3}\b")
# A paragraph break, or a line break next to a markup element ("...Townsville</title>" then
# "<author>Smith..."): a name is written within one paragraph or field (a hard-wrapped line
# inside a paragraph may still split one).
_BLOCK_BREAK = re.compile(r"\n[ \t]*(?:\r?\n|<)|>[ \t]*\r?\n")


def _document_names(document: str) -> tuple[set[str], dict[str, str], set[str]]:
    """Full names of people written anywhere in the document, found cheaply: two or three
    capitalised words that look like a person's name (no title, keyword or common word);
    a listed person's alias gives the listed name. The names of institutions that
    an initialism spells ("Federal Open Market Committee" for "FOMC"). And the initials of
    the positions the document names ("Chief Medical Officer": "CMO"), whose initialisms
    are roles, not organisations (codebook, Entities: descriptions without a name)."""
    people: set[str] = set()
    spelled: dict[str, str] = {}
    roles: set[str] = set()
    # (the whole document is not normalised: str.translate over it costs more than the rest;
    # the pattern reads any space, and a match is normalised on its own)
    text = _blank_markup(document)
    for match in _FULL_NAME.finditer(text):
        if _LEADER_GOVERNMENT.match(text, match.end()):
            continue  # "the Fisher Labor government"
        if _BLOCK_BREAK.search(document, match.start(), match.end()):
            continue  # a title's last word and the next field's first: two names, no person
        written = match[0].translate(NORMALISE)
        all_tokens = _tokens(written)
        while all_tokens and all_tokens[0].text in _COMMON:  # "The", "Yesterday"
            all_tokens = all_tokens[1:]
        if len(all_tokens) >= 3 and all_tokens[-1].text in _NAME_KEYWORDS:
            initials = "".join(t.text[0] for t in all_tokens)
            name = " ".join(t.text for t in all_tokens)
            spelled[initials] = name if spelled.get(initials, name) == name else ""
        elif (
            len(all_tokens) >= 2
            and all_tokens[-1].text in _ROLE_HEADS
            and all_tokens[0].text not in _NAME_TITLES
        ):
            roles.add("".join(t.text[0] for t in all_tokens))  # "Chief Scientific Adviser"
        tokens = _first_full_name(_before_possessive(written, all_tokens))
        if not tokens:
            continue
        name = " ".join(t.text for t in tokens)
        listed = [a.entity for a in _INDEX.aliases.get(_key(name), ()) if a.entity]
        if listed:
            if listed[0].type == "person":
                people.add(listed[0].name)
        elif not any(_key(t.text) in _INDEX.aliases for t in tokens):
            people.add(name)
    return people, {k: v for k, v in spelled.items() if v}, roles


_NAME_KEYWORDS = _ORG_KEYWORDS | _PLACE_KEYWORDS | _EVENT_KEYWORDS | _DESCRIPTION_KEYWORDS
# The last word of a position's name ("Chief Medical Officer", "Chief Scientific Adviser"):
# a title that is a noun for the holder, not one that only precedes a name ("Mr", "Prime").
_ROLE_HEADS = frozenset(_REC["role_heads"])
_KEYWORDS = _NAME_KEYWORDS | _TITLES


def _before_possessive(written: str, tokens: list[_Token]) -> list[_Token]:
    """The tokens up to the first possessive ("Hendry's Bombed" holds "Hendry"): no word of
    a person's name but the last carries a possessive, so the words after it are no part of
    the possessor's name (a headline or a landform named after a settler)."""
    for i in range(len(tokens) - 1):
        if written[tokens[i].end : tokens[i + 1].start].strip():
            return tokens[: i + 1]
    return tokens


def _first_full_name(tokens: list[_Token]) -> list[_Token]:
    """The first, longest stretch of ``tokens`` that is a full name ("State Condoleezza
    Rice" holds "Condoleezza Rice")."""
    if any(t.text in _NAME_KEYWORDS for t in tokens):
        return []  # part of an institution's or event's name: "Sochi Winter Olympics"
    for i in range(len(tokens) - 1):
        if i and _key(f"{tokens[i - 1].text} {tokens[i].text}") in _INDEX.aliases:
            continue  # "Hong Kong Pride": no name starts inside a listed name ("Kong Pride")
        for j in range(len(tokens), i + 1, -1):
            if _looks_like_full_name(tokens[i:j]):
                return tokens[i:j]
    return []


def _looks_like_full_name(tokens: list[_Token]) -> bool:
    """Stricter than a person in a claim: no keyword or title, and a first word that is a
    listed given name or no English word ("Watching Al Jazeera" is no name)."""
    if any(t.text in _KEYWORDS for t in tokens) or not _looks_like_person(tokens):
        return False
    if tokens[0].text in _NOT_ENTITIES:
        return False  # "Facebook Messenger": a product's name, whose last word is no surname
    if any(_key(part) in _INDEX.aliases for t in tokens for part in t.text.split("-")[:-1]):
        return False  # "Soviet-made Tochka-U"
    first = tokens[0].text
    if len(tokens) == 2 and _family_first([t.text for t in tokens]):
        return True  # "Moon Jae-in": the family name first, an English word or not
    return first in _GIVEN or not is_english(first.lower())


def link_people(
    claims: Sequence[Sequence[Mention]],
    known: Iterable[str] = (),
    spans: Sequence[tuple[int, str]] | None = None,
    document: str | None = None,
    home: str | None = None,
) -> list[list[Mention]]:
    """Give a one-word person mention ("Prof. Jones" -> "Jones") the full name of the one person
    of the document it can only mean: the ``known`` names (e.g. the interviewee and interviewer
    from the source metadata), every multi-word person mention and, given the ``document``,
    every full name written in it (docs/codebook.md: "A person named by surname only is given
    the full name when the document names them in full"). Given the claims' ``spans`` (their
    document offsets and texts), a capitalised word that is the surname or given name of just
    one such person ("Rice said" after "Condoleezza Rice") becomes a mention of them (a given
    name not where it addresses someone: "Pete, thanks"). ``home`` is the speaker's own
    country (``home_country``), which decides a shared name ("Parliament") it has."""
    claims = _resolve_series(_resolve_shared(claims, home))
    if spans is not None:
        claims = _back_references(claims, spans)
    full = {n for n in known if " " in n.strip() and not _role_description(n)}
    speakers = frozenset(full)
    full |= {
        m.name for mentions in claims for m in mentions if m.type == "person" and " " in m.name
    }
    spelled: dict[str, str] = {}
    roles: set[str] = set()
    if document is not None:
        people, spelled, roles = _document_names(document)
        full |= people
    by_part: dict[str, set[str]] = {}
    for name in full:
        for part in name.split():
            by_part.setdefault(part, set()).add(name)
    parts = _name_parts(by_part) if spans is not None else {}
    pattern = _parts_pattern(parts)
    # an initialism is the thing it spells: "the DPA" after "the Defense Production Act" is
    # the act, an event, as the full name is (codebook, Entities: one entity, one type)
    spelled_types = (
        {m.name: m.type for mentions in claims for m in mentions if m.name in spelled.values()}
        if spelled
        else {}
    )
    out = []
    for index, mentions in enumerate(claims):
        linked = []
        for m in mentions:
            if (
                roles
                and m.name.removesuffix("s") in roles
                and m.name.removesuffix("s").isupper()
                and lookup(m.name) is None
            ):
                continue  # "the CMO", "the CSAs": a position the document names, no body
            if m.type == "person" and m.name.endswith("s") and m.name[:-1] in full:
                m = replace(m, name=m.name[:-1])  # "Aaron David Millers" without apostrophe
            if m.name in spelled and m.name.isupper() and lookup(m.name) is None:
                name = spelled[m.name]  # "FOMC": the name the document spells
                m = replace(m, name=name, type=spelled_types.get(name) or _spelled_type(name, m))
            elif spelled and m.type == "organization" and (branch := _spelled_branch(m, spelled)):
                m = replace(m, name=branch)  # "the Wales TUC": the Wales Trades Union Congress
            candidates = by_part.get(m.name, set()) if m.type == "person" else set()
            if (
                not candidates
                and m.type == "person"
                and " " not in m.name
                and (
                    _distinctive_surname(m.name)
                    or (spans is not None and _title_licenses(spans[index], m.char_start, m.name))
                )
            ):
                # no full name in the document: the one listed person of that surname
                candidates = _INDEX.people_by_surname.get(m.name, set())
                if len(candidates) > 1 and spans is not None:
                    # several listed people of that surname: the one who held the title
                    # before it ("Chair Powell" is the Fed chair, not the secretary of state)
                    title = _title_before(spans[index], m.char_start)
                    candidates = _INDEX.people_by_title.get((title, m.name), candidates)
            if len(candidates) == 1:
                m = replace(m, name=next(iter(candidates)))
            if spans is not None and m.name in speakers and _addressed(spans[index], m):
                continue  # "This budget is fair, Michael": the interviewer addressed
            linked.append(m)
        if spans is not None:
            linked = _add_named_parts(linked, spans[index], parts, pattern, speakers)
        out.append(linked)
    if spans is not None and document is not None:
        out = _agree_types(out, spans, document)
    return out


def _role_description(name: str) -> bool:
    """A speaker the metadata names by role, not name ("Senior Administration Official"): its
    last word is a noun for people, so its words ("Senior") are no one's name parts
    (codebook, Entities: descriptions without a name are no entities)."""
    words = name.split("(")[0].split()
    if not words or words[0] in _GIVEN:
        return False  # "Pete Farmer": a given name opens a person's name
    word = words[-1].lower()
    return word in _PEOPLE_NOUNS or f"{word}s" in _PEOPLE_NOUNS


def _spelled_branch(mention: Mention, spelled: dict[str, str]) -> str | None:
    """The name the document spells for a place and an initialism ("the Wales TUC" where the
    document writes "the Wales Trades Union Congress"): the place's initials lead the
    initialism's, as they lead the full name's."""
    words = mention.name.split()
    if len(words) < 2 or not _place_initialism(words) or not _initialism(words[-1]):
        return None
    return spelled.get("".join(w[0] for w in words[:-1]) + words[-1])


def _spelled_type(name: str, mention: Mention) -> EntityType:
    """The type a spelled-out name's keyword gives it ("Defense Production Act": an event),
    where no claim names it in full; else the initialism's own."""
    kind = _keyword_kind(_head(name.split()))
    return cast(EntityType, kind) if kind else mention.type  # kind: event, organization or place


def _guessed_people(
    claims: Sequence[Sequence[Mention]], spans: Sequence[tuple[int, str]]
) -> set[str]:
    """The one-word names typed a person only by the fallback's guess: unlisted, linked to no
    full name and after no title ("Surigao" in "went to Surigao last week")."""
    return {
        m.name
        for mentions, span in zip(claims, spans, strict=True)
        for m in mentions
        if _guessed_surname(m) and not _titled(span, m.char_start)
    }


def _agree_types(
    claims: list[list[Mention]], spans: Sequence[tuple[int, str]], document: str
) -> list[list[Mention]]:
    """One unlisted word names one thing in a document. A word the fallback guessed to be a
    person's surname is the place it is elsewhere in the document ("in Surigao" makes
    "Surigao is rich in nickel" a place); and a word the document also writes in lower case
    ("pero", "sabi") is a word of a language the dictionary lacks, no name."""
    guessed = _guessed_people(claims, spans)
    if not guessed:
        return claims
    places = {m.name for mentions in claims for m in mentions if m.type == "place"}
    # "Scarborough" after "Scarborough Shoal": the one place whose name it begins
    by_first: dict[str, set[str]] = {}
    for name in places:
        if " " in name:
            by_first.setdefault(name.split()[0], set()).add(name)
    shortened = {n: next(iter(by_first[n])) for n in guessed if len(by_first.get(n, ())) == 1}
    lower = {n.lower(): n for n in guessed if n not in places and not n.isupper()}
    common: set[str] = set()
    if lower:
        pattern = rf"(?<![\w'./@-])(?:{'|'.join(map(re.escape, sorted(lower)))})(?![\w'@-]|\.\w)"
        common = {lower[w] for w in re.findall(pattern, document)}
    if not common and not shortened and not guessed & places:
        return claims
    out = []
    for mentions, span in zip(claims, spans, strict=True):
        kept = []
        for m in mentions:
            if m.type == "person" and m.name in guessed and not _titled(span, m.char_start):
                if m.name in common:
                    continue
                if m.name in places:
                    m = replace(m, type="place")
                elif m.name in shortened:
                    m = replace(m, name=shortened[m.name], type="place")
            kept.append(m)
        out.append(kept)
    return out


_COMMON_SURNAMES = frozenset(_REC["common_surnames"])
# titles are single words (gazetteer.yaml): a match holds one chunk of _search_before
_TITLE_BEFORE = re.compile(rf"\b(?:{'|'.join(re.escape(t) for t in longest_first(_TITLES))})\s+$")


def _distinctive_surname(word: str) -> bool:
    """A surname that, written alone, can only mean the listed person: neither one of the most
    common surnames of the English-speaking countries ("Smith") nor an English word ("Ford",
    "Bishop")."""
    return word not in _COMMON_SURNAMES and not is_english(word.lower())


def _titled(span: tuple[int, str], start: int) -> bool:
    """Whether a title directly precedes the mention ("President Ford", "Ms Bishop")."""
    return _title_before(span, start) != ""


def _title_licenses(span: tuple[int, str], start: int, surname: str) -> bool:
    """Whether the title before a surname that is not distinctive lets it name the one listed
    person of that surname. Any title shows an English word to be a surname ("Ms Bishop",
    "President Ford"); but one of the most common surnames is many people's, and an honorific
    ("Mr Smith") does not say which: only an office ("Minister Smith") ties it to the listed
    holder (codebook, Entities: a surname gets the full name the document gives, and a value
    is left out rather than guessed)."""
    title = _title_before(span, start)
    if not title:
        return False
    return surname not in _COMMON_SURNAMES or title not in _PERSONAL_TITLES


def _title_before(span: tuple[int, str], start: int) -> str:
    """The title directly before the mention ("Chair" in "Chair Powell"), or ""."""
    offset, text = span
    found = _search_before(_TITLE_BEFORE, text, max(0, start - offset), _SPACE_CHUNKS, 1)
    return found[0].strip() if found is not None else ""


@cache
def _country_forms() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every country's name, aliases and adjectives (case-sensitive, as a publisher writes
    them), and the country each names."""
    forms: dict[str, str] = {}
    for row in _gazetteer()["countries"]:
        for form in [row["name"], *(row.get("aliases") or []), *(row.get("adj") or [])]:
            forms[form.removeprefix("the ")] = row["name"]
    words = longest_first(forms)
    return re.compile(rf"(?<![\w.])(?:{'|'.join(map(re.escape, words))})(?![\w])"), forms


def home_country(publisher: str | None) -> str | None:
    """The speaker's own country as the source's metadata gives it: the one country its
    publisher line names ("Prime Minister of Australia", "UK Covid-19 Inquiry", "CBC News
    ... the Prime Minister of Canada"); None where it names none or several. A bare shared
    name ("Parliament", "Treasury", "Congress") is the speaker's country's institution, not
    that of the country the talk is about (codebook, Entities: the canonical name)."""
    if not publisher:
        return None
    pattern, forms = _country_forms()
    named = {forms[m[0]] for m in pattern.finditer(publisher)}
    return named.pop() if len(named) == 1 else None


@cache
def _country_names() -> frozenset[str]:
    return frozenset(row["name"] for row in _gazetteer()["countries"])


def _resolve_shared(
    claims: Sequence[Sequence[Mention]], home: str | None = None
) -> list[list[Mention]]:
    """Each shared name ("Labor", "the Senate") as the institution of the document's country:
    the speaker's own country (``home``) where the name is listed for it and the claims name
    that country (an Australian prime minister's "Parliament" in Washington is still
    Australia's), or where the claims name no country at all (an Australian prime
    minister's "the Senate" in a talk about home affairs; a talk that names only other
    countries is about them); else, of the
    countries listed
    for the name, the one the claims name most, provided they name it at least half as often
    as the country they name most (a document about Australia that names China as often still
    has Australia's Labor); else the name's default, or nothing."""
    if not any(m.wikidata_id == SHARED for mentions in claims for m in mentions):
        return [list(mentions) for mentions in claims]
    countries = _country_names()
    counts = Counter(m.name for mentions in claims for m in mentions if m.name in countries)
    top = max(counts.values(), default=0)
    out = []
    for mentions in claims:
        kept = []
        for m in mentions:
            if m.wikidata_id == SHARED:
                shared = _shared()[m.name]
                name = (
                    shared.countries[home]
                    if home in shared.countries and (counts[home] or not counts)
                    else _shared_name(shared, counts, top)
                )
                if name is None:
                    continue
                m = replace(m, name=name, wikidata_id=None)
            kept.append(m)
        out.append(kept)
    return out


def _shared_name(shared: _Shared, counts: Counter[str], top: int) -> str | None:
    best = max(
        (c for c in shared.countries if counts[c] and 2 * counts[c] >= top),
        key=lambda c: counts[c],
        default=None,
    )
    return shared.countries[best] if best is not None else shared.default


def _name_parts(by_part: dict[str, set[str]]) -> dict[str, tuple[str, bool]]:
    """The surnames and given names that name just one full name of the document: the name,
    and whether the word is its given name."""
    parts: dict[str, tuple[str, bool]] = {}
    for part, names in by_part.items():
        if part in _COMMON or len(names) != 1:
            continue
        [name] = names
        words = name.split()
        if part in (words[0], words[-1]):
            parts[part] = (name, part != words[-1])
    return parts


def _parts_pattern(parts: dict[str, tuple[str, bool]]) -> re.Pattern[str] | None:
    """The name parts as one pattern (searched in every claim: one pass in C rather than a
    look at each capitalised word)."""
    if not parts:
        return None
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(parts)))})\b")


def _vocative(text: str, start: int, end: int) -> bool:
    """ "Pete, ..." or "..., Pete": a given name that addresses someone, not a mention."""
    return text[end:].lstrip()[:1] == "," or text[:start].rstrip()[-1:] == ","


_CLAIM_END = re.compile(r"[\s.!?,;:'\"’”)-]*$")


def _addressed(span: tuple[int, str], mention: Mention) -> bool:
    """A speaker of the document named by given name alone where it addresses them: next to a
    comma ("Look, Michael, ...") or closing the claim ("we live in an uncertain world
    Michael"). An interview's speakers are addressed, not mentioned, so (codebook, Entities:
    the people a claim names, not those it is said to)."""
    start, text = span
    s, e = mention.char_start - start, mention.char_end - start
    if " " in mention.text or mention.name.split()[0] != mention.text:
        return False
    return _vocative(text, s, e) or _CLAIM_END.fullmatch(text, e) is not None


def _add_named_parts(
    mentions: list[Mention],
    span: tuple[int, str],
    parts: dict[str, tuple[str, bool]],
    pattern: re.Pattern[str] | None,
    speakers: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Mentions of the document's people by surname or given name in a claim that none of
    its mentions covers ("Rice said", "Pete is a good man"), but no ``speakers`` addressed."""
    start, text = span
    if pattern is None:
        return mentions
    added = []
    for match in pattern.finditer(text):
        s, e = start + match.start(), start + match.end()
        name, given = parts[match[0]]
        if any(m.char_start < e and s < m.char_end for m in mentions) or (
            given and _vocative(text, match.start(), match.end())
        ):
            continue
        mention = Mention(s, e, match[0], name, "person", None)
        if name in speakers and _addressed(span, mention):
            continue
        added.append(mention)
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.char_start, m.char_end))
