"""Speaker labels: "Q:"/"A:", "Jane Smith:" then "Smith:", names on a line of their own,
numbered questions ("3. ...?"), and who the yaml says each name is.

A label is only trusted when it is a role word (Q, A, Host, Guest...), a name the yaml
lists (full name, surname, first name, "Dr. Surname", initials), or a name-like label that
recurs in the document (or shares a surname with another label). A one-off "Note:" or
"Background:" is not a speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from pipeline.extract import datafiles
from pipeline.extract.model import SpeakerRole


def lexicon() -> dict[str, Any]:
    """The segmentation lexicon, read once."""
    return datafiles.load("segmentation.yaml")


def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in lexicon()[key])


STOPWORDS = _words("label_stopwords")
INTERVIEWER_WORDS = _words("interviewer_role_words")
INTERVIEWEE_WORDS = _words("interviewee_role_words")
ROLE_WORDS = INTERVIEWER_WORDS | INTERVIEWEE_WORDS
TITLES = frozenset(t.rstrip(".") for t in _words("titles"))
# Labels for members of the public who put questions at a town hall, a phone-in or a
# forum ("AUDIENCE MEMBER:", "CALLER:", "PARTICIPANT 2:"): they ask, so they are
# interviewers (the codebook's role for the premises of a question), but no one person, so
# never the yaml's interviewer.
AUDIENCE_WORDS = _words("audience_role_words")
_NUMBERED_RE = re.compile(r"\s+\d{1,2}$")
_CODE_RE = re.compile(r"\d{1,2}[A-Z]?$")
"""A number or a numbered part that ends a label ("OFFICIAL 2", a hearing's counsel for a
module, "Lead 2B"): it tells apart speakers of one kind, and is no sentence."""

_S = "[ \t\u00a0\u2002-\u200a\u202f]"
"""A space inside a line, the no-break and fixed-width ones included (transcripts exported
from web pages set labels apart with them)."""
_TAG = r"</?(?:strong|b|em|i|u|span|font)\b[^<>\n]{0,80}>"
"""An HTML inline formatting tag, which may wrap a label ("<strong>SMITH:</strong>")."""
_EMPH = rf"(?:\*\*|__|\*|_|{_TAG})*"
# "Q:", "Q.", "Q1:", "Question:", "A)", "**Answer:**", a bare "Q" set apart by a wide gap,
# or by one space before a capital (never "A", which is also the article) ...
QA_RE = re.compile(
    rf"{_EMPH}{_S}*(?P<label>(?:Q|A|QUESTION|ANSWER|Question|Answer)(?:{_S}*\d{{1,3}})?){_EMPH}"
    rf"(?:{_S}*(?:[:.)]|[–—-](?={_S}))|(?={_S}{{2}}|[\t\u00a0])|(?<=Q) (?=[A-Z\"“‘]))"
    rf"{_S}*{_EMPH}{_S}*(?=\S)"
)
# A scanned transcript's "Q." with its mark misread ("Q0", "Qo", "Q*", "Q,") or its
# "QUESTION" in capitals with the colon lost, before a capitalised word ("Qo Mr. Holt has
# said ...", "QUESTION Have you ...", both marks misread: "Q0; Would ..."): a question
# label all the same. A digit after the "Q" stays out ("Q4 Revenue ..." names a quarter),
# and so does "Question" in mixed case ("Question Time").
OCR_QA_RE = re.compile(
    rf"(?P<label>Q(?=[0oO*,;])|QUESTION){_S}?[0oO*,;]{{0,2}}{_S}+"
    rf"(?=[\"“‘]?(?:[A-Z][a-z'’]|I{_S}))"
)
# A scanned transcript's "Q:" with its letter misread as a zero ("0: Prime Minister, ..."):
# a list is never numbered from nought, so a nought before a colon and a capitalised word
# is the question label (codebook, "Who said it": the question is the interviewer's).
OCR_ZERO_QA_RE = re.compile(rf"0{_S}?[:;]{_S}+(?=[\"“‘]?[A-Z])")
# A scanned transcript's "Question" label that lost its colon: alone on its line, or with
# its letters spaced apart by the scan before the turn ("Q u e s t i o n Will ..."), which
# no sentence does (a plain "Question Time resumes ..." is no label).
BARE_QUESTION_RE = re.compile(
    rf"(?P<label>Q{_S}?u{_S}?e{_S}?s{_S}?t{_S}?i{_S}?o{_S}?n)"
    rf"(?:(?:{_S}?[.,;:])?{_S}+(?=[\"“‘]?[A-Z])|(?:{_S}|[.,;:*'`·])*$)"
)
"""(Alone on its line, the label may keep specks a scan left after it: "Question; , *".)"""
# "Jane Smith: ...", "DR. JONES: ...", "HOST (Jane Smith): ...", "**Smith:** ..."
INLINE_RE = re.compile(
    rf"{_EMPH}{_S}*(?P<label>[^\W\d_][^:\n]{{0,60}}?){_S}*{_EMPH}{_S}*[:：]{_S}*{_EMPH}{_S}*"
)
_S_RE = re.compile(_S)
LEAD_RE = re.compile(r"(?:#{1,6}|>)[ \t]+")
"""Markdown that may open a label's line: a heading ("### Host:") or a block quote."""
OFFICE_INITIALS = frozenset(_words("office_initials"))
INITIALS_RE = re.compile(
    rf"(?P<label>(?:[A-Z]\.{_S}?){{2,3}}){_S}+(?=(?:[\"“‘']{_S}?)?(?:[^\W\d_]\S*[a-z]|I{_S}))"
)
"""An office by its initials with the dots and no colon, before the turn ("P. M. Well, ...");
the turn's first word may be misread ("P. M. look, ...", "P. M. W4ell, ..."), but is in mixed
case (a heading goes on in capitals: "AT 3 P. M. ON 3RD JUNE")."""
BARE_INITIALS_RE = re.compile(
    rf"(?P<label>[A-Z]{{2,3}})\.?{_S}+(?=[\"“‘]?(?P<next>[A-Z][a-z'’]+|I{_S}))"
)
"""A scanned press conference's office initials with no colon before the turn ("PM Well,
...", "PM. No."), as a typist of the 1960s set each answer of the Prime Minister: a label
when the initials are an office's (checked by the caller) and the word after them is no
name the yaml lists ("PM Gorton said ..." is a sentence about him)."""
NUMBER_RE = re.compile(r"(?P<label>\d{1,2})[ \t]*[.:)][ \t]+(?=\S)")
OCR_INITIALS_RE = re.compile(
    rf"(?P<label>[A-Z][A-Za-z]{{1,2}}){_S}?(?:;|\.[,;]|,;){_S}+(?=[\"“‘]?[A-Z])"
)
"""A speaker's initials before the turn with the colon misread by a scan as a semicolon or
a dot and comma ("PM; Well, ...", "PL., Have you ..."): a label when the initials are an
office's or those of a person the yaml lists (checked by the caller), which no sentence opens
with."""
_PAREN_RE = re.compile(r"\s*[(\[]([^)\]]*)[)\]]\s*")
_PLURAL_MARK_RE = re.compile(r"[^\W\d_]\((?:e?s)\)", re.IGNORECASE)
"""An optional plural glued to a word ("Subject(s):", "Speaker(s):"): a form's field heading
in a press office's template, never one speaker's label (codebook, Not claims: metadata)."""
_NAME_TOKEN_RE = re.compile(r"[^\W\d_][\w'’.\-]*$")
PARTICLES = _words("name_particles")


