"""Validate tables: each against its pandera model, and across tables (keys, references,
provenance). Used by the Dagster asset checks before anything is published, and by
``interview-claims validate`` on a published release.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import pandera.errors

from pipeline.publish.tables import Tables, text_sha256
from schemas import CORPUS_TABLES, TABLES, Table, table, table_metadata
from schemas.tables import schema_of

SAMPLE_ROWS = 5


@dataclass
class CheckOutcome:
    """The result of one check: how many failures, readable reasons, and a few failing rows."""

    name: str
    failures: int = 0
    reasons: list[str] = field(default_factory=list)
    sample: list[dict[str, object]] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.failures == 0

    def fail(self, reason: str, rows: pd.DataFrame | None = None, count: int = 1) -> None:
        self.failures += count
        self.reasons.append(reason)
        if rows is not None and len(self.sample) < SAMPLE_ROWS:
            for record in rows.head(SAMPLE_ROWS - len(self.sample)).to_dict("records"):
                self.sample.append({str(k): _short(v) for k, v in record.items()})


def _short(value: object) -> object:
    if isinstance(value, str) and len(value) > 120:
        return value[:117] + "..."
    return None if value is pd.NA else value


def _with_keys(name: str, frame: pd.DataFrame, failures: pd.DataFrame) -> pd.DataFrame:
    """Failure cases with the failing row's primary key and source in front: a position in
    the combined table means nothing to whoever must find the row in a source."""
    keys = [c for c in (*table_metadata(name)["primary_key"], "source_id") if c in frame]
    keys = list(dict.fromkeys(keys))
    rows = pd.to_numeric(failures["index"], errors="coerce")
    found = rows.notna() & rows.isin(range(len(frame)))
    out = failures.copy()
    for key in reversed(keys):
        values = [
            frame[key].iloc[int(r)] if ok else None for r, ok in zip(rows, found, strict=True)
        ]
        out.insert(0, key, values)
    return out.rename(columns={"index": "row"})


def check_table(name: str, frame: pd.DataFrame, entry: Table | None = None) -> CheckOutcome:
    """Validate one table against its pandera model (all failures, not only the first): the
    registry's, or ``entry``'s (an older layout, for a release published in it)."""
    outcome = CheckOutcome(f"{name}_schema")
    try:
        schema_of(entry or table(name)).validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as err:
        cases = err.failure_cases
        for (column, check), group in cases.groupby(["column", "check"], dropna=False, sort=True):
            outcome.fail(
                f"{name}.{column}: {check} fails for {len(group)} value(s), e.g. "
                f"{_short(group['failure_case'].iloc[0])!r}",
                _with_keys(name, frame, group[["column", "check", "failure_case", "index"]]),
                count=len(group),
            )
    return outcome


def _spans(
    outcome: CheckOutcome, name: str, frame: pd.DataFrame, texts: dict[str, str], owner: pd.Series
) -> None:
    """Every span's text equals its document's slice. Spans of a document whose text the
    release withholds (licence) cannot be checked here, only after ``hydrate``; a passage's
    own text is then withheld too."""
    # Plain lists and a dict: a pandas look-up per row costs ~100x more on 10^5 rows.
    bad = []
    withheld = {doc for doc, text in texts.items() if not isinstance(text, str)}
    rows = zip(
        owner.tolist(),
        frame["char_start"].tolist(),
        frame["char_end"].tolist(),
        frame["text"].tolist(),
        strict=True,
    )
    for i, (doc, start, end, text) in enumerate(rows):
        if doc in withheld:
            if name == "passages" and isinstance(text, str):
                bad.append(i)  # a withheld document's passages are withheld too
            continue
        doc_text = texts.get(doc) if isinstance(doc, str) else None
        if (
            doc_text is None
            or not 0 <= start <= end <= len(doc_text)
            or (doc_text[start:end] != text)
        ):
            bad.append(i)
    if bad:
        outcome.fail(
            f"{name}: {len(bad)} span(s) whose text is not documents.text[char_start:char_end]",
            frame.iloc[bad],
            count=len(bad),
        )


def _unique(outcome: CheckOutcome, name: str, frame: pd.DataFrame, key: list[str]) -> None:
    dupes = frame[frame.duplicated(subset=key, keep=False)]
    if len(dupes):
        outcome.fail(f"{name}: {len(dupes)} row(s) share a primary key {key}", dupes, len(dupes))


def _resolves(
    outcome: CheckOutcome,
    name: str,
    frame: pd.DataFrame,
    column: str,
    target: pd.Series,
    target_name: str,
) -> None:
    # Python sets: pandas' isin on Arrow strings builds a Python list of every value anyway.
    values = frame[column]
    known = set(target.dropna().tolist())
    found = [value in known for value in values.tolist()]
    missing = frame[values.notna() & ~pd.Series(found, index=frame.index, dtype=bool)]
    if len(missing):
        outcome.fail(
            f"{name}.{column}: {len(missing)} value(s) not found in {target_name}",
            missing,
            len(missing),
        )


def check_cross_tables(
    tables: Tables, declarations: dict[str, Table] | None = None
) -> CheckOutcome:
    """Unique keys, foreign keys that resolve, and provenance of every span; the corpus
    tables are checked too when ``tables`` has them (a release from 2.1.0)."""
    outcome = CheckOutcome("cross_table")
    for name in TABLES:
        if name in tables:
            _keys(outcome, name, tables, (declarations or {}).get(name) or table(name))
    documents = tables["documents"]
    texts = _texts(documents)
    _text_hashes(outcome, documents)
    if "annotations" in tables:
        frame = tables["annotations"]
        _spans(outcome, "annotations", frame, texts, frame["source_id"])
    _spans(outcome, "passages", tables["passages"], texts, tables["passages"]["source_id"])
    _spans(outcome, "claims", tables["claims"], texts, tables["claims"]["source_id"])
    # First of any repeated key (already reported above), so that a look-up cannot fail.
    claim_source = tables["claims"].drop_duplicates("claim_id").set_index("claim_id")["source_id"]
    for name in ("mentions", "quantities", "times"):
        frame = tables[name]
        _spans(outcome, name, frame, texts, frame["claim_id"].map(claim_source))
    _inside(outcome, tables)
    return outcome


def _keys(outcome: CheckOutcome, name: str, tables: Tables, entry: Table) -> None:
    frame = tables[name]
    _unique(outcome, name, frame, list(entry.primary_key))
    for fields, other, keys in entry.foreign_keys:
        if other in tables:
            _resolves(outcome, name, frame, fields[0], tables[other][keys[0]], f"{other}.{keys[0]}")


def _texts(documents: pd.DataFrame) -> dict[str, str]:
    return dict(zip(documents["source_id"].tolist(), documents["text"].tolist(), strict=True))


def check_corpus_tables(tables: Tables) -> list[CheckOutcome]:
    """The corpus tables alone (their models, keys, references and the annotations' spans),
    for data tables checked already; nothing when ``tables`` has none."""
    names = [name for name in CORPUS_TABLES if name in tables]
    if not names:
        return []
    outcome = CheckOutcome("corpus_tables")
    for name in names:
        _keys(outcome, name, tables, table(name))
    if "annotations" in tables:
        frame = tables["annotations"]
        _spans(outcome, "annotations", frame, _texts(tables["documents"]), frame["source_id"])
    return [*(check_table(name, tables[name]) for name in names), outcome]


def _text_hashes(outcome: CheckOutcome, documents: pd.DataFrame) -> None:
    """Each text that is present is the one ``text_sha256`` names (releases from 2.0.0)."""
    if "text_sha256" not in documents:
        return
    bad = [
        i
        for i, (text, digest) in enumerate(
            zip(documents["text"].tolist(), documents["text_sha256"].tolist(), strict=True)
        )
        if isinstance(text, str) and text_sha256(text) != digest
    ]
    if bad:
        outcome.fail(
            f"documents: {len(bad)} text(s) whose sha256 is not text_sha256",
            documents.iloc[bad][["source_id", "text_sha256"]],
            len(bad),
        )


def _inside(outcome: CheckOutcome, tables: Tables) -> None:
    """Claims lie inside their passage; answers point at questions."""
    passages = tables["passages"].drop_duplicates("passage_id").set_index("passage_id")
    claims = tables["claims"]
    # An empty release (published on request) has nothing to join; Arrow-backed columns
    # cannot even be joined when empty.
    if not claims.empty and not passages.empty:
        joined = claims.join(passages[["char_start", "char_end"]], on="passage_id", rsuffix="_p")
        outside = joined[
            (joined["char_start"] < joined["char_start_p"])
            | (joined["char_end"] > joined["char_end_p"])
        ]
        if len(outside):
            outcome.fail(
                f"claims: {len(outside)} claim(s) outside their passage",
                outside[["claim_id", "passage_id", "char_start", "char_end"]],
                len(outside),
            )
        if "question_id" in joined:
            expected = joined["passage_id"].map(passages["question_id"]).tolist()
            given = joined["question_id"].tolist()
            mask = [
                (e if isinstance(e, str) else None) != (g if isinstance(g, str) else None)
                for e, g in zip(expected, given, strict=True)
            ]
            differs = joined[mask]
            if len(differs):
                outcome.fail(
                    f"claims: {len(differs)} question_id(s) that are not their passage's",
                    differs[["claim_id", "passage_id", "question_id"]],
                    len(differs),
                )
    answers = tables["passages"][tables["passages"]["question_id"].notna()]
    kinds = answers["question_id"].map(passages["kind"])
    wrong = answers[kinds.notna() & (kinds != "question")]
    if len(wrong):
        outcome.fail(
            f"passages: {len(wrong)} question_id(s) that are not questions", wrong, len(wrong)
        )


def check_changes(changes: pd.DataFrame) -> list[CheckOutcome]:
    """The changes table alone (its model and its key), for data tables checked already."""
    keys = CheckOutcome("changes_keys")
    _unique(keys, "changes", changes, list(table_metadata("changes")["primary_key"]))
    return [check_table("changes", changes), keys]


def check_all(tables: Tables, declarations: dict[str, Table] | None = None) -> list[CheckOutcome]:
    """Every per-table and cross-table check, in a fixed order; ``declarations``: the tables'
    layouts when not the registry's (a release published in an older layout)."""
    given = declarations or {}
    outcomes = [
        check_table(name, tables[name], given.get(name)) for name in TABLES if name in tables
    ]
    # The corpus tables are checked with the others when present; a release published before
    # they existed lacks them.
    if all(name in tables for name in TABLES if name not in CORPUS_TABLES):
        outcomes.append(check_cross_tables(tables, given))
    return outcomes
