"""The claim browser's data for one release, split so that a page downloads only what it shows.

``claims.html`` embeds a small *manifest*: the interviews, the speaker and entity names, and one
character per claim for each filter (role, type, hedging, speaker within its interview, type
confidence where the release has it). Everything else is in script files under
``data/``, each a call ``ICdata(name, payload)`` the page loads on demand (a ``<script>`` of the
site's own, allowed by the Content Security Policy, from ``file://`` and any static host):

- ``c<k>``: the claims ``k * CHUNK ..`` in full (text, offsets, quantities, times, mentions,
  further columns) with their passages and the questions they answer: loaded for the page of
  the list on screen and for the claim opened;
- ``w-<hex>``: the word index, sharded by a word's first two characters (hex of its UTF-8),
  a large shard split by one more letter until it is small (``split`` in the manifest names
  the split ones); each word's claims as :func:`postings`: loaded for the words typed into
  the search box;
- ``i-<hex>``: claim id to position, sharded by the id's first hex digits: loaded to open a
  permanent link;
- ``entities`` and ``times``: which claims name each entity, and the years each claim's times
  cover: loaded when the entity or period filter, or an interview's timeline, is used;
- ``g<k>``: the gold claims of interview ``k`` (releases from 2.1.0, for an interview of the
  annotated corpus), each with the claim of the release that matches it: loaded when the
  interview is compared with its gold.

A claim that matches a gold claim (by the scorer's rule, :func:`match_spans`) carries that
gold claim's id, type, hedging and role in its ``c<k>`` file, so that opening it says how it
compares without another file.

Tables are read with :func:`pipeline.publish.files.read_tables`; columns that only newer
releases have (``question_id``, ``type_confidence``, ``period_start`` ...) are used when present.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.access.site_charts import summary_height
from pipeline.evaluation.scoring import match_spans
from pipeline.publish.files import read_tables
from pipeline.publish.layout import release_tables
from pipeline.publish.tables import Tables
from schemas import CORPUS_TABLES, table

CHUNK = 250
"""Claims per ``c<k>`` file: about 100 KB with their passages (a page of the list needs one
or two; smaller files make the first view and a jump to an interview quicker)."""

_WORD = re.compile(r"\w+")

LAID_OUT = frozenset(
    {"claim_id", "source_id", "passage_id", "speaker", "speaker_role", "text", "char_start",
     "char_end", "claim_type", "hedged", "type_confidence", "question_id"}
)  # fmt: skip
"""Claim columns the claim browser shows in places of their own (app.js)."""

DOC_FIELDS = ("title", "interviewee", "interviewer", "interview_date", "publisher", "license")


def embed(data: object) -> str:
    """JSON that cannot end a <script> element or open a comment inside it (and is valid
    JavaScript: U+2028 and U+2029 are escaped too)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


def _plain(value: Any) -> Any:
    """A cell as JSON: null for missing values, dates as ISO text, numpy scalars as Python."""
    if value is None:
        return None
    if isinstance(value, float) and value != value:
        return None
    if value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp | date):
        return value.isoformat()[:10]
    if hasattr(value, "item"):
        return value.item()
    return value


def words(text: str) -> list[str]:
    """The words the search box matches, as app.js splits them (lower case, letters, digits)."""
    return _WORD.findall(text.lower())


SHARD_BYTES = 32 * 1024


def shard_of(word: str, letters: int = 2) -> str:
    """The word index's file for a word: hex of its first two (or three) letters' UTF-8."""
    return word[:letters].encode("utf-8").hex()


def _size(entries: dict[str, str]) -> int:
    return sum(len(w) + len(c) + 6 for w, c in entries.items())


def _year(value: Any) -> int | None:
    value = _plain(value)
    if not value:
        return None
    found = re.match(r"^(\d{4})", str(value))
    return int(found.group(1)) if found else None


def time_years(times: pd.DataFrame) -> list[tuple[str, int, int]]:
    """(claim_id, first year, last year) of every resolved time expression, from the period
    columns where the release has them, else from ``start``/``end`` (an open end counts as the
    start's year)."""
    if "period_start" in times.columns:
        starts, ends = times["period_start"], times["period_end"]
    else:
        starts = times["start_iso"] if "start_iso" in times.columns else times["start"]
        ends = times["end_iso"] if "end_iso" in times.columns else times["end"]
    out = []
    for claim_id, start, end in zip(times["claim_id"], starts, ends, strict=True):
        first, last = _year(start), _year(end)
        if first is None and last is None:
            continue
        first = first if first is not None else last
        last = last if last is not None else first
        assert first is not None and last is not None
        out.append((str(claim_id), min(first, last), max(first, last)))
    return out