def normalise(label: str) -> str:
    """A label reduced for comparison: no emphasis, dots or colon, single spaces, lowercase."""
    label = label.replace("*", "").replace("_", " ").replace(".", " ").rstrip(":：")
    return " ".join(label.split()).lower().replace("’", "'")


def _key(label: str) -> str:
    """A label reduced for comparison without its notes in parentheses ("PM (cont)")."""
    return normalise(_PAREN_RE.sub(" ", label))


def is_name_like(label: str) -> bool:
    """One to five capitalised words (titles and particles allowed), e.g. "Dr. Jane Smith"."""
    if _PLURAL_MARK_RE.search(label):
        return False
    label = _PAREN_RE.sub(" ", label).strip()
    tokens = _without_article(label.replace("*", "").split())
    if not 1 <= len(tokens) <= 5:
        return False
    if any(t.lower().rstrip(".:") in STOPWORDS for t in tokens[:1]):
        return False
    if len(tokens) > 1 and _CODE_RE.match(tokens[-1]):
        tokens = tokens[:-1]  # a numbered speaker ("OFFICIAL 2", "Speaker 1", "Lead 2B")
    caps = 0
    for tok in tokens:
        if tok.lower() in PARTICLES:
            continue
        if not _NAME_TOKEN_RE.match(tok) or not tok[0].isupper():
            return False
        caps += 1
    return caps >= 1


