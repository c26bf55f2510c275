"""Segment a document into passages: title, editorial text, questions, answers, furniture.

The steps, each a single pass over the paragraphs:

1. paragraphs: one per line, or per block of lines when the text is hard-wrapped;
2. speaker labels ("Q:", "Jane Smith:", a name on its own line, "3. ...?") resolved
   against the yaml's names (:mod:`pipeline.extract.speakers`);
3. page furniture, credits, captions and pull quotes, from the cue lexicon in
   ``data/segmentation.yaml``;
4. the layout: labelled turns, or (without labels) paragraphs ending in "?" as questions,
   or, with no question at all, a monologue;
5. the intro before the first question (title, standfirst, biography) and the outro after
   the last answer ("Share this", comment forms).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from itertools import pairwise

from pipeline.extract import sentences, speakers
from pipeline.extract.model import Document, Passage, PassageKind, SpeakerRole
from pipeline.extract.regexes import with_first_chars
from pipeline.extract.speakers import Cast, Label, Person, Resolver
from pipeline.extract.vocabulary import CHAR_REF, apostrophes

log = logging.getLogger(__name__)

LEX = speakers.lexicon()


def _compile(key: str) -> re.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in LEX[key])
    return with_first_chars(re.compile(apostrophes(f"(?:{body})"), re.IGNORECASE))


FURNITURE_START = _compile("furniture_start")
FURNITURE_ANYWHERE = _compile("furniture_anywhere")
END_MARKERS = _compile("end_markers")
PAGE_LINES = _compile("page_lines")
FAX_HEADERS = _compile("fax_headers")
STAGE_NOTE = _compile("stage_note")
STAGE_NOTE_AT_END = re.compile(rf"(?:{STAGE_NOTE.pattern})\s*$", re.IGNORECASE)
PHOTO_CREDITS = _compile("photo_credits")
CAPTION_LABELS = _compile("caption_labels")
CREDIT_LINES = _compile("credit_lines")
EDGE_FURNITURE = _compile("edge_furniture")
EDITORIAL_LABELS = _compile("editorial_labels")
QUESTION_PROMPTS = _compile("question_prompts")
QUESTION_INVITATIONS = _compile("question_invitations")
ANSWERER_VOCATIVES = _compile("answerer_vocatives")
ANSWER_OPENERS = _compile("answer_openers")
CAPTION_TAILS = [with_first_chars(re.compile(p, re.IGNORECASE)) for p in LEX["caption_credit_tail"]]
BIO_VERBS = frozenset(str(w).lower() for w in LEX["bio_verbs"])
FURNITURE_MAX_WORDS = int(LEX["furniture_max_words"])
QUESTION_MAX_WORDS = 150
HEADING_MAX_WORDS = 8
PREMISE_QUESTION_MAX_WORDS = 30
PULL_QUOTE_MIN_WORDS = 6
PULL_QUOTE_MAX_WORDS = 60
SHINGLE = 6  # words: pull quotes are found by a shared six-word stretch
_QUOTE_CHARS = "\"“”‘’'«»"
_ATTRIBUTION_RE = re.compile(r"\s*[—–-]{1,2}\s*[^\s—–-][^—–]{0,60}$")
_NORM_RE = re.compile(r"[^\w%]+")
_CREDIT_HINT_RE = re.compile(r"[(\[/]|photo|image|picture", re.IGNORECASE)
_DIRECT_SEARCH_LIMIT = 50_000_000  # paragraphs x characters: beyond it, index six-grams


@dataclass(slots=True)
class Para:
    """One paragraph: its trimmed span, the block it sits in, and what we learn about it."""

    start: int
    end: int
    block: int
    body: int = 0  # where the words start, after any speaker label
    label: Label | None = None
    person: Person | None = None
    kind: PassageKind | None = None  # decided kind, when it is already certain
    pieces: list[tuple[int, int, PassageKind]] = field(default_factory=list)
    question: bool = False
    dash_turn: bool = False  # one of the dash-led turns of a one-paragraph transcript


# ---------------------------------------------------------------------------------------
# Paragraphs
# ---------------------------------------------------------------------------------------


_FORMAT_TAGS = (
    r"(?:p|div|span|strong|b|em|i|u|font|h[1-6]|li|blockquote|section|article|center|"
    r"small|big|br|hr)\b"
)
_FORMAT_TAG = rf"</?{_FORMAT_TAGS}[^<>\n]{{0,200}}>"
_LEAD_MARKUP_RE = re.compile(r"(?:\s|<[!?/]?[\w:-][^<>\n]{0,200}>|<!\[CDATA\[)+")
_FORMAT_TAG_RE = re.compile(_FORMAT_TAG, re.IGNORECASE)
_MARKUP_LINE_RE = re.compile(
    r"(?:<[!?/]?[\w:-][^<>\n]*>|<!\[CDATA\[|\]\]>|\s)+"
    rf"|<(?!{_FORMAT_TAGS})([\w:-]+)[^<>\n]*>[^<>\n]*</\1>(?:<[^<>\n]*>|\s)*"
)
"""A line of markup alone, or one metadata element ("<release-date>16/09/2011</release-date>"):
the envelope of a transcript exported as XML or HTML, never part of the interview."""


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """A line's span without surrounding whitespace, nor the tags that open it or the HTML
    formatting tags that close it ("<content><![CDATA[<p><strong>", "<br />", "</p>"): they
    are layout, and a passage is the words. A line of markup alone is kept whole."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s >= e or _is_markup(text, s, e):
        return s, e
    if text[s] == "<":
        lead = _LEAD_MARKUP_RE.match(text, s, e)
        s = lead.end() if lead else s
    while e > s and text[e - 1] == ">":
        if text.startswith("]]>", e - 3, e):
            cut = e - 3
        else:
            cut = text.rfind("<", s, e)
            if cut < 0 or not _FORMAT_TAG_RE.fullmatch(text, cut, e):
                break
        e = cut
        while e > s and text[e - 1].isspace():
            e -= 1
    return s, e


def _lines(text: str) -> list[tuple[int, int]]:
    """Every line's span with surrounding whitespace and formatting tags trimmed (blank
    lines give (s, s))."""
    spans = []
    pos = 0
    size = len(text)
    while pos <= size:
        nl = text.find("\n", pos)
        stop = size if nl < 0 else nl
        spans.append(_trim(text, pos, stop))
        if nl < 0:
            break
        pos = nl + 1
    return spans


def _is_markup(text: str, s: int, e: int) -> bool:
    return text[s] in "<]" and _MARKUP_LINE_RE.fullmatch(text, s, e) is not None


_SENTENCE_END = '.?!:;"”’)…'
WRAP_WIDTHS = (40, 130)  # characters: the widths a hard-wrapped text is printed at