class ReleaseData:
    """One release's tables, joined once for the pages, the charts and the data files."""

    TABLES = ("documents", "passages", "claims", "entities", "mentions", "quantities", "times")

    @classmethod
    def read(cls, release_dir: Path) -> ReleaseData:
        """The tables the site shows; the gold's (``CORPUS_TABLES``) where the release has
        them (from 2.1.0)."""
        has = release_tables(release_dir)
        return cls(read_tables(release_dir, (*cls.TABLES, *(n for n in CORPUS_TABLES if n in has))))

    def __init__(self, tables: Tables) -> None:
        self.tables = tables
        self._shards: dict[str, dict[str, str]] | None = None
        self._split: set[str] = set()
        self._join: tuple[dict[str, dict[str, Any]], dict[str, Any], dict[str, Any]] | None = None
        self.claims = tables["claims"].reset_index(drop=True)
        self.documents = tables["documents"].reset_index(drop=True)
        self.ids: list[str] = [str(c) for c in self.claims["claim_id"]]
        self.position = {claim_id: i for i, claim_id in enumerate(self.ids)}
        names = dict(zip(tables["entities"]["entity_id"], tables["entities"]["name"], strict=True))
        self.entity_names = sorted(set(names.values()))
        entity_index = {name: i for i, name in enumerate(self.entity_names)}
        self.mentions: dict[str, list[list[Any]]] = defaultdict(list)
        self.claim_entities: dict[str, list[int]] = defaultdict(list)
        for claim_id, entity_id, start, end in zip(
            tables["mentions"]["claim_id"],
            tables["mentions"]["entity_id"],
            tables["mentions"]["char_start"],
            tables["mentions"]["char_end"],
            strict=True,
        ):
            k = entity_index[names[entity_id]]
            self.mentions[claim_id].append([int(start), int(end), k])
            if k not in self.claim_entities[claim_id]:
                self.claim_entities[claim_id].append(k)
        self.years: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for claim_id, first, last in time_years(tables["times"]):
            self.years[claim_id].append((first, last))
        # The benchmark (releases from 2.1.0): the gold claims in their table's order
        # (interview, then position in its gold file) and the passes' agreement with it.
        self.gold: pd.DataFrame | None = None
        self.agreement: pd.DataFrame | None = None
        if "annotations" in tables:
            self.gold = tables["annotations"].reset_index(drop=True)
        if "annotation_agreement" in tables:
            self.agreement = tables["annotation_agreement"].reset_index(drop=True)
        self.gold_match: dict[int, int] = self._match_gold()
        """claim position -> row of ``self.gold`` it matches."""

    def _match_gold(self) -> dict[int, int]:
        """Each interview's claims matched to its gold claims, one to one, as the scorer
        matches them (best overlap first, intersection over union >= 0.5)."""
        if self.gold is None or self.gold.empty:
            return {}
        out: dict[int, int] = {}
        positions: dict[str, list[int]] = defaultdict(list)
        for i, source_id in enumerate(self.claims["source_id"]):
            positions[str(source_id)].append(i)
        starts = self.claims["char_start"].astype(int).tolist()
        ends = self.claims["char_end"].astype(int).tolist()
        for source_id, rows in self.gold.groupby("source_id", sort=False).groups.items():
            gold_rows = list(rows)
            mine = positions.get(str(source_id), [])
            gold_starts = self.gold["char_start"].iloc[gold_rows].astype(int).tolist()
            gold_ends = self.gold["char_end"].iloc[gold_rows].astype(int).tolist()
            gold_spans = list(zip(gold_starts, gold_ends, strict=True))
            spans = [(starts[i], ends[i]) for i in mine]
            for g, p in match_spans(gold_spans, spans):
                out[mine[p]] = gold_rows[g]
        return out

    def gold_by_interview(self) -> dict[str, list[int]]:
        """source_id -> rows of ``self.gold``, for the interviews that have gold."""
        if self.gold is None:
            return {}
        out: dict[str, list[int]] = defaultdict(list)
        for r, source_id in enumerate(self.gold["source_id"]):
            out[str(source_id)].append(r)
        return dict(out)

    def benchmark(self) -> dict[str, Any] | None:
        """What the release page says about its gold: None for a release without the
        benchmark tables (before 2.1.0); else the codebook versions, and per split the
        interviews, gold claims, the release's claims in those interviews and how many of
        them match a gold claim."""
        if self.gold is None:
            return None
        gold = self.gold
        per_doc = self.claims.groupby("source_id", sort=False).size().to_dict()
        matched_docs: dict[str, int] = defaultdict(int)
        for i in self.gold_match:
            matched_docs[str(self.claims.at[i, "source_id"])] += 1
        splits = []
        for split in table("annotations").column("split").values:
            docs = sorted(set(gold["source_id"][gold["split"] == split]))
            if not docs:
                continue
            splits.append(
                {
                    "split": split,
                    "interviews": len(docs),
                    "gold": int((gold["split"] == split).sum()),
                    "claims": sum(int(per_doc.get(d, 0)) for d in docs),
                    "matched": sum(matched_docs.get(d, 0) for d in docs),
                }
            )
        return {
            "codebook": sorted({str(v) for v in gold["codebook_version"]}),
            "splits": splits,
            "gold": len(gold),
        }

    @staticmethod
    def claim_ids(release_dir: Path) -> list[str]:
        return [str(c) for c in read_tables(release_dir, ("claims",))["claims"]["claim_id"]]

    # --- counts for the charts and the interview list ---------------------------------------

    def counts(self, claims: pd.DataFrame | None = None) -> dict[str, list[tuple[str, int]]]:
        """Claims by type, speaker role and hedging, and the years their times cover (a claim
        counts once in each year any of its times covers)."""
        claims = self.claims if claims is None else claims
        by_type = claims["claim_type"].value_counts()
        by_role = claims["speaker_role"].value_counts()
        hedged = int(claims["hedged"].astype(bool).sum())
        years: dict[int, int] = defaultdict(int)
        for claim_id in claims["claim_id"]:
            covered: set[int] = set()
            for first, last in self.years.get(claim_id, ()):
                covered.update(range(first, min(last, first + 200) + 1))
            for year in covered:
                years[year] += 1
        types = table("claims").column("claim_type").values
        roles = table("claims").column("speaker_role").values
        return {
            "type": [(v, int(by_type.get(v, 0))) for v in types],
            "role": [(v, int(by_role.get(v, 0))) for v in roles],
            "hedged": [("hedged", hedged), ("not hedged", len(claims) - hedged)],
            "years": [(str(y), n) for y, n in sorted(years.items())],
        }

    def counts_by_interview(self) -> dict[str, dict[str, list[tuple[str, int]]]]:
        return {
            str(source_id): self.counts(group)
            for source_id, group in self.claims.groupby("source_id", sort=False)
        }

    def interviews(self) -> list[dict[str, Any]]:
        """Every interview with its metadata and claim counts, in the claims' order."""
        per_doc = self.claims.groupby("source_id", sort=False)
        counted = per_doc.size().to_dict()
        by_role = per_doc["speaker_role"].value_counts().to_dict()
        out = []
        for row in self.documents.itertuples(index=False):
            doc = {
                field: _plain(getattr(row, field, None))
                for field in ("source_id", "url", *DOC_FIELDS)
            }
            doc["claims"] = int(counted.get(row.source_id, 0))
            doc["by_interviewee"] = int(by_role.get((row.source_id, "interviewee"), 0))
            out.append(doc)
        return out

    # --- the files of the claim browser ----------------------------------------------------

    def manifest(self, *, version: str, released: str, gone: dict[str, str]) -> dict[str, Any]:
        claims = self.claims
        roles = list(table("claims").column("speaker_role").values)
        types = list(table("claims").column("claim_type").values)
        docs = self.interviews()
        first: dict[str, int] = {}
        for i, source_id in enumerate(claims["source_id"]):
            first.setdefault(str(source_id), i)
        speakers: list[str] = []
        speaker_index: dict[str, int] = {}
        doc_speakers: dict[str, list[int]] = defaultdict(list)
        local: list[str] = []
        for source_id, speaker in zip(claims["source_id"], claims["speaker"], strict=True):
            name = _plain(speaker) or ""
            if name not in speaker_index:
                speaker_index[name] = len(speakers)
                speakers.append(name)
            here = doc_speakers[source_id]
            k = speaker_index[name]
            if k not in here:
                here.append(k)
            local.append(chr(48 + here.index(k)))
        heights = {k: summary_height(v) for k, v in self.counts_by_interview().items()}
        gold = self.gold_by_interview()
        matched: dict[str, int] = defaultdict(int)
        if self.gold is not None:
            for row in self.gold_match.values():
                matched[str(self.gold.at[row, "source_id"])] += 1
        for doc in docs:
            doc["chart"] = heights.get(doc["source_id"], 0)
            doc["first"] = first.get(doc["source_id"], 0)
            doc["speakers"] = doc_speakers.get(doc["source_id"], [])
            rows = gold.get(doc["source_id"])
            if rows and self.gold is not None:
                doc["gold"] = len(rows)
                doc["split"] = str(self.gold.at[rows[0], "split"])
                doc["matched"] = matched.get(doc["source_id"], 0)
        conf = None
        if "type_confidence" in claims.columns:
            conf = "".join(
                "-" if _plain(v) is None else "0123456789a"[min(10, max(0, int(float(v) * 10)))]
                for v in claims["type_confidence"]
            )
        return {
            "version": version,
            "released": released,
            "n": len(claims),
            "chunk": CHUNK,
            "idDigits": 2 if len(claims) > 20000 else 1,
            "docs": docs,
            "speakers": speakers,
            "entities": self.entity_names,
            "roles": roles,
            "types": types,
            "role": "".join(str(roles.index(r)) for r in claims["speaker_role"]),
            "type": "".join(str(types.index(t)) for t in claims["claim_type"]),
            "hedged": "".join("1" if h else "0" for h in claims["hedged"]),
            "speaker": "".join(local),
            "conf": conf,
            "gone": gone,
            # The release's gold (None before 2.1.0, or none of its interviews annotated): the
            # codebook versions it follows; each
            # interview that has gold says how many claims (docs[k].gold) and its split.
            "gold": None
            if self.gold is None or self.gold.empty
            else {"codebook": sorted({str(v) for v in self.gold["codebook_version"]})},
            "shards": sorted(self.word_shards()),
            "split": self.split_shards(),
            # Columns the page has no place of its own for, name -> description, listed under
            # the claim, so that a new column shows without a change to the page.
            "more": {m["name"]: m["description"] for m in self.more_columns()},
        }

    def more_columns(self) -> list[dict[str, str]]:
        claims = self.claims
        shown = [c for c in table("claims").columns if c.on_site and c.name in claims.columns]
        known = {c.name for c in table("claims").columns}
        return [
            {"name": c.name, "description": c.description} for c in shown if c.name not in LAID_OUT
        ] + [  # a column of a newer release than this registry knows (a confidence, say)
            {"name": name, "description": ""}
            for name in claims.columns
            if name.endswith("_confidence") and name not in LAID_OUT and name not in known
        ]

    def claims_data(self) -> dict[str, Any]:
        """The claim browser's data in one object, each claim with its shown columns and
        entity names (for tools and tests; the page itself loads it in parts)."""
        names = [c["name"] for c in self.more_columns()]
        shown = [c.name for c in table("claims").columns if c.on_site and c.name in self.claims]
        out = []
        for row in self.claims.to_dict("records"):
            claim = {k: _plain(row[k]) for k in dict.fromkeys([*shown, *names])}
            claim["entities"] = [self.entity_names[k] for k in self.claim_entities[row["claim_id"]]]
            out.append(claim)
        return {"more": self.more_columns(), "claims": out}

    def _joined(self) -> tuple[dict[str, dict[str, Any]], dict[str, Any], dict[str, Any]]:
        """Passages by id, quantities and times by claim: made once for all the files."""
        if self._join is None:
            passages = {
                str(p["passage_id"]): {
                    "kind": p["kind"],
                    "speaker": _plain(p["speaker"]),
                    "s": int(p["char_start"]),
                    "text": _plain(p["text"]),
                    "question_id": _plain(p["question_id"]),
                }
                for p in self.tables["passages"].to_dict("records")
                # a passage whose text the licence withholds is left out: its claims show alone
                if isinstance(p["text"], str)
            }
            self._join = (
                passages,
                _by_claim(self.tables["quantities"]),
                _by_claim(self.tables["times"]),
            )
        return self._join

    def chunk(self, k: int) -> dict[str, Any]:
        """The claims ``k * CHUNK ..`` in full, with their passages and questions."""
        passages, quantities, times = self._joined()
        part = self.claims.iloc[k * CHUNK : (k + 1) * CHUNK]
        more = [c for c in part.columns if c not in LAID_OUT and c not in {"seq", "extractor"}]
        out_claims: list[dict[str, Any]] = []
        wanted: set[str] = set()
        for row in part.to_dict("records"):
            claim_id = row["claim_id"]
            wanted.add(row["passage_id"])
            question = _plain(row.get("question_id"))
            if question is None and row["passage_id"] in passages:
                question = passages[row["passage_id"]]["question_id"]
            if question:
                wanted.add(question)
            out_claims.append(
                {
                    "id": claim_id,
                    "text": row["text"],
                    "s": int(row["char_start"]),
                    "e": int(row["char_end"]),
                    "p": row["passage_id"],
                    "qid": question,
                    "conf": _plain(row.get("type_confidence")),
                    "quantities": [
                        [
                            int(q["char_start"]),
                            int(q["char_end"]),
                            q["text"],
                            _plain(q["value"]),
                            _plain(q["value_low"]),
                            _plain(q["value_high"]),
                            _plain(q["unit"]),
                        ]
                        for q in quantities.get(claim_id, [])
                    ],
                    "times": [_time(t) for t in times.get(claim_id, [])],
                    "mentions": self.mentions.get(claim_id, []),
                    "more": {c: _plain(row[c]) for c in more if _plain(row[c]) is not None},
                    **self._gold_of(k * CHUNK + len(out_claims)),
                }
            )
        return {
            "claims": out_claims,
            "passages": {
                pid: {k: v for k, v in passages[pid].items() if k != "question_id"}
                for pid in sorted(wanted)
                if pid in passages
            },
        }

    def _gold_of(self, position: int) -> dict[str, Any]:
        """The gold claim a claim matches, as ``{"gold": {...}}``, or nothing."""
        row = self.gold_match.get(position)
        if row is None or self.gold is None:
            return {}
        g = self.gold.iloc[row]
        return {
            "gold": {
                "id": str(g["annotation_id"]),
                "text": str(g["text"]),
                "role": str(g["speaker_role"]),
                "type": str(g["claim_type"]),
                "hedged": bool(g["hedged"]),
            }
        }

    def gold_file(self, source_id: str) -> dict[str, Any]:
        """The gold claims of one interview in its gold file's order, each with the position
        of the claim that matches it (or null); quantities, times and entities as the gold
        records them."""
        assert self.gold is not None
        match = {row: i for i, row in self.gold_match.items()}
        out = []
        for r in self.gold_by_interview().get(source_id, []):
            g = self.gold.iloc[r]
            out.append(
                {
                    "id": str(g["annotation_id"]),
                    "text": str(g["text"]),
                    "s": int(g["char_start"]),
                    "e": int(g["char_end"]),
                    "role": str(g["speaker_role"]),
                    "type": str(g["claim_type"]),
                    "hedged": bool(g["hedged"]),
                    **{name: _json_list(g[name]) for name in ("quantities", "times", "entities")},
                    "match": match.get(r),
                }
            )
        return {"claims": out}

    def word_shards(self) -> dict[str, dict[str, str]]:
        """word -> claim positions (:func:`postings`), by shard: see :meth:`_word_shards`."""
        if self._shards is None:
            self._shards, self._split = self._word_shards()
        return self._shards

    def split_shards(self) -> list[str]:
        """The shards split by one more letter because they were large (see
        :meth:`_word_shards`): a word typed whose next letter has no shard is in no claim."""
        self.word_shards()
        return sorted(self._split)

    def _word_shards(self) -> tuple[dict[str, dict[str, str]], set[str]]:
        """The word index, sharded by the words' first two letters (one-letter words by
        theirs). A shard larger than ``SHARD_BYTES`` is split by one more letter, again and
        again, so that a word typed loads one file of at most about ``SHARD_BYTES`` (unless a
        single word's entry is bigger): its words of just that many letters stay in it, the
        longer ones move to the shard of their next letter. Returns the shards and the keys
        that were split."""
        positions: dict[str, list[int]] = defaultdict(list)
        for i, text in enumerate(self.claims["text"]):
            for word in set(words(str(text))):
                positions[word].append(i)
        n = len(self.claims)
        shards: dict[str, dict[str, str]] = defaultdict(dict)
        for word, found in positions.items():
            shards[shard_of(word)][word] = postings(found, n)
        split: set[str] = set()
        letters = {key: len(bytes.fromhex(key).decode("utf-8")) for key in shards}
        large = [k for k, v in shards.items() if _size(v) > SHARD_BYTES]
        while large:
            key = large.pop()
            depth = letters[key]
            if not any(len(word) > depth for word in shards[key]):
                continue  # words of just these letters: nothing to split by
            split.add(key)
            children = set()
            for word, coded in list(shards[key].items()):
                if len(word) > depth:
                    del shards[key][word]
                    child = shard_of(word, depth + 1)
                    letters[child] = depth + 1
                    shards[child][word] = coded
                    children.add(child)
            large += [c for c in children if _size(shards[c]) > SHARD_BYTES]
            if not shards[key]:
                del shards[key]
        return dict(shards), split

    def id_shards(self, digits: int) -> dict[str, dict[str, int]]:
        shards: dict[str, dict[str, int]] = defaultdict(dict)
        for i, claim_id in enumerate(self.ids):
            shards[claim_id[2 : 2 + digits]][claim_id] = i
        return shards

    def entity_postings(self) -> list[str]:
        positions: list[list[int]] = [[] for _ in self.entity_names]
        for i, claim_id in enumerate(self.ids):
            for k in self.claim_entities.get(claim_id, ()):
                positions[k].append(i)
        return [postings(p, len(self.ids)) for p in positions]

    def time_postings(self) -> list[list[int]]:
        """[position, first year, last year] of each period a claim talks about: one row per
        distinct period, so a claim naming 2006 and 2016 is not taken to talk about 2010."""
        out = []
        for i, claim_id in enumerate(self.ids):
            for first, last in sorted(set(self.years.get(claim_id, ()))):
                out.append([i, first, last])
        return out

    def write_data(self, to: Path) -> None:
        """Every ``ICdata`` file of this release's claim browser into ``to``."""
        to.mkdir(parents=True, exist_ok=True)

        def write(name: str, payload: object) -> None:
            (to / f"{name}.js").write_text(
                f"ICdata({json.dumps(name)},{embed(payload)});\n", encoding="utf-8"
            )

        for k in range((len(self.ids) + CHUNK - 1) // CHUNK):
            write(f"c{k}", self.chunk(k))
        for shard, entries in self.word_shards().items():
            write(f"w-{shard}", entries)
        digits = 2 if len(self.ids) > 20000 else 1
        for shard, id_entries in self.id_shards(digits).items():
            write(f"i-{shard}", id_entries)
        write("entities", self.entity_postings())
        write("times", self.time_postings())
        gold = self.gold_by_interview()
        for k, source_id in enumerate(self.documents["source_id"]):
            if str(source_id) in gold:
                write(f"g{k}", self.gold_file(str(source_id)))


def _json_list(value: Any) -> list[Any]:
    """A JSON array column of the gold (text) as a list; anything else as an empty one."""
    try:
        parsed = json.loads(str(value)) if isinstance(value, str) else []
    except ValueError:
        return []
    return parsed if isinstance(parsed, list) else []


BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def postings(positions: list[int], n: int) -> str:
    """Claim positions (ascending, of ``n`` claims) as text, whichever is shorter: the gaps
    between them in base 36 joined by '.' (a rare word), or a bitmap of all ``n`` claims, six
    to a character, after a '~' (a word most claims hold: "the" takes a sixth of the bytes)."""
    deltas = _deltas(positions)
    if len(deltas) <= n // 6 + 2:
        return deltas
    bits = bytearray((n + 5) // 6)
    for p in positions:
        bits[p // 6] |= 1 << (p % 6)
    return "~" + "".join(BASE64[b] for b in bits)


def _deltas(positions: Iterable[int]) -> str:
    out, last = [], 0
    for p in positions:
        out.append(_b36(p - last))
        last = p
    return ".".join(out)


def _b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return out


def _by_claim(frame: pd.DataFrame) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in frame.to_dict("records"):
        out[str(row["claim_id"])].append({str(k): v for k, v in row.items()})
    return out


def _time(row: dict[str, Any]) -> list[Any]:
    """[start, end, text, from, to, granularity] of a time expression: the period it covers as
    the release gives it (``period_start``/``period_end`` if it has them, else ISO text)."""
    if "period_start" in row:
        first, last = _plain(row.get("period_start")), _plain(row.get("period_end"))
    else:
        first = _plain(row.get("start_iso", row.get("start")))
        last = _plain(row.get("end_iso", row.get("end")))
    return [
        int(row["char_start"]),
        int(row["char_end"]),
        row["text"],
        first,
        last,
        _plain(row.get("granularity")),
    ]