def _is_office(token: str) -> bool:
    """A title word, also as the head of a hyphenated office ("Secretary-General")."""
    word = token.lower().rstrip(".:")
    return word in TITLES or word.split("-", 1)[0] in TITLES


def _without_article(tokens: list[str]) -> list[str]:
    """Tokens without a leading "The" before an office ("THE PRESIDENT", "THE VICE
    PRESIDENT", "The Prime Minister", "THE FIRST LADY") or a role ("THE WITNESS", "The
    Chair"): a speaker named by office or role is a speaker like one named by name. The
    office's title word may follow a modifier ("vice", "prime", "deputy"); the other words
    must still be capitalised to make a name."""
    if len(tokens) > 1 and tokens[0].lower() == "the":
        rest = " ".join(tokens[1:]).lower().rstrip(".:")
        if any(_is_office(t) for t in tokens[1:]) or rest in ROLE_WORDS:
            return tokens[1:]
    return tokens


@dataclass(frozen=True, slots=True)
class Person:
    """Someone who speaks: the name to record (may be None) and the role, if known."""

    name: str | None
    role: SpeakerRole | None


LINKING_WORDS = frozenset({"of", "the", "and", "for", "at", "on", "to", "in", "&"})


def _is_heading_case(label: str) -> bool:
    """Whether a label reads like an office or outlet and a name ("President of China Media
    Group Shen Haixiong"): every word capitalised or a linking word, no sentence inside."""
    words = _PAREN_RE.sub(" ", label).replace("*", "").split()
    return all(
        (w[:1].isupper() or w.lower() in LINKING_WORDS or w.lower() in PARTICLES)
        and not w.endswith(("?", "!"))
        for w in words
    )