def _broken(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether many lines end inside a sentence that the next line goes on with in lowercase,
    as wrapped lines do and paragraphs, headings and labels don't."""
    full = [(s, e) for s, e in lines if e > s]
    runs_on = sum(
        text[e - 1] not in _SENTENCE_END and text[s2].islower()
        for (_, e), (s2, _) in pairwise(full)
    )
    return runs_on >= BROKEN_SHARE * len(full)


def _hard_wrapped(text: str, lines: list[tuple[int, int]]) -> int:
    """The wrap width when the text is hard-wrapped (lines broken inside paragraphs), else 0."""
    lengths = [e - s for s, e in lines if e > s]
    if len(lengths) < 6:
        return 0
    width = sorted(lengths)[int(0.9 * (len(lengths) - 1))]
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return 0
    continued = sum(1 for (s, e), (s2, e2) in pairwise(lines) if e - s >= 0.75 * width and e2 > s2)
    wrapped = continued >= 3 and continued >= 0.3 * len(lengths)
    return width if wrapped and _broken(text, lines) else 0


SPACED_SHARE = 0.8  # of the gaps between lines that are one blank line, in a spaced text
BROKEN_SHARE = 0.2  # of the lines that run on into a lowercase next line, in a wrapped text


def _unspaced(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of a hard-wrapped text printed double-spaced (a blank line after every
    line, sentences running on across it) without those single blank lines, so that the
    wrapped lines can join into paragraphs; any other text's lines as they are."""
    full = sum(1 for s, e in lines if e > s)
    single = [
        e <= s and lines[i - 1][1] > lines[i - 1][0] and lines[i + 1][1] > lines[i + 1][0]
        for i, (s, e) in enumerate(lines[1:-1], start=1)
    ]
    if full < 6 or sum(single) < SPACED_SHARE * (full - 1) or not _broken(text, lines):
        return lines
    return [line for line, gap in zip(lines, [False, *single, False], strict=True) if not gap]


_FRONT_MATTER_RE = re.compile(r"---[ \t]*\n(?:.*\n){0,60}?---[ \t]*(?:\n|$)")


def _front_matter_end(text: str) -> int:
    """Where a block of YAML front matter at the top ("---" lines around "key: value" lines,
    as a page exported to Markdown carries) ends: its lines are metadata, not the text."""
    if not text.startswith("---"):
        return 0
    match = _FRONT_MATTER_RE.match(text)
    return match.end() if match else 0


def _ends_at_tag(text: str, last: Para, start: int) -> bool:
    """Whether the last line ends a sentence right before a line-break tag ("certainly.<br
    />"): in a wrapped transcript exported as HTML the sentence ends there, and the next
    line starts a new paragraph of the same turn (a sentence is never cut by it)."""
    return text[last.end - 1] in ".?!" and text.find("<", last.end, start) >= 0


def paragraphs(text: str, cast: Cast | None = None) -> list[Para]:
    """Paragraph spans. A line is a paragraph unless the text is hard-wrapped, in which case
    a line runs on into the next when it is long, or when the next one starts in lowercase
    and this one does not end a sentence. A line of markup is a paragraph of furniture."""
    lines = _unspaced(text, _lines(text))
    width = _hard_wrapped(text, lines)
    broken = bool(width) or _broken(text, lines)
    paras: list[Para] = []
    block = 0
    long_line = False
    header_end = _front_matter_end(text)
    for s, e in lines:
        if e <= s:
            block += 1
            long_line = False
            continue
        if (
            s < header_end
            or _is_markup(text, s, e)
            or _continuation_label(text, s, e)
            or FAX_HEADERS.match(text, s, e)
        ):
            paras.append(Para(s, e, block, kind="furniture"))
            long_line = False
            continue
        # A line runs on into the last one when it goes on with its sentence (in lowercase,
        # after no sentence end), in any text; and after a full-width line in a wrapped one.
        # A page number is no sentence to go on with: the page break is joined across later.
        goes_on = (
            text[s].islower()
            and text[paras[-1].end - 1] not in ".?!:"
            and not PAGE_LINES.match(text, paras[-1].start, paras[-1].end)
            if paras
            else False
        )
        open_ = (
            bool(paras) and _unfinished(text, paras[-1]) and not _label_line(text, paras[-1], cast)
        )
        runs_on = (
            bool(paras)
            and paras[-1].block == block
            and paras[-1].kind is None
            and (
                goes_on
                or (bool(width) and long_line and not _ends_at_tag(text, paras[-1], s))
                or (broken and open_ and _prose(text, s, e))
            )
        )
        label = speakers.find_label(text, s, e, cast) if runs_on else None
        if runs_on and (label is None or (open_ and not _firm_label(label, cast))):
            paras[-1].end = e
        else:
            paras.append(Para(s, e, block))
        long_line = e - s >= 0.75 * width
    return paras


_CONTINUED_RE = re.compile(
    r"(?P<label>[^\W\d_][^:\n(\[]{0,60}?)\s*:?\s*[(\[]\s*(?:continued|cont(?:in)?'?d?\.?|continuing)"
    r"\s*[)\]]\s*$",
    re.IGNORECASE,
)


def _continuation_label(text: str, start: int, end: int) -> bool:
    """A line that only repeats the speaker's label over a page's top, with a continuation
    mark ("PRIME MINISTER: (continued)", "Smith (cont'd)"): the turn goes on from the page
    before, so the line is page furniture, and a sentence cut by the page break runs
    across it (codebook, "The unit")."""
    if text.find("(", start, end) < 0 and text.find("[", start, end) < 0:
        return False
    match = _CONTINUED_RE.match(text, start, end)
    if match is None:
        return False
    label = match.group("label").strip()
    return label.isupper() or speakers.is_name_like(label)


def _label_line(text: str, para: Para, cast: Cast | None) -> bool:
    """Whether a paragraph is one line that only labels the turn below by role or office
    ("Question", "Prime Minister"): no sentence stops there unfinished, so the next line
    starts the turn (codebook, "The unit": a span never crosses a paragraph boundary)."""
    if text.find("\n", para.start, para.end) >= 0:
        return False
    label = speakers.find_label(text, para.start, para.end, cast)
    return label is not None and speakers.is_role_or_office(label)


def _unfinished(text: str, para: Para) -> bool:
    """Whether a paragraph of prose stops inside a sentence: on a word or a comma, its
    last line in mixed case (a heading or dateline in capitals is no sentence)."""
    last = text.rfind("\n", para.start, para.end) + 1
    tail = text[max(para.start, last) : para.end]
    return (text[para.end - 1].isalnum() or text[para.end - 1] == ",") and any(
        c.islower() for c in tail
    )


def _continues(text: str, before: Para, para: Para) -> bool:
    """Whether a paragraph sits right under one of prose that stops mid-sentence (same
    block, no blank line between)."""
    return before.block == para.block and before.kind is None and _unfinished(text, before)


def _prose(text: str, start: int, end: int) -> bool:
    """Whether a line is prose in mixed case rather than a heading in capitals or markup."""
    return text[start] not in "#<>|*-" and any(c.islower() for c in text[start:end])


def _firm_label(label: speakers.Label, cast: Cast | None) -> bool:
    """Whether a label at a line's start opens a turn even though the line before stops
    mid-sentence (a turn cut off): a Q/A label, a name the yaml lists, a role or office
    before a colon ("Prime Minister:"), or a label in capitals ("MR. SMITH:"). A
    capitalised word that a wrapped sentence happens to put before a colon at a line's
    start ("... the politics of South / Florida: I ...") is not."""
    if label.kind != "name":
        return True
    if label.colon and speakers.is_role_or_office(replace(label, own_line=True)):
        return True  # "Prime Minister:" under a line a scan left unfinished ("or what? . ,")
    return label.text.isupper() or (cast is not None and cast.lookup(label.text) is not None)


_TURN_GAP_RE = re.compile(
    r"(?<=[.?!…\"”’)\]])"
    r"(?:[ \t\u00a0]+(?=[^\W\d_])|[ \t\u00a0]*(?=(?:\*\*|__)[ \t\u00a0]*[^\W\d_]))"
    r"|(?<=[-–—])[ \t\u00a0]+(?=[^\W\d_])"
)
"""Where a sentence ends and a word follows: a label inside a flattened transcript ("...
win? Jane Smith: Thank you.") can only start there. A Markdown transcript may glue a bold
label to the sentence before it, with or without a space ("... win?** Smith:** Yes.",
"Okay.**Q:** And ..."): the label starts at its emphasis marks. A turn cut off by the next
speaker ends at a dash instead ("... which are -  HOST: But are they new?")."""
_DASH_TURN_RE = re.compile(r"(?<=[.?!…\"”])[ \t\u00a0]+[-–—][ \t\u00a0]+(?=[\"“«]?[^\W\d_])")
"""A dash after a sentence opening the next speaker's turn in a one-paragraph transcript
("... usual? - What are the troops for? ...")."""
INLINE_LABEL_MAX = 90  # characters from a label's start to its colon, at most
DASH_TURNS_MIN = 3  # dashes after sentence ends before a paragraph is read as dash turns


def _start_labels(text: str, paras: list[Para], cast: Cast) -> set[str]:
    """The labels that open paragraphs, normalised: a label met there is trusted inside a
    paragraph too."""
    found = set()
    for para in paras:
        if para.kind is None and text.find(":", para.start, para.end) >= 0:
            label = speakers.find_label(text, para.start, para.end, cast)
            if label is not None and label.kind != "number":
                found.add(speakers.normalise(label.text))
    return found


class _StartLabels:
    """The labels that open paragraphs, worked out once and only when needed."""

    def __init__(self, text: str, paras: list[Para], cast: Cast) -> None:
        self.text, self.paras, self.cast = text, paras, cast
        self._found: set[str] | None = None

    def __contains__(self, label: str) -> bool:
        if self._found is None:
            self._found = _start_labels(self.text, self.paras, self.cast)
        return label in self._found


def _inline_label_at(
    text: str, pos: int, end: int, cast: Cast, known: _StartLabels
) -> speakers.Label | None:
    """A speaker label starting at ``pos`` inside a paragraph: one the yaml names by a full
    name (or that opens a paragraph elsewhere), or a role word in capitals ("JOURNALIST:",
    "REPORTER:", as a press office labels every question) or an office's initials in
    capitals ("PM:", as it labels every answer of its minister), followed by the turn's
    words.
    A transcript flattened into one paragraph has no paragraph that such a label opens."""
    label = speakers.find_label(text, pos, end, cast)
    if label is None or label.own_line or label.kind == "number":
        return None
    if speakers.normalise(label.text) in known:
        return label
    if label.text.isupper() and speakers.role_word(label.text) is not None:
        return label
    if label.text.isupper() and speakers.office_initials(label.text):
        return label  # "PM:", "DPM:": a press office labels its minister's turns so
    person = cast.lookup(label.text) if label.kind == "name" else None
    return label if person is not None and len(label.text.split()) > 1 else None


DASH_TURNS_MIN_CHARS = 200  # a paragraph of several dash turns is longer than this


def _dashy(text: str, para: Para) -> bool:
    """Whether a paragraph holds enough spaced dashes to be worth scanning for dash turns."""
    if para.end - para.start < DASH_TURNS_MIN_CHARS:
        return False
    spaced = sum(text.count(f" {d} ", para.start, para.end) for d in "-–—")
    return spaced >= DASH_TURNS_MIN


def _split_turns(text: str, paras: list[Para], cast: Cast) -> list[Para]:
    """Paragraphs holding several speakers' turns (a transcript flattened into one line)
    cut where each turn starts: at a trusted speaker label after a sentence, or at dashes
    after sentences when a paragraph has many of them."""
    known = _StartLabels(text, paras, cast)
    out: list[Para] = []
    for para in paras:
        if para.kind is not None:
            out.append(para)
            continue
        cuts: list[tuple[int, int]] = []  # (where the previous turn ends, where this starts)
        colon = text.find(":", para.start, para.end)
        while colon >= 0:  # a label ends at a colon: look for its start just before it
            window = max(para.start, colon - INLINE_LABEL_MAX, text.rfind(":", para.start, colon))
            for gap in _TURN_GAP_RE.finditer(text, window, colon):
                if _inline_label_at(text, gap.end(), para.end, cast, known):
                    cuts.append((gap.start(), gap.end()))
                    break
            colon = text.find(":", colon + 1, para.end)
        dashes = (
            list(_DASH_TURN_RE.finditer(text, para.start, para.end)) if _dashy(text, para) else []
        )
        dashed = {d.end() for d in dashes} if len(dashes) >= DASH_TURNS_MIN else set()
        if not cuts and not dashed:
            out.append(para)
            continue
        cuts = sorted({*cuts, *((d.start(), d.end()) for d in dashes if d.end() in dashed)})
        start = para.start
        for stop, nxt in [*cuts, (para.end, para.end)]:
            if stop > start:
                out.append(Para(start, stop, para.block, dash_turn=start in dashed))
            start = nxt
    return out


HEADER_MAX_WORDS = 8
HEADER_TOP = 3  # a running header is printed on the first page too: among its first lines


def _breaks_sentence(text: str, before: Para, after: Para) -> bool:
    """Whether a sentence runs on from ``before`` into ``after`` (a page break inside it)."""
    return text[before.end - 1] not in _SENTENCE_END and text[after.start].islower()


def _mark_page_lines(text: str, paras: list[Para], cast: Cast) -> None:
    """Page numbers, and running heads (a short line printed again on later pages), as
    furniture: a scanned or exported transcript repeats them at every page break. A name
    set as a Markdown heading ("### Jane Smith"), a name the yaml lists or a role word
    ("INTERVIEWER") is a speaker's label over each of their turns, never a running head."""
    seen: dict[str, list[int]] = defaultdict(list)
    for i, para in enumerate(paras):
        if para.kind is not None:
            continue
        if PAGE_LINES.match(text, para.start, para.end):
            para.kind = "furniture"
        elif (
            _word_count(text, para.start, para.end) <= HEADER_MAX_WORDS
            and text[para.end - 1] not in _SENTENCE_END
            and not _names_speaker(text, para, cast)
        ):
            seen[_norm(text[para.start : para.end])].append(i)
    for at in seen.values():
        # A name over its turn's words (same block) recurs near the top as well: a running
        # head at the top stands apart.
        top = at[0] < HEADER_TOP and not any(
            i + 1 < len(paras) and paras[i + 1].block == paras[i].block for i in at
        )
        inside = any(
            0 < i < len(paras) - 1 and _breaks_sentence(text, paras[i - 1], paras[i + 1])
            for i in at
        )
        if len(at) >= 2 and (top or inside):
            for i in at:
                paras[i].kind = "furniture"


def _names_speaker(text: str, para: Para, cast: Cast) -> bool:
    """Whether a short line is a speaker's name over their turn: a Markdown heading that is
    a name, a name the yaml lists, or a role word."""
    line = text[para.start : para.end]
    bare = line.lstrip("#").strip()
    if line.startswith("#") and speakers.is_name_like(bare):
        return True
    return cast.lookup(bare) is not None or speakers.role_word(bare) is not None


# A paragraph that ends on one of these words (or on a comma) stops in mid-sentence.
_OPEN_ENDS = frozenset(str(w) for w in LEX["open_ends"])
_LAST_WORD_RE = re.compile(r"([^\W\d_][\w'’]*)\W*$")


def _stops_mid_sentence(text: str, para: Para) -> bool:
    """Whether a paragraph visibly stops inside a sentence: it ends on a comma or on a word
    no sentence ends on (an article, a preposition, a subject pronoun, an auxiliary, a
    conjunction). A paragraph that only lacks its full stop ("Exports fell") may be a spoken
    sentence left unpunctuated, so it is not joined across a bare blank line."""
    if text[para.end - 1] == ",":
        return True
    match = _LAST_WORD_RE.search(text, max(para.start, para.end - 40), para.end)
    if match is None:
        return False
    word = match.group(1).replace("’", "'").lower()
    return word in _OPEN_ENDS or word.endswith(("'ve", "'re", "'ll", "'d", "'m"))


def _join_page_breaks(text: str, paras: list[Para]) -> list[Para]:
    """A paragraph cut by a page break (it stops inside a sentence, page furniture follows,
    and the next one goes on in lowercase) is one paragraph: the furniture inside it goes.
    Across a bare blank line the same holds only when the paragraph visibly stops in
    mid-sentence (on a comma, "the", "in", "they" ...): scanned transcripts break sentences
    at blank lines where the page or column ended (codebook, The unit: a break inside a
    sentence). Otherwise the paragraphs stay apart (tests/extract/test_claims.py)."""
    out: list[Para] = []
    i = 0
    while i < len(paras):
        para = paras[i]
        j = i + 1
        while j < len(paras) and paras[j].kind == "furniture":
            j += 1
        if (
            para.kind is None
            and i + 1 <= j < len(paras)
            and (j > i + 1 or _stops_mid_sentence(text, para))
            and paras[j].kind is None
            and _breaks_sentence(text, para, paras[j])
        ):
            para.end = paras[j].end
            paras[j] = para
            i = j
            continue
        out.append(para)
        i += 1
    return out


# ---------------------------------------------------------------------------------------
# Furniture, credits, captions, pull quotes
# ---------------------------------------------------------------------------------------


def _word_count(text: str, start: int, end: int) -> int:
    """Roughly how many words a span holds (whitespace runs + 1): cheap, and enough for
    length limits."""
    if end <= start:
        return 0
    return text.count(" ", start, end) + text.count("\n", start, end) + 1


def _has_verb(text: str, start: int, end: int) -> bool:
    return sentences.has_finite_verb(sentences.tokenize(text, start, end))


_SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]?\s+[A-Z]")


def _letterless(text: str, start: int, end: int) -> bool:
    """Whether a paragraph has no letter once HTML character references are dropped: a
    bullet, rule or ornament ("&#x25cf;", "* * *") set between or after the turns."""
    return not any(c.isalpha() for c in CHAR_REF.sub("", text[start:end]))


def _is_furniture(text: str, para: Para, cast: Cast, edge: bool) -> bool:
    """Web furniture, and (before the first or after the last question) credit lines."""
    s, e = para.body, para.end
    if _word_count(text, s, e) > FURNITURE_MAX_WORDS:
        return False
    if FURNITURE_START.match(text, s, e) or _letterless(text, s, e):
        return True
    note = STAGE_NOTE.match(text, s, e)
    if note is not None and not text[note.end() : e].strip():
        return True  # a transcriber's note alone in its paragraph ("(10.28 am)", "[laughs]")
    anywhere = FURNITURE_ANYWHERE.search(text, s, e)
    if anywhere and not _SENTENCE_END_RE.search(text, s, anywhere.start()):
        # a note in the paragraph's first sentence makes it furniture; one after sentences
        # of its own ("Jane Smith is an economist. ... This interview has been edited for
        # length.") leaves them to be read, and the note is dropped as no claim
        return True
    if not edge:
        return False
    if EDGE_FURNITURE.search(text, s, e):
        return True
    if CREDIT_LINES.search(text, s, e):
        line = text[s:e].lower()
        names = [n.lower() for n in (*cast.interviewees, *cast.interviewers)]
        return "interviewed" not in line or any(n in line for n in names) or not names
    return False


_NOT_HEADING_ENDS = '.?!:;,"”’)]…-–—'
"""A heading ends in none of these: closing punctuation ends a sentence, and a dash an
utterance cut off ("About whether public spending - - -")."""


_MARKDOWN_HEADING_RE = re.compile(r"#{1,6}[ \t]")


def _is_heading(text: str, para: Para) -> bool:
    """A section heading inside the interview ("On assessment"): a few words, no closing
    punctuation, no verb."""
    words = _word_count(text, para.body, para.end)
    if words > 2 * HEADING_MAX_WORDS:
        return False
    # a colon may close a heading set with Markdown marks ("### Questions and answers:"):
    # the marks say it is no sentence
    marked = _MARKDOWN_HEADING_RE.match(text, para.body, para.end) and text[para.end - 1] == ":"
    if (text[para.end - 1] in _NOT_HEADING_ENDS and not marked) or QUESTION_PROMPTS.match(
        text, para.body, para.end
    ):
        return False
    if _in_capitals(text, para.body, para.end):
        # a heading or dateline in capitals ("PRESS CONFERENCE, CITY HALL, 3 MAY 1978"):
        # capitals hide its parts of speech ("PRESS" is no imperative), so no verb test
        return True
    return words <= HEADING_MAX_WORDS and not _has_verb(text, para.body, para.end)


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether a stretch has letters, at least two words and no lower-case letter."""
    chunk = text[start:end]
    return (
        len(chunk.split()) >= 2
        and not any(c.islower() for c in chunk)
        and any(c.isalpha() for c in chunk)
    )


def _caption(text: str, para: Para, edge: bool) -> list[tuple[int, int, PassageKind]] | None:
    """A photo caption split into its editorial text and its credit, or None. A caption
    with a finite verb is editorial; a bare credit or a caption without a verb is not."""
    s, e = para.body, para.end
    if _word_count(text, s, e) > FURNITURE_MAX_WORDS:
        return None
    label = CAPTION_LABELS.match(text, s, e)
    body = label.end() if label else s
    tail = None
    if _CREDIT_HINT_RE.search(text, body, e):  # the tail patterns are costly: test cheaply
        tail = next((m for p in CAPTION_TAILS if (m := p.search(text, body, e))), None)
    if not label and not tail:
        credit = PHOTO_CREDITS.search(text, s, e)
        if credit and (edge or credit.start() == s or not _has_verb(text, s, e)):
            return [(s, e, "furniture")]
        return None
    cut = tail.start() if tail else e
    pieces: list[tuple[int, int, PassageKind]] = []
    cs, ce = sentences.trim_span(text, body, cut)
    if ce > cs and _has_verb(text, cs, ce):
        pieces.append((cs, _end_of(text, cs, cut), "editorial"))
    elif ce > cs:
        pieces.append((s, _end_of(text, s, cut), "furniture"))
    if tail:
        ts, te = _trimmed(text, tail.start(), e)
        if te > ts:
            pieces.append((ts, te, "furniture"))
    return pieces or [(s, e, "furniture")]


def _editorial_note(text: str, para: Para) -> list[tuple[int, int, PassageKind]] | None:
    """An editor's note or update inside the interview: the publisher's own words."""
    label = EDITORIAL_LABELS.match(text, para.body, para.end)
    if not label:
        return None
    kind: PassageKind = "editorial" if _has_verb(text, label.end(), para.end) else "furniture"
    return [(label.end(), para.end, kind)]


def _end_of(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    return start, _end_of(text, start, end)


def _norm(text: str) -> str:
    return " ".join(_NORM_RE.sub(" ", text.casefold()).split())


def _pull_quotes(text: str, paras: list[Para]) -> set[int]:
    """Paragraphs that repeat words found in another paragraph (pull quotes): a quoted or
    shorter copy, or the later of two identical paragraphs."""
    candidates = [i for i, p in enumerate(paras) if p.kind is None and p.label is None]
    if not candidates:
        return set()
    if len(paras) * len(text) > _DIRECT_SEARCH_LIMIT:
        return _pull_quotes_indexed(text, paras, candidates)
    starts = [p.start for p in paras]
    found: set[int] = set()
    for i in candidates:
        para = paras[i]
        core: str | None = None
        known = False  # the core is worked out only for a paragraph whose middle recurs
        middle = (para.body + para.end) // 2
        snippet = text[max(para.body, middle - 12) : min(para.end, middle + 12)]
        for pos in (text.find(snippet, 0, para.start), text.find(snippet, para.end)):
            j = bisect_right(starts, pos) - 1 if pos >= 0 else -1
            if j < 0 or j == i:
                continue
            if not known:
                core, known = _pull_quote_core(text, para), True
            if core is None:
                break
            if _copies(text, paras, i, j, core):
                found.add(i)
                break
    return found


def _pull_quote_core(text: str, para: Para) -> str | None:
    """A paragraph's words, normalised, without quote marks and attribution; None when it
    is too short or too long to be a pull quote."""
    raw = text[para.body : para.end].strip()
    core = _norm(_ATTRIBUTION_RE.sub("", raw) if raw[:1] in _QUOTE_CHARS else raw)
    words = core.count(" ") + 1
    return core if core and PULL_QUOTE_MIN_WORDS <= words <= PULL_QUOTE_MAX_WORDS else None


def _copies(text: str, paras: list[Para], i: int, j: int, core: str) -> bool:
    """Whether paragraph ``i`` is the copy of words that paragraph ``j`` also holds."""
    other = _norm(text[paras[j].body : paras[j].end])
    if core not in other:
        return False
    own = _norm(text[paras[i].body : paras[i].end])
    quoted = text[paras[i].body : paras[i].end].strip()[:1] in _QUOTE_CHARS
    return quoted or core != own or len(other) > len(core) or j < i


def _pull_quotes_indexed(text: str, paras: list[Para], candidates: list[int]) -> set[int]:
    """The same test for very large texts, through an index of word six-grams (linear)."""
    normed = [_norm(text[p.body : p.end]) for p in paras]
    index: dict[tuple[str, ...], list[int]] = {}
    for j, key in enumerate(normed):
        words = key.split()
        for k in range(len(words) - SHINGLE + 1):
            holders = index.setdefault(tuple(words[k : k + SHINGLE]), [])
            if len(holders) < 4 and (not holders or holders[-1] != j):
                holders.append(j)
    found: set[int] = set()
    for i in candidates:
        core = _pull_quote_core(text, paras[i])
        if core is None:
            continue
        words = core.split()
        middle = max(0, len(words) // 2 - SHINGLE // 2)
        shingle = tuple(words[middle : middle + SHINGLE])
        if any(j != i and _copies(text, paras, i, j, core) for j in index.get(shingle, ())):
            found.add(i)
    return found


# ---------------------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------------------


def _ends_question(text: str, para: Para) -> bool:
    return sentences.is_question(text, para.body, para.end)


def _turn_asks(text: str, para: Para) -> bool:
    """Whether a turn that ends with this paragraph hands over as a question does: it ends
    with "?", and not on an invitation to ask ("Well now, any questions?"), which the one
    who will answer says."""
    if not _ends_question(text, para):
        return False
    spans = sentences.sentence_spans(text, para.body, para.end)
    return not spans or not QUESTION_INVITATIONS.fullmatch(text, *_trimmed(text, *spans[-1]))


def _is_question_para(text: str, para: Para) -> bool:
    """A paragraph that asks: it ends with "?" and is not a long answer that happens to
    end with a rhetorical question, or it is a short prompt ("Tell us about ...")."""
    if not _ends_question(text, para):
        words = _word_count(text, para.body, para.end)
        if QUESTION_PROMPTS.match(text, para.body, para.end):
            return words <= FURNITURE_MAX_WORDS
        return words <= PREMISE_QUESTION_MAX_WORDS and _question_then_premise(text, para)
    if _word_count(text, para.body, para.end) <= QUESTION_MAX_WORDS:
        return True
    spans = sentences.sentence_spans(text, para.body, para.end)
    return len(spans) >= 2 and sentences.is_question(text, *spans[-2])


def _question_then_premise(text: str, para: Para) -> bool:
    """A short question followed by one sentence of background ("But would anyone use it?
    Surveys suggest most people are happy with their cards."), not an answer that opens
    with a rhetorical question and replies to it ("Why? Because ...")."""
    spans = sentences.sentence_spans(text, para.body, para.end)
    if len(spans) != 2 or not sentences.is_question(text, *spans[0]):
        return False
    if _word_count(text, *spans[0]) < 3:
        return False
    return not ANSWER_OPENERS.match(text, *spans[1])


_VOCATIVE_END_RE = re.compile(r"[ \t]*,")
_OPENING_HONORIFIC_RE = re.compile(r"(?P<word>[A-Z][a-z]*)\.? ")
"""A paragraph's first word written as an honorific before a surname ("Mr ", "Dr. "): which
words are honorifics is speakers.HONORIFICS, the list the speaker labels are read by."""
REPLY_OPENERS = re.compile(r"(?:No|Yes|Well)[,.!](?=[ \t])")
"""How a reply opens ("No, I didn't.", "Well, ..."): after a question read from its address
whose "?" a scan lost, a paragraph so opened is the answer."""


def _addresses_answerer(text: str, para: Para, cast: Cast) -> bool:
    """Whether a paragraph opens by addressing the one who answers ("Mr Prime Minister,
    ...", "Sir, ...", "Mr McMahon, ..."), as a reporter opens a question at a press
    conference: a scan that lost the question's label leaves it so, and the one who answers
    never addresses themselves (codebook, "Who said it": the question is the interviewer's)."""
    start = para.body
    match = ANSWERER_VOCATIVES.match(text, start, para.end)
    if match is None:
        honorific = _OPENING_HONORIFIC_RE.match(text, start, para.end)
        if honorific is None or honorific["word"].lower() not in speakers.HONORIFICS:
            return False
        for name in cast.interviewees:
            surname = name.split()[-1]
            if text.startswith(surname, honorific.end()):
                end = honorific.end() + len(surname)
                return bool(_VOCATIVE_END_RE.match(text, end, para.end))
        return False
    return bool(_VOCATIVE_END_RE.match(text, match.end(), para.end))


def _markdown_title(text: str, para: Para) -> bool:
    """Whether a paragraph is a Markdown top-level heading ("# Is the euro safe?"): on a
    page exported to Markdown that is the page's title, even when it asks."""
    return text.startswith("# ", para.start)


def _is_title(text: str, para: Para, title: str) -> bool:
    if _markdown_title(text, para):
        return True
    own = _norm(text[para.start : para.end])
    want = _norm(title)
    if own and want and (own == want or own.startswith(want) or want.startswith(own)):
        return True
    words = _word_count(text, para.start, para.end)
    return 0 < words <= 25 and text[para.end - 1] not in ".?!:;,"


_OUTLET_RE = re.compile(r"[^\s,.;:]{1,30}(?:\s[^\s,.;:]{1,30}){0,2}['’]s\s")
"""A programme or outlet in the possessive before a name ("Q+A's Tom Reed", "Radio 4QX's
Tom Reed interviews ..."): a credit line's opening."""


def _is_bio(text: str, para: Para, cast: Cast) -> bool:
    """A third-person biography of someone the yaml names ("Jane Smith is a ..."), or a
    credit line that names them ("Radio 4QX's Tom Reed interviews ...")."""
    head = text[para.body : min(para.end, para.body + 120)]
    outlet = _OUTLET_RE.match(head)
    names = (*cast.interviewees, *cast.interviewers)
    if outlet is not None and not any(head.startswith(n) for n in names):
        head = head[outlet.end() :]
    for name in names:
        for variant in (name, *(f"{t} {name.split()[-1]}" for t in ("Dr.", "Prof.", "Dr"))):
            if head.startswith(variant):
                rest = head[len(variant) :].lstrip(" ,")
                word = rest.split(" ", 1)[0].lower().replace("’", "'") if rest else ""
                if word in BIO_VERBS or rest.startswith(("'s ", "’s ")):
                    return True
    return False


def _without_edge_notes(text: str, start: int, end: int) -> tuple[int, int]:
    """A turn's span without the transcriber's notes that open or close it ("(Inaudible.)",
    "[laughs]"): they are nobody's words. Notes inside a sentence stay, as it is quoted."""
    while (note := STAGE_NOTE.match(text, start, end)) is not None:
        start, end = _trimmed(text, note.end(), end)
    while end > start and text[end - 1] in ").]":
        note = STAGE_NOTE_AT_END.search(text, start, end)
        if note is None:
            break
        start, end = _trimmed(text, start, note.start())
    return start, end


class _Builder:
    """Collects passages in document order, numbering them and linking answers."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.passages: list[Passage] = []
        self.last_question: int | None = None

    def add(
        self,
        start: int,
        end: int,
        kind: PassageKind,
        person: Person | None = None,
        speaker: str | None = None,
    ) -> None:
        start, end = _trimmed(self.text, start, end)
        if kind in ("question", "answer"):
            start, end = _without_edge_notes(self.text, start, end)
        if end <= start:
            return
        seq = len(self.passages)
        role: SpeakerRole | None = None
        if kind in ("question", "answer"):
            assert person is not None and person.role is not None
            speaker, role = person.name, person.role
        elif kind == "editorial":
            role = "editorial"
        question_seq = self.last_question if kind == "answer" else None
        self.passages.append(Passage(seq, kind, start, end, speaker, role, question_seq))
        if kind == "question":
            self.last_question = seq


def _label_people(text: str, paras: list[Para], cast: Cast) -> None:
    """Attach each paragraph's validated speaker label and where its words start."""
    for para in paras:
        if para.kind is None:
            para.label = speakers.find_label(text, para.start, para.end, cast)
    resolver = Resolver(cast, [p.label for p in paras])
    numbered = _numbered_questions(text, paras)
    for i, para in enumerate(paras):
        label = para.label
        para.body = para.start
        if label is None:
            continue
        if label.kind == "number":
            para.label = None
            para.question = i in numbered
            if para.question or sentences.is_question(text, label.body_start, para.end):
                para.body = label.body_start
            continue
        if label.kind == "name" and not label.own_line and _only_a_time(text, label, para):
            # a role or office with only specks after its colon ("Prime Minister: . .") is
            # a scan's label alone on its line over the turn below; other words so are a
            # marker in the recording ("**Break**: [28:03]")
            alone = replace(label, body_start=para.end, own_line=True)
            if any(c.isdigit() for c in text[label.body_start : para.end]) or not (
                speakers.is_role_or_office(alone)
            ):
                para.label, para.kind = None, "furniture"
                continue
            label = para.label = alone
        person = resolver.person(label)
        if person is None or (label.own_line and i + 1 >= len(paras)):
            para.label = None
            continue
        para.person = person
        para.body = label.body_start


_TIME_ONLY_RE = re.compile(r"[^\w]*(?:\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)?[^\w]*")


def _only_a_time(text: str, label: speakers.Label, para: Para) -> bool:
    """Whether the words after a label are only a timestamp or nothing but punctuation
    ("**Break**: [28:03]"): a marker in the recording, no one's turn."""
    return _TIME_ONLY_RE.fullmatch(CHAR_REF.sub("", text[label.body_start : para.end])) is not None


NUMBER_GAP = 2  # question numbers a scan or a copy may have lost between two it kept


def _numbered_questions(text: str, paras: list[Para]) -> set[int]:
    """The paragraphs that are numbered questions: "1. ...?", "2. ...?" and so on in
    sequence (a number or two may be lost). Once two numbered paragraphs ask, the next
    number in the sequence is a question even when its "?" was lost ("7. Would Australia
    support it."), while a numbered list inside an answer starts again at 1 and stays an
    answer."""
    found: list[tuple[int, bool]] = []
    expected: int | None = None
    for i, para in enumerate(paras):
        label = para.label
        if label is None or label.kind != "number":
            continue
        number = int(label.text)
        asks = sentences.is_question(text, label.body_start, para.end)
        in_sequence = expected is not None and expected <= number <= expected + NUMBER_GAP
        if in_sequence or (asks and expected is None):
            found.append((i, asks))
            expected = number + 1
    return {i for i, _ in found} if sum(asks for _, asks in found) >= 2 else set()


def _labelled_turns(paras: list[Para]) -> list[tuple[int, int]]:
    """Each labelled turn as (index of its label's paragraph, index after its last one)."""
    starts = [i for i, p in enumerate(paras) if p.person is not None]
    return list(zip(starts, [*starts[1:], len(paras)], strict=True))


def _swap_mislabelled_qa(text: str, paras: list[Para]) -> None:
    """An "A" turn that asks followed by a "Q" turn that asks nothing: the two labels were
    swapped (a typing or OCR slip), so each turn gets the other's speaker."""
    for (a, b), (c, d) in pairwise(_labelled_turns(paras)):
        first, second = paras[a], paras[c]
        if not (first.label and second.label and first.label.kind == second.label.kind == "qa"):
            continue
        if first.person is None or second.person is None:
            continue
        if (first.person.role, second.person.role) != ("interviewee", "interviewer"):
            continue
        asks = _ends_question(text, paras[b - 1]) and b - a == 1
        replies = text.find("?", second.body, paras[d - 1].end) < 0
        if asks and replies:
            first.person, second.person = second.person, first.person


def _decide_roles(text: str, paras: list[Para], cast: Cast) -> None:
    """Give a role to labelled speakers the yaml does not name: those who mostly ask
    questions are interviewers, the others interviewees."""
    turns: dict[str | None, list[bool]] = defaultdict(list)
    current: Person | None = None
    last: Para | None = None
    for para in paras:
        if para.person is not None:
            if current is not None and current.role is None and last is not None:
                turns[current.name].append(_turn_asks(text, last))
            current = para.person
        if para.kind is None:
            last = para
    if current is not None and current.role is None and last is not None:
        turns[current.name].append(_turn_asks(text, last))
    ratio = {name: sum(v) / len(v) for name, v in turns.items() if v}
    known = {p.person.role for p in paras if p.person is not None and p.person.role is not None}
    # Someone must answer and someone must ask: when the labels the yaml or a role word
    # explains ("Q", "HOST", a listed interviewer) only ask, the unknown speakers are those
    # who answer unless they mostly ask too, and the other way round.
    threshold = {frozenset({"interviewer"}): 0.75, frozenset({"interviewee"}): 0.25}
    cut = threshold.get(frozenset(known), 0.4)
    roles: dict[str | None, SpeakerRole] = {
        name: "interviewer" if r >= cut else "interviewee" for name, r in ratio.items()
    }
    answers = "interviewee" in known or any(r == "interviewee" for r in roles.values())
    if ratio and not answers and (len(roles) > 1 or "interviewer" in known):
        roles[min(ratio, key=lambda n: ratio[n])] = "interviewee"
    asks = "interviewer" in known or any(r == "interviewer" for r in roles.values())
    if ratio and not asks and max(ratio.values()) > 0:
        roles[max(ratio, key=lambda n: ratio[n])] = "interviewer"
    _hand_overs(text, paras, roles)
    if known == {"interviewer", "interviewee"}:
        _presiders(text, paras, roles)
    roles.update(_roster(text, paras))
    names = _yaml_names_for_offices(paras, roles, cast)
    for para in paras:
        if para.person is not None and para.person.role is None:
            name = para.person.name
            para.person = Person(names.get(name, name), roles.get(name, "interviewee"))


HAND_OVER_SHARE = 0.5  # of the answerer's words, at most, that a speaker who hands over says


def _roster(text: str, paras: list[Para]) -> dict[str | None, SpeakerRole]:
    """Roles a briefing's list of participants gives before the first turn: the names on
    their own lines under a role heading ("Moderator:" then "JANE SMITH", "Panelists:" then
    "TOM REED"). The list says outright who chairs, which the share of questions a moderator
    asks (few: they call on reporters and read out questions) cannot tell."""
    roles: dict[str | None, SpeakerRole] = {}
    heading: SpeakerRole | None = None
    for para in paras:
        label = para.label
        if label is not None and not label.own_line:
            break  # the first turn: the list is over
        if para.kind is not None:
            continue
        if label is None and heading is not None and _has_verb(text, para.start, para.end):
            break  # a turn's words (under a label on its own line): the list is over
        if label is not None and para.person is not None and para.person.name is None:
            heading = speakers.role_word(label.text)  # "Moderator:", "Panelists:"
        elif (
            label is not None
            and not label.colon  # a name listed, not a label over a turn ("SMITH:")
            and para.person is not None
            and para.person.role is None
            and heading is not None
        ):
            roles[para.person.name] = heading
        elif text[para.end - 1] == ":":
            heading = None  # a heading of another kind ("Guests of honour:")
    return roles


def _hand_overs(text: str, paras: list[Para], roles: dict[str | None, SpeakerRole]) -> None:
    """An unknown speaker taken to answer who, every time, hands over to one and the same
    answerer, the one who answers most and says far more (a second host whose turns are
    greetings and statements, a reporter whose question lost its "?"), asks: an
    interviewee's words are followed by
    the next question, not always by another interviewee's. One who speaks right after
    someone else's question answers it (a head of government's guest at a joint press
    conference, asked by a reporter after a statement that handed back to the host)."""
    sequence: list[Person] = []
    words: Counter[str | None] = Counter()
    asked: set[str | None] = set()  # speakers who take the floor right after a question
    question = False
    for a, b in _labelled_turns(paras):
        person = paras[a].person
        assert person is not None
        before = sequence[-1] if sequence else None
        if before is not None and before.name != person.name and question:
            asked.add(person.name)
        sequence.append(person)
        own = [p for p in paras[a:b] if p.kind is None]
        words[person.name] += sum(_word_count(text, p.body, p.end) for p in own)
        question = bool(own) and _ends_question(text, own[-1])

    def role_of(person: Person) -> SpeakerRole | None:
        return person.role or roles.get(person.name)

    followers: dict[str | None, set[str | None]] = defaultdict(set)
    for before, after in pairwise(sequence):
        if before.role is None and before.name != after.name:
            followers[before.name].add(after.name if role_of(after) == "interviewee" else None)
    last = sequence[-1].name if sequence else None
    # the one who answers most: a reporter hands over to them, while a second witness who
    # speaks once may hand back to the chair, who answers too but far less
    answering = [p.name for p in sequence if role_of(p) == "interviewee"]
    main = max(answering, key=lambda n: words[n]) if answering else None
    for name, heard in followers.items():
        if roles.get(name) != "interviewee" or name == last or len(heard) != 1:
            continue
        if name in asked:
            continue  # put a question and answered it: a joint press conference's guest
        answerer = next(iter(heard))
        if (
            answerer is not None
            and answerer == main
            and words[name] <= HAND_OVER_SHARE * words[answerer]
        ):
            roles[name] = "interviewer"


PRESIDER_MIN_TURNS = 3  # turns that show a speaker never answers, not by chance
PRESIDER_MAX_WORDS = 80  # words a presider says in a turn on average, at most


def _presiders(text: str, paras: list[Para], roles: dict[str | None, SpeakerRole]) -> None:
    """An unknown speaker taken to answer who never speaks after a question, where the yaml
    or role words already name both who asks and who answers, asks: a hearing's chair who
    greets the witness, steps in after an answer ("So the next day?") and closes ("Thank you
    very much indeed"), or a host's co-host. An interviewee speaks when asked; one who
    speaks only after answers presides over the exchange. A presider's turns are short
    (calling on, greeting, stepping in); one who makes long statements after the main
    speaker hands over is a second interviewee (a joint press conference's colleague
    minister, codebook "Who said it": the answers' speakers)."""
    after_question: dict[str | None, list[bool]] = defaultdict(list)
    words: Counter[str | None] = Counter()
    turns: Counter[str | None] = Counter()
    previous: tuple[Person, bool] | None = None
    for a, b in _labelled_turns(paras):
        person = paras[a].person
        assert person is not None
        own = [p for p in paras[a:b] if p.kind is None]
        words[person.name] += sum(_word_count(text, p.body, p.end) for p in own)
        turns[person.name] += 1
        if previous is not None and previous[0].name != person.name:
            after_question[person.name].append(previous[1])
        previous = (person, bool(own) and _ends_question(text, own[-1]))
    for name, asked in after_question.items():
        if (
            roles.get(name) == "interviewee"
            and len(asked) >= PRESIDER_MIN_TURNS
            and not any(asked)
            and words[name] <= PRESIDER_MAX_WORDS * turns[name]
        ):
            roles[name] = "interviewer"


def _yaml_names_for_offices(
    paras: list[Para], roles: dict[str | None, SpeakerRole], cast: Cast
) -> dict[str | None, str]:
    """The yaml's name for a speaker labelled by office ("THE GOVERNOR:", "PM:"): when one
    unknown speaker is found to answer, the yaml lists one interviewee, and no label names
    that interviewee, the office is that person."""
    listed = {p.person.name for p in paras if p.person is not None and p.person.role is not None}
    answering = [name for name, role in roles.items() if role == "interviewee"]
    only = cast.only("interviewee")
    if only is None or only in listed or len(answering) != 1:
        return {}
    return {answering[0]: only}


def _turn_bounds(text: str, paras: list[Para], labelled: bool) -> tuple[int, int]:
    """Where the interview proper seems to start and end (first and last question or
    labelled turn), to tell intro and outro paragraphs from answers."""
    if labelled:
        turns = [i for i, p in enumerate(paras) if p.person is not None]
    else:
        turns = [i for i, p in enumerate(paras) if _is_question_para(text, p)]
    if not turns:
        return len(paras), len(paras)
    return turns[0], turns[-1]


def _mark_static(text: str, paras: list[Para], cast: Cast, labelled: bool) -> None:
    """Furniture, credits, captions, editor's notes and pull quotes, in any layout."""
    first, last = _turn_bounds(text, paras, labelled)
    for i, para in enumerate(paras):
        if para.label is not None or para.kind is not None:
            continue
        edge = i < first or i > last + (0 if labelled else 1)
        # a heading never goes on with a sentence the line above left open ("... since
        # the / Smith / Act 70 years ago")
        heading = i > 0 and _is_heading(text, para) and not _continues(text, paras[i - 1], para)
        if _is_furniture(text, para, cast, edge) or heading:
            para.kind = "furniture"
            continue
        pieces = _editorial_note(text, para) or _caption(text, para, edge)
        if pieces:
            para.pieces, para.kind = pieces, "editorial"
    _captions_by_credit(text, paras)
    for i in _pull_quotes(text, paras):
        paras[i].kind = "furniture"


def _is_credit(text: str, para: Para) -> bool:
    """A photo credit standing alone: a paragraph of furniture that names an image source."""
    whole = para.pieces == [(para.start, para.end, "furniture")]
    alone = whole or (para.kind == "furniture" and not para.pieces)
    return alone and bool(PHOTO_CREDITS.search(text, para.start, para.end))


def _captions_by_credit(text: str, paras: list[Para]) -> None:
    """A short paragraph set directly above or below a photo credit (same block, nothing
    between) is its caption."""
    if len({p.block for p in paras}) < 0.5 * len(paras):
        return  # no blank lines between paragraphs: blocks say nothing
    credits = {i for i, p in enumerate(paras) if p.kind is not None and _is_credit(text, p)}
    for i, para in enumerate(paras):
        beside = [paras[j] for j in (i - 1, i + 1) if j in credits]
        if (
            beside
            and para.kind is None
            and para.label is None
            and any(p.block == para.block for p in beside)
            and not _ends_question(text, para)
            and _word_count(text, para.start, para.end) <= FURNITURE_MAX_WORDS
        ):
            kind: PassageKind = (
                "editorial" if _has_verb(text, para.start, para.end) else "furniture"
            )
            para.kind = "editorial"
            para.pieces = [(para.start, para.end, kind)]


def _first_turn(text: str, paras: list[Para], labelled: bool, title: str, cast: Cast) -> int | None:
    """The first labelled turn, or (unlabelled) the first question that is not the title
    nor a standfirst that asks."""
    content = 0
    previous: int | None = None  # the last paragraph of words before this one
    for i, para in enumerate(paras):
        if para.kind is not None:
            continue
        content += 1
        if labelled and para.question:
            return i
        if labelled and para.person is not None:
            # Only answers labelled ("ANSWER:"): the question just before the first is a turn.
            asked = previous is not None and _is_question_para(text, paras[previous])
            return previous if asked and para.person.role == "interviewee" else i
        if content == 1 and (
            _norm(text[para.start : para.end]) == _norm(title) or _markdown_title(text, para)
        ):
            continue  # a title that asks ("Is the digital euro a solution ...?")
        if not labelled and _is_question_para(text, para):
            if content <= 2 and not para.dash_turn and _is_standfirst(text, paras, i, cast):
                previous = i
                continue
            return i
        previous = i
    return None


def _is_standfirst(text: str, paras: list[Para], i: int, cast: Cast) -> bool:
    """A question under the title that the next paragraph does not answer: it introduces
    the interview ("Can the euro survive? We asked an economist.") when another question
    or a third-person biography of the guest comes next."""
    after = next((p for p in paras[i + 1 :] if p.kind is None and not p.pieces), None)
    return after is not None and (_is_question_para(text, after) or _is_bio(text, after, cast))


def _emit_static(
    builder: _Builder, para: Para, fallback: PassageKind, publisher: str | None
) -> None:
    if para.pieces:
        for s, e, kind in para.pieces:
            builder.add(s, e, kind, speaker=publisher if kind == "editorial" else None)
    else:
        kind = para.kind or fallback
        builder.add(para.body, para.end, kind, speaker=publisher if kind == "editorial" else None)


def _intro(text: str, paras: list[Para], builder: _Builder, document: Document, cast: Cast) -> None:
    """Passages before the interview starts: title, standfirst or biography, furniture."""
    publisher = document.meta.publisher
    titled = False  # the title is the first paragraph that is not page furniture
    for para in paras:
        if para.kind is not None or para.pieces:
            _emit_static(builder, para, "furniture", publisher)
            continue
        if not titled and _is_title(text, para, document.meta.title):
            builder.add(para.start, para.end, "title")
        else:
            verb = sentences.has_finite_verb(sentences.tokenize(text, para.body, para.end))
            # a credit line that names the guest may hide its verb from the tagger ("Q+A's
            # Tom Reed interviews Energy Minister, Jane Smith"): editorial all the same
            editorial = verb or _is_bio(text, para, cast)
            _emit_static(builder, para, "editorial" if editorial else "furniture", publisher)
        titled = True


def _body(
    text: str, paras: list[Para], builder: _Builder, document: Document, cast: Cast, labelled: bool
) -> None:
    """Passages from the first question on."""
    publisher = document.meta.publisher
    asker = Person(cast.only("interviewer"), "interviewer")
    answerer = Person(cast.only("interviewee"), "interviewee")
    # Roles the transcript's labels give (an unlabelled opening statement, handed to the
    # answerer, does not make a layout of labelled questions one of labelled answers).
    roles_labelled = {p.person.role for p in paras if p.person is not None and p.label}
    # Both sides labelled, as a press office typed its conferences ("Q." and "PM."), and one
    # person who answers: where a scan lost a label, who speaks is read from the turn itself.
    # (At a joint press conference one leader addresses the other: "Mr. Prime Minister, ...")
    both_labelled = (
        roles_labelled >= {"interviewer", "interviewee"} and cast.only("interviewee") is not None
    )
    asked = False  # the paragraph before asked a question
    addressed = False  # the turn is a question read from its address ("Prime Minister, ...")
    current: Person | None = None
    ended = False
    asked_by_dash = False  # the last turn was a dash-led question: the next dash turn answers
    for para in paras:
        if ended:
            builder.add(para.start, para.end, "furniture")
            continue
        if para.kind is not None:
            if para.kind == "furniture" and END_MARKERS.match(text, para.body, para.end):
                ended = True
            _emit_static(builder, para, "furniture", publisher)
            continue
        if para.person is not None:
            current = para.person
        elif _is_bio(text, para, cast):
            builder.add(para.body, para.end, "editorial", speaker=publisher)
            continue
        elif para.question:
            current = asker  # a numbered question
        elif not labelled or current is None:
            asks = _is_question_para(text, para) and not (para.dash_turn and asked_by_dash)
            current = asker if asks else answerer
        elif "interviewee" not in roles_labelled and current.role == "interviewer":
            current = answerer  # only questions are labelled: the rest are answers
        elif (
            "interviewer" not in roles_labelled
            and current.role == "interviewee"
            and _is_question_para(text, para)
        ):
            current = asker  # only answers are labelled: "?" paragraphs are questions
        elif (
            both_labelled
            and current.role == "interviewee"
            and _addresses_answerer(text, para, cast)
        ):
            current = asker  # a question whose label a scan lost: it addresses the answerer
            addressed = True
        elif (
            both_labelled
            and current.role == "interviewer"
            and (
                asked or (addressed and REPLY_OPENERS.match(text, para.body, para.end) is not None)
            )
            and not _is_question_para(text, para)
        ):
            current = answerer  # the reply to a question whose answer label a scan lost
        asked = _turn_asks(text, para)
        addressed = addressed and current.role == "interviewer" and para.person is None
        asked_by_dash = para.dash_turn and current.role == "interviewer"
        if para.body >= para.end:
            continue  # a name on a line of its own: the words follow
        kind: PassageKind = "question" if current.role == "interviewer" else "answer"
        builder.add(para.body, para.end, kind, current)


def segment(document: Document) -> list[Passage]:
    """Split a document into passages with kinds, speakers and roles (see module doc)."""
    text = document.text
    cast = speakers.cast_of(document.meta.interviewee, document.meta.interviewer)
    paras = paragraphs(text, cast)
    _mark_page_lines(text, paras, cast)
    paras = _split_turns(text, _join_page_breaks(text, paras), cast)
    if not paras:
        return []
    _label_people(text, paras, cast)
    labelled = sum(p.person is not None for p in paras) >= 2
    if not labelled:
        for para in paras:
            para.label, para.person = None, None
            if para.body != para.start and not sentences.is_question(text, para.body, para.end):
                para.body = para.start
    else:
        _decide_roles(text, paras, cast)
        _swap_mislabelled_qa(text, paras)
    _mark_static(text, paras, cast, labelled)
    builder = _Builder(text)
    first = _first_turn(text, paras, labelled, document.meta.title, cast)
    if first is None:
        log.warning(
            "%s: no questions or speaker labels recognised; treating the text as a monologue",
            document.source_id,
        )
        first = _monologue_start(text, paras, document)
    if labelled:
        first = _opening_statement(text, paras, first, document.meta.title, cast)
    _intro(text, paras[:first], builder, document, cast)
    _body(text, paras[first:], builder, document, cast, labelled)
    return builder.passages


_FIRST_PERSON_RE = re.compile(apostrophes(r"\b(?:I|I'm|I've|I'd|[Ww]e|[Oo]ur|[Mm]y|us)\b"))


def _answerer(paras: list[Para], cast: Cast) -> Person | None:
    """The one person who answers: the one labelled answerer, or, when only the questions
    are labelled ("Q:" and unlabelled answers), the one interviewee the yaml names (the
    body gives the unlabelled paragraphs after a question to them too)."""
    labelled = [p.person for p in paras if p.person is not None]
    answerers = {p.name for p in labelled if p.role == "interviewee"}
    if not answerers:
        name = cast.only("interviewee")
        return Person(name, "interviewee") if name else None
    if len(answerers) != 1 or None in answerers:
        return None
    return next(p for p in labelled if p.role == "interviewee")


def _opening_statement(text: str, paras: list[Para], first: int, title: str, cast: Cast) -> int:
    """Where the interview starts when a press conference opens with an unlabelled
    statement: the transcript labels the questions and the one answerer ("Q:", "SECRETARY
    SMITH:"), or only the questions, but not the opening remarks before the first question.
    When the title names that answerer, the run of first-person paragraphs just before the
    first turn is the answerer's statement (not the publisher's text): its first paragraph
    is given the answerer, and the interview starts there."""
    speaker = _answerer(paras, cast)
    if speaker is None or speaker.name is None:
        return first
    # The title names the answerer by surname, or by the office their label gives them
    # ("Prime Minister at the club plus questions and answers" over "Prime Minister" turns).
    names = {speaker.name.split()[-1].lower()} | {
        speakers.normalise(p.label.text)
        for p in paras
        if p.person == speaker
        and p.label is not None
        and p.label.kind == "name"
        and speakers.role_word(p.label.text) is None
    }
    named = (re.search(rf"\b{re.escape(n)}\b", title.lower()) for n in names if len(n) >= 2)
    if not any(named):
        return first
    start = first
    content = [i for i in range(first) if paras[i].kind is None and not paras[i].pieces]
    for i in reversed(
        content[1:] if content and _is_title(text, paras[content[0]], title) else content
    ):
        if paras[i].label is not None or _ends_question(text, paras[i]):
            break
        start = i
    while start < first and not _FIRST_PERSON_RE.search(text, paras[start].start, paras[start].end):
        start += 1  # a standfirst in the third person before the remarks stays the publisher's
    if start >= first or not (content and start >= content[0]):
        return first
    paras[start].person = speaker
    return start


def _monologue_start(text: str, paras: list[Para], document: Document) -> int:
    """Where a monologue's body starts: after the title (and any furniture before it)."""
    for i, para in enumerate(paras):
        if para.kind is None and not para.pieces:
            titled = _is_title(text, para, document.meta.title) and i + 1 < len(paras)
            return i + 1 if titled else i
    return len(paras)