class Cast:
    """The people the yaml names, reachable by every label variant that can mean them."""

    def __init__(self, interviewees: Sequence[str], interviewers: Sequence[str]) -> None:
        self.interviewees = tuple(interviewees)
        self.interviewers = tuple(interviewers)
        variants: dict[str, set[tuple[str, SpeakerRole]]] = {}
        for names, role in ((interviewees, "interviewee"), (interviewers, "interviewer")):
            for name in names:
                for variant in name_variants(name):
                    variants.setdefault(variant, set()).add((name, role))  # type: ignore[arg-type]
        # A variant shared by two people (a common surname) identifies neither.
        self._variants = {v: next(iter(p)) for v, p in variants.items() if len(p) == 1}
        self.full_names = {normalise(n): n for n in (*interviewees, *interviewers)}
        # Full names of two words or more, for labels that put an office or an outlet before
        # the name ("President of Russia Jane Smith:", "Jane Smith, ABC News:").
        self._full: dict[str, tuple[str, SpeakerRole]] = {}
        for names, role in ((interviewees, "interviewee"), (interviewers, "interviewer")):
            for name in names:
                full = " ".join(t for t in normalise(name).split() if t not in TITLES)
                if len(full.split()) > 1 and full in self._variants:
                    self._full[full] = (name, role)  # type: ignore[assignment]

    def lookup(self, label: str) -> Person | None:
        """The person a label names, if the yaml lists them."""
        key = _key(label)
        hit = self._variants.get(key)
        if hit is None:
            inner = _PAREN_RE.search(label)
            if inner:
                hit = self._variants.get(normalise(inner.group(1)))
        if hit is None and _is_heading_case(label):
            hit = (
                self._by_full_name_inside(key)
                or self._without_middle_names(key)
                or self._by_office_and_surname(key)
            )
        return Person(hit[0], hit[1]) if hit else None

    def _by_full_name_inside(self, key: str) -> tuple[str, SpeakerRole] | None:
        """The one person whose full name ends or opens a longer label, if any."""
        if len(key.split()) <= 2:
            return None
        hits = {
            who
            for full, who in self._full.items()
            if key.endswith(f" {full}") or key.startswith(f"{full} ")
        }
        return next(iter(hits)) if len(hits) == 1 else None

    def _without_middle_names(self, key: str) -> tuple[str, SpeakerRole] | None:
        """The person whose first and last names open and close a label with one or two
        middle names between ("PRESIDENT RODRIGO ROA DUTERTE:" for "Rodrigo Duterte")."""
        tokens = [t for t in key.split() if t not in TITLES]
        if not 3 <= len(tokens) <= 4:
            return None
        return self._full.get(f"{tokens[0]} {tokens[-1]}")

    def _by_office_and_surname(self, key: str) -> tuple[str, SpeakerRole] | None:
        """The one person whose surname closes a label of an office and a surname ("PRIME
        MINISTER HOWARD:", "PRESS SEC. KAWAMURA:" for "John Howard", "Yasuhisa Kawamura"),
        the surname being the name's first word where no one's last word matches (East Asian
        names put the family name first)."""
        tokens = key.split()
        if not 2 <= len(tokens) <= 5:
            return None
        hits = {who for full, who in self._full.items() if full.split()[-1] == tokens[-1]}
        if not hits:  # a family name written first ("PRIME MINISTER LEE" for "Lee Hsien Loong")
            hits = {who for full, who in self._full.items() if full.split()[0] == tokens[-1]}
        return next(iter(hits)) if len(hits) == 1 else None

    def only(self, role: SpeakerRole) -> str | None:
        """The single person with this role, if there is exactly one."""
        names = self.interviewees if role == "interviewee" else self.interviewers
        return names[0] if len(names) == 1 else None


@cache
def cast_of(interviewees: tuple[str, ...], interviewers: tuple[str, ...]) -> Cast:
    """The cast for a pair of name lists (built once: documents of a series share it)."""
    return Cast(interviewees, interviewers)


def name_variants(name: str) -> set[str]:
    """Ways a speaker label may refer to a person: full name, surname, first name, title +
    surname or full name, initials."""
    tokens = [t for t in normalise(name).split() if t not in TITLES]
    if not tokens:
        return set()
    full = " ".join(tokens)
    variants = {full, normalise(name)}
    if len(tokens) > 1:
        surname = tokens[-1]
        variants |= {surname, tokens[0], "".join(t[0] for t in tokens)}
        variants |= {f"{title} {surname}" for title in TITLES}
    variants |= {f"{title} {full}" for title in TITLES}
    return variants


@dataclass(frozen=True, slots=True)
class Label:
    """A speaker label found at the start of a paragraph.

    ``body_start`` is the document offset where the turn's own words start; ``own_line``
    means the paragraph holds nothing but the label.
    """

    kind: str  # "qa", "name", "number"
    text: str
    body_start: int
    own_line: bool
    colon: bool = True  # a colon ends it (a name alone on its line may have none)
    said: bool = False  # the words after it end as a sentence does (a turn, not a teaser)
    heading: bool = False  # set as a Markdown heading ("### Jane Smith")


TIMESTAMP_RE = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?[\])]?[ \t]+(?=\S)")
CLOCK_LINE_RE = re.compile(
    rf"[\[(]?\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?{_S}*(?:[AaPp]\.?[Mm]\.?)?(?:{_S}+[A-Z]{{2,5}})?"
    rf"[\])]?{_S}*$"
)
"""A line that only gives the time ("11:09 A.M. EST"): its "A." is no answer label."""


def find_label(text: str, start: int, end: int, cast: Cast | None = None) -> Label | None:
    """A candidate label at the start of ``text[start:end]`` (validated later); a leading
    timestamp ("[00:01:15] HOST: ...") or Markdown heading mark ("### Host:") is skipped.
    A label longer than a name is a candidate when it holds a full name the cast lists."""
    lead = LEAD_RE.match(text, start, end)
    heading = lead is not None and text[start] == "#"
    if lead:
        start = lead.end()
    if CLOCK_LINE_RE.match(text, start, end):
        return None
    stamp = TIMESTAMP_RE.match(text, start, end)
    if stamp:
        start = stamp.end()
    match = QA_RE.match(text, start, end)
    if match:
        return Label("qa", match.group("label"), match.end(), False)
    match = OCR_QA_RE.match(text, start, end)
    if match:
        return Label("qa", match.group("label"), match.end(), False)
    match = BARE_QUESTION_RE.match(text, start, end)
    if match and (match.end() >= end or _S_RE.search(match.group("label"))):
        own = match.end() >= end
        return Label("qa", "Question", end if own else match.end(), own, colon=False)
    match = OCR_ZERO_QA_RE.match(text, start, end)
    if match:
        return Label("qa", "Q", match.end(), False)
    match = NUMBER_RE.match(text, start, end)
    if match:
        return Label("number", match.group("label"), match.end(), False)
    match = OCR_INITIALS_RE.match(text, start, end)
    if match and (
        office_initials(match.group("label"))
        or (cast is not None and cast.lookup(match.group("label")) is not None)
    ):
        label = _office_initials(match.group("label"))
        return Label("name", label, match.end(), False, said=True)
    match = INITIALS_RE.match(text, start, end)
    if match and office_initials(match.group("label")):
        label = match.group("label").strip()
        return Label("name", label, match.end(), False, colon=False, said=True)
    match = BARE_INITIALS_RE.match(text, start, end)
    if (
        match
        and office_initials(match.group("label"))
        and (cast is None or cast.lookup(match.group("next")) is None)
    ):
        return Label("name", match.group("label"), match.end(), False, colon=False, said=True)
    match = INLINE_RE.match(text, start, end)
    if match and _PLURAL_MARK_RE.search(match.group("label")):
        return None
    named = _name_before_office(match.group("label"), cast) if match else None
    if match and (
        named is not None
        or is_name_like(match.group("label"))
        or (cast is not None and cast.lookup(match.group("label")) is not None)
    ):
        own = match.end() >= end
        said = text[end - 1] in _SAID_ENDS
        return Label(
            "name",
            named or _office_initials(match.group("label")),
            end if own else match.end(),
            own,
            said=said,
            heading=heading,
        )
    stripped = text[start:end].strip().strip("*_").strip()
    if len(stripped) <= 60 and is_name_like(stripped) and not stripped.endswith("."):
        return Label("name", stripped, end, True, colon=False, heading=heading)
    specked = _SPECKS_RE.search(stripped)
    if specked and specked.start() > 0:
        bare = Label("name", stripped[: specked.start()], end, True, colon=False)
        if is_name_like(bare.text) and is_role_or_office(bare):
            return bare
    return _capitals_label(text, start, end, cast) if cast is not None else None


def _name_before_office(label: str, cast: Cast | None) -> str | None:
    """The name in a label that gives the speaker's office after a comma ("JANE SMITH,
    SHADOW MINISTER FOR HEALTH:", "Jane Smith, Leader of the Opposition:"), as a press
    office's transcript labels each speaker's first turn: the name is the speaker, the
    office a note on them (codebook, "Who said it"). The office must read as one, words
    capitalised or linking and no sentence, and the label must be a name the yaml lists,
    an office with its title word, or all in capitals, so that a sentence opening with a
    name and a comma ("Then, Jane said:") is never taken."""
    name, comma, office = label.partition(",")
    name, office = name.strip(), office.strip()
    if not comma or not office or not _is_heading_case(office) or not is_name_like(name):
        return None
    listed = cast is not None and cast.lookup(name) is not None
    if not listed and len(name.split()) < 2:
        return None
    words = office.split()
    if listed or label.isupper() or any(_is_office(w) for w in words):
        return name
    return name if role_word(office) is not None else None


_SPECKS_RE = re.compile(r"(?:\s*[.,·;:'`])+$")
"""Specks a scan leaves after a label alone on its line ("Prime Minister . ·")."""


def _office_initials(label: str) -> str:
    """An office's initials as one word in capitals however a scan spaced, dotted or cased
    them ("P M", "P.M.", "Pm" before a colon give "PM"): one speaker, however the page set
    the letters, so that the spellings count together and the label is known for an
    office."""
    letters = "".join(label.replace(".", " ").split())
    return letters.upper() if letters.lower() in OFFICE_INITIALS else label


_CAPS_WORDS_RE = re.compile(rf"[A-Z][A-Z'’.\-]*(?:{_S}+[A-Z][A-Z'’.\-]*){{0,3}}")
_CAPS_TAIL_RE = re.compile(rf"{_S}*[–—-]{_S}+[^\n]{{0,60}}$|{_S}*$")
"""After a name alone on its line, nothing or an office after a dash ("JANE SMITH – Mayor")."""
_CAPS_TURN_RE = re.compile(rf"{_S}+(?=[\"“‘]?[A-Z](?![A-Z]))")
"""After a name that opens a turn, a space and the turn's first word, capitalised but not
in capitals (those would go on with the name: "JANE SMITH interviewed by TOM REED")."""
_OCR_COLON_RE = re.compile(rf"(?:;|[a-z](?={_S}))(?={_S}+[\"“‘]?[A-Z](?![A-Z]))")
"""A label's colon as a scanned transcript's OCR or a typist may render it after a name in
capitals: a semicolon, or one lowercase letter glued to the name ("SMITH; Will it pass?",
"SMITHz Will it pass?"). Only after a name the yaml lists, so never a sentence."""


def _capitals_label(text: str, start: int, end: int, cast: Cast) -> Label | None:
    """A broadcast transcript's label with no colon: a name the yaml lists set in capitals
    before the turn ("JANE Thank you for coming.") or alone on its line, perhaps with an
    office after a dash ("JANE SMITH – Mayor of Hull"). Only a listed name counts: capitals
    alone open many a sentence ("NATO said ...", "I think ...")."""
    run = _CAPS_WORDS_RE.match(text, start, end)
    if run is None:
        return None
    found = list(re.finditer(r"\S+", text[run.start() : run.end()]))
    words = [m.group() for m in found]
    for n in range(len(words), 0, -1):  # the longest run of capitals the yaml names
        name = " ".join(words[:n])
        if len(name) < 3 or cast.lookup(name) is None:
            continue
        stop = run.start() + found[n - 1].end()  # the end of the name's last word
        if n == len(words) and _CAPS_TAIL_RE.match(text, stop, end):
            return Label("name", name, end, True, colon=False)
        turn = _CAPS_TURN_RE.match(text, stop, end)
        if turn is not None and any(c.islower() for c in text[turn.end() : end]):
            return Label("name", name, turn.end(), False, colon=False, said=True)
        ocr = _OCR_COLON_RE.match(text, stop, end)
        if ocr is not None and n == len(words):
            turn = _CAPS_TURN_RE.match(text, ocr.end(), end)
            if turn is not None:
                return Label("name", name, turn.end(), False, said=True)
    for n in range(min(len(words), OFFICE_LABEL_WORDS[1]), OFFICE_LABEL_WORDS[0] - 1, -1):
        label = _office_label(text, run.start() + found[n - 1].end(), words[:n], end)
        if label is not None:
            return label
    return None


OFFICE_LABEL_WORDS = (2, 3)  # "PRIME MINISTER", "THE VICE PRESIDENT": an office, not a name


def _office_label(text: str, stop: int, words: list[str], end: int) -> Label | None:
    """A typed or scanned transcript's label with no colon that names the speaker by office
    in capitals before the turn ("PRIME MINISTER Well, I think ..."): a run of two or three
    words in capitals that ends on an office's title word, then a turn in mixed case. A
    heading in capitals goes on in capitals, so it is never taken."""
    if not _is_office(words[-1]) or words[0].lower().rstrip(".") in STOPWORDS - {"the"}:
        return None
    turn = _CAPS_TURN_RE.match(text, stop, end)
    if turn is None or not any(c.islower() for c in text[turn.end() : end]):
        return None
    return Label("name", " ".join(words), turn.end(), False, said=True)


def qa_role(label: str) -> SpeakerRole:
    """The role a Q/A label stands for."""
    return "interviewer" if label.strip().lower().startswith("q") else "interviewee"


def is_role_or_office(label: Label) -> bool:
    """A label alone on its line that names a role ("Question", "Interviewer") or an office
    ("Prime Minister", "THE TREASURER"), not a person: a scanned transcript sets one over
    each turn, and it never goes on into the line below as a sentence would."""
    words = _without_article(_key(label.text).split())
    if not label.own_line or not 1 <= len(words) <= OFFICE_LABEL_WORDS[1]:
        return False
    return label.kind == "qa" or role_word(label.text) is not None or _is_office(words[-1])


def office_initials(label: str) -> bool:
    """Whether a label is an office's initials ("PM", "DPM", "P.M."), not a person's name."""
    return "".join(normalise(label).split()) in OFFICE_INITIALS  # normalise drops the dots


def role_word(label: str) -> SpeakerRole | None:
    """The role a label names by a role word ("Host", "Guest", "Interviewer"), if any."""
    key = " ".join(_without_article(_key(label).split()))
    if key in INTERVIEWER_WORDS:
        return "interviewer"
    if key in INTERVIEWEE_WORDS:
        return "interviewee"
    return None


def without_notes(label: str) -> str:
    """A label without its notes in parentheses ("PM (cont)" gives "PM")."""
    return _PAREN_RE.sub(" ", label).strip()


def display_name(label: str) -> str:
    """A label as a name to record: emphasis and parentheses dropped, capitals tamed."""
    name = " ".join(_PAREN_RE.sub(" ", label).replace("*", "").split()).rstrip(":")
    return name.title() if name.isupper() and len(name) > 3 else name


HONORIFICS = _words("honorifics")


_SAID_ENDS = ".?!…\"”’'—–-)"


def _speaker_shaped(label: Label) -> bool:
    """A label that names a speaker even once: before a colon, an honorific or an office and
    a name ("MR. JONES:", "Dr Lee:", "Minister Orwin:"), an office by its initials ("PM:"),
    or a name of two words or more in
    capitals ("JANE DOE:"), as
    a reporter who asks one question at a briefing is labelled, before words that end as a
    sentence does."""
    if label.own_line and label.text.rstrip().endswith(":"):
        return True
    if not label.colon or not label.said:
        return False  # a heading ("MINISTER FOR TRADE"), a teaser ("MOST READ: Ten ...")
    words = _PAREN_RE.sub(" ", label.text).replace("*", "").split()
    if len(words) == 1 and words[0].isupper() and words[0].lower() in OFFICE_INITIALS:
        return True  # an office by its initials ("PM:") names its holder even once
    first = words[0].lower().rstrip(".") if words else ""
    if len(words) >= 2 and (first in HONORIFICS or _is_office(first)):
        return True  # "Dr Lee:", and an office before a name ("Professor Lind:", "Sec. Orwin:")
    named = [w for w in words if w.lower() not in PARTICLES and not w.isdigit()]
    return len(named) >= 2 and all(w.isupper() for w in named)


HEADING_SPEAKERS_MIN = 2  # recurring name headings that make headings a speaker layout
OCR_LABEL_MIN = 3  # uses of a label in capitals before a one-off near it reads as a misreading


class Resolver:
    """Decides which candidate labels are speakers, and who each one is."""

    def __init__(self, cast: Cast, labels: Sequence[Label | None]) -> None:
        self.cast = cast
        names = [_key(lab.text) for lab in labels if lab]
        self.counts = Counter(names)
        # Labels set in capitals, by their normalised form: the labels a scan may misread.
        self.capitals = {
            _key(lab.text): lab.text
            for lab in labels
            if lab and lab.kind == "name" and without_notes(lab.text).isupper()
        }
        self.surnames = Counter(n.split()[-1] for n in set(names) if n)
        # An "A:"/"ANSWER:" label is trusted where questions are marked too: by "Q:" or by
        # numbers ("3. ...?").
        self.has_q = any(
            lab
            and (lab.kind == "number" or (lab.kind == "qa" and qa_role(lab.text) == "interviewer"))
            for lab in labels
        )
        # Names set as Markdown headings over their turns ("### Jane Smith"): when two or
        # more of them recur, the page sets every speaker so, and a reporter's name heading
        # a single question is a speaker too.
        headed = [_key(lab.text) for lab in labels if lab and lab.heading]
        recurring = {key for key in headed if self.counts[key] >= 2}
        self.heading_layout = len(recurring) >= HEADING_SPEAKERS_MIN
        # Surname-only labels ("Smith:") refer to the full name used first ("Jane Smith:").
        self.full: dict[str, str] = {}
        for lab in labels:
            if lab and lab.kind == "name":
                key = _key(lab.text)
                if len(key.split()) > 1:
                    self.full.setdefault(key.split()[-1], display_name(lab.text))

    def person(self, label: Label) -> Person | None:
        """The speaker a label stands for, or None when it is no speaker label."""
        if label.kind == "qa":
            qa = qa_role(label.text)
            if qa == "interviewee" and not self.has_q:
                return None
            return Person(self.cast.only(qa), qa)
        if label.kind == "number":
            return None
        known = self.cast.lookup(label.text) or self._squeezed(label)
        if known:
            return known
        inner = _PAREN_RE.search(label.text)
        if _NUMBERED_RE.sub("", _key(label.text)) in AUDIENCE_WORDS:
            return Person(display_name(inner.group(1)) if inner else None, "interviewer")
        role = role_word(label.text)
        if role:
            name = display_name(inner.group(1)) if inner else self.cast.only(role)
            return Person(name, role)
        return self._unknown(label)

    def _squeezed(self, label: Label) -> Person | None:
        """The listed person a label in capitals names once OCR's stray spaces and dots
        are taken out of it ("R. OBINSON:" for "Robinson"): a scanned transcript splits a
        name so, and a name the yaml lists is safe to read through the split."""
        words = _PAREN_RE.sub(" ", label.text).split()
        if len(words) < 2 or not all(w.isupper() for w in words):
            return None
        return self.cast.lookup("".join(w.replace(".", "") for w in words))

    def _misread(self, key: str) -> str | None:
        """The recurring label in capitals that a one-off label in capitals is an OCR misreading
        of ("PN:", "PH:" or "PM4:" among many "PM:"): the same length and first letter with one
        letter changed, or a stray digit after it. The recurring label must be common (a
        scanned transcript's speakers speak many times) and the one-off no speaker by itself."""
        bare = key.rstrip("0123456789")
        for other, count in self.counts.items():
            if count < OCR_LABEL_MIN or other == key or other not in self.capitals:
                continue
            if bare == other and bare != key:
                return other
            if (
                len(key) == len(other) >= 2
                and key[0] == other[0]
                and " " not in key
                and sum(a != b for a, b in zip(key, other, strict=True)) == 1
            ):
                return other
        return None

    def _unknown(self, label: Label) -> Person | None:
        key = _key(label.text)
        tokens = _without_article(key.split())
        if not tokens or tokens[0] in STOPWORDS:
            return None
        recurring = self.counts[key] >= 2 or self.surnames[tokens[-1]] >= 2
        heading = label.heading and label.own_line and self.heading_layout
        if not (recurring or heading or _speaker_shaped(label)):
            capitals = label.colon and without_notes(label.text).isupper()
            misread = self._misread(key) if capitals else None
            if misread is not None:
                return self.person(replace(label, text=self.capitals[misread]))
            return None
        if len(tokens) == 1 and tokens[0] in self.full:
            return Person(self.full[tokens[0]], None)
        if len(tokens) > 1 and tokens[-1] in self.full:
            return Person(self.full[tokens[-1]], None)
        return Person(display_name(label.text), None)
