"""The corpus tables (issue 14): the adjudicated gold of the corpus interviews that are
sources of a release, and the annotation passes' agreement with it, published as tables of
their own; releases published before them (1.x, 2.0.0) still read, verify and load."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from pipeline.access.load import LoadError, load
from pipeline.evaluation.benchmark import annotation_id, benchmark_tables
from pipeline.evaluation.scoring import read_gold
from pipeline.extraction import extract_source
from pipeline.publish.files import read_tables
from pipeline.publish.layout import release_tables
from pipeline.publish.release import PublishError, publish
from pipeline.publish.tables import Tables, combine
from pipeline.publish.validation import check_corpus_tables, check_cross_tables
from pipeline.publish.verify import verify_release
from pipeline.publish.versioning import required_bump
from schemas import CORPUS_TABLES, DATA_TABLES

from ..conftest import PROJECT
from .conftest import DEV_ID, TEST_ID

RELEASES = PROJECT / "outputs" / "releases"


@pytest.fixture
def corpus(small_corpus: Path) -> Path:
    """The small corpus with two annotation passes of the test interview: ``a`` as the gold
    (full agreement), ``b`` with its first claim missing and the second's hedging flipped."""
    gold = (small_corpus / "gold" / f"{TEST_ID}.jsonl").read_text(encoding="utf-8")
    records = [json.loads(line) for line in gold.splitlines() if line.strip()]
    (small_corpus / "passes" / f"{TEST_ID}.a.jsonl").write_text(gold, encoding="utf-8")
    changed = [dict(r) for r in records[1:]]
    changed[0]["hedged"] = not changed[0]["hedged"]
    (small_corpus / "passes" / f"{TEST_ID}.b.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in changed), encoding="utf-8"
    )
    return small_corpus


@pytest.fixture
def data_tables(corpus: Path) -> Tables:
    """Both corpus interviews extracted, as a build of a sources folder holding them would."""
    return combine(extract_source(corpus / "texts", sid) for sid in (TEST_ID, DEV_ID))


def _all(corpus: Path, tables: Tables) -> Tables:
    return {**tables, **benchmark_tables(corpus, tables["documents"])}


def test_the_tables_from_a_small_corpus(corpus: Path, data_tables: Tables) -> None:
    built = benchmark_tables(corpus, data_tables["documents"])
    assert set(built) == set(CORPUS_TABLES)
    gold = built["annotations"]
    documents = data_tables["documents"]
    texts = dict(zip(documents["source_id"], documents["text"], strict=True))
    for sid, split in ((TEST_ID, "test"), (DEV_ID, "dev")):
        records = read_gold(corpus / "gold" / f"{sid}.jsonl")
        rows = gold[gold["source_id"] == sid]
        assert len(rows) == len(records)
        assert set(rows["split"]) == {split}
        assert rows["seq"].tolist() == list(range(len(records)))
        for record, row in zip(records, rows.itertuples(), strict=True):
            assert row.text == texts[sid][row.char_start : row.char_end] == record["text"]
            assert row.annotation_id == annotation_id(sid, row.char_start, row.char_end)
            assert row.claim_type == record["claim_type"] and row.hedged == record["hedged"]
            for name in ("quantities", "times", "entities"):
                assert json.loads(getattr(row, name)) == record.get(name, [])
    assert gold["annotation_id"].is_unique
    assert set(gold["codebook_version"]) == {"9.9.9"}
    assert not check_corpus_tables({**data_tables, **built})[-1].failures

    agreement = built["annotation_agreement"].set_index("annotation_pass")
    assert list(agreement["source_id"]) == [TEST_ID, TEST_ID]  # the dev interview has no passes
    assert agreement.loc["a", "claims_f1"] == 1.0
    assert agreement.loc["a", "claim_type_accuracy"] == 1.0
    assert agreement.loc["b", "claims_f1"] < 1.0
    assert agreement.loc["b", "hedged_f1"] != agreement.loc["a", "hedged_f1"] or pd.isna(
        agreement.loc["b", "hedged_f1"]
    )


def test_only_the_release_sources_have_rows(corpus: Path, data_tables: Tables) -> None:
    documents = data_tables["documents"]
    built = benchmark_tables(corpus, documents[documents["source_id"] == DEV_ID])
    assert set(built["annotations"]["source_id"]) == {DEV_ID}
    assert built["annotation_agreement"].empty


def test_no_corpus_gives_empty_tables(tmp_path: Path, data_tables: Tables) -> None:
    built = benchmark_tables(tmp_path / "nowhere", data_tables["documents"])
    assert all(built[name].empty for name in CORPUS_TABLES)


def test_a_release_with_them_verifies_loads_and_documents_them(
    tmp_path: Path, corpus: Path, data_tables: Tables, epoch: int
) -> None:
    result = publish(_all(corpus, data_tables), tmp_path)
    release = tmp_path / "releases" / "1.0.0"
    assert result.version == "1.0.0"
    assert verify_release(release) == []
    assert set(CORPUS_TABLES) <= set(release_tables(release))
    for name in CORPUS_TABLES:
        assert (release / "data" / "csv" / f"{name}.csv").is_file()
        assert (release / "data" / "parquet" / f"{name}.parquet").is_file()
    loaded = load("annotations", source=release)
    assert len(loaded) == sum(
        len(read_gold(corpus / "gold" / f"{sid}.jsonl")) for sid in (TEST_ID, DEV_ID)
    )
    descriptor = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in descriptor["resources"]}
    assert resources["annotations"]["codebook_versions"] == ["9.9.9"]
    assert set(resources["annotation_agreement"]["mean_agreement_by_pass"]) == {"a", "b"}
    card = (release / "README.md").read_text(encoding="utf-8")
    assert "## Annotations: a benchmark for claim extraction" in card
    assert "version 9.9.9" in card and "### annotation_agreement" in card
    assert "New tables: `annotations`, `annotation_agreement`" in (
        release / "CHANGELOG.md"
    ).read_text(encoding="utf-8")


def test_a_withheld_source_keeps_its_annotation_rows(
    tmp_path: Path, corpus: Path, data_tables: Tables, epoch: int
) -> None:
    tables = _all(corpus, data_tables)
    documents = tables["documents"].copy()
    documents.loc[documents["source_id"] == TEST_ID, "license"] = "unknown"
    tables["documents"] = documents
    publish(tables, tmp_path)
    release = tmp_path / "releases" / "1.0.0"
    published = read_tables(release)
    assert pd.isna(published["documents"].set_index("source_id").loc[TEST_ID, "text"])
    rows = published["annotations"][published["annotations"]["source_id"] == TEST_ID]
    assert len(rows) and rows["text"].notna().all()
    assert verify_release(release) == []


def test_a_broken_annotation_span_is_caught(
    tmp_path: Path, corpus: Path, data_tables: Tables, epoch: int
) -> None:
    tables = _all(corpus, data_tables)
    broken = tables["annotations"].copy()
    broken.loc[0, "char_start"] += 1
    tables["annotations"] = broken
    assert any("annotations: 1 span(s)" in r for r in check_cross_tables(tables).reasons)
    assert any(
        "annotations: 1 span(s)" in r for o in check_corpus_tables(tables) for r in o.reasons
    )
    for checked in (False, True):
        with pytest.raises(PublishError, match="annotations: 1 span"):
            publish(tables, tmp_path, tables_checked=checked)
    assert not (tmp_path / "releases" / "1.0.0").exists()


def test_the_gold_alone_makes_a_release(
    tmp_path: Path, corpus: Path, data_tables: Tables, epoch: int
) -> None:
    assert publish(data_tables, tmp_path).version == "1.0.0"  # as releases before 2.1.0
    assert not set(CORPUS_TABLES) & set(release_tables(tmp_path / "releases" / "1.0.0"))
    assert verify_release(tmp_path / "releases" / "1.0.0") == []
    with pytest.raises(LoadError, match="no table 'annotations'"):
        load("annotations", source=tmp_path / "releases" / "1.0.0")
    # The same data with the new tables: a release lacking them differs (a new table: minor).
    assert publish(_all(corpus, data_tables), tmp_path).version == "1.1.0"
    assert publish(_all(corpus, data_tables), tmp_path).version is None
    # A value of the gold changes: a patch; a gold claim removed: minor.
    gold = corpus / "gold" / f"{DEV_ID}.jsonl"
    records = read_gold(gold)
    records[0]["hedged"] = not records[0]["hedged"]
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert publish(_all(corpus, data_tables), tmp_path).version == "1.1.1"
    gold.write_text("".join(json.dumps(r) + "\n" for r in records[1:]), encoding="utf-8")
    result = publish(_all(corpus, data_tables), tmp_path)
    assert result.version == "1.2.0"
    changelog = (tmp_path / "releases" / "1.2.0" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "Gold annotations: 0 added, 1 removed" in changelog
    # Publishing without them after a release that has them drops a table: major.
    stored = read_tables(tmp_path / "releases" / "1.2.0")
    assert required_bump(stored, data_tables) == "major"


@pytest.mark.parametrize("version", ["1.0.0", "1.2.1", "2.0.0"])
def test_releases_without_them_still_read_and_verify(version: str) -> None:
    release = RELEASES / version
    names = release_tables(release)
    assert not set(CORPUS_TABLES) & set(names)
    assert set(DATA_TABLES) | {"changes"} == set(names)
    assert verify_release(release) == []
    assert set(read_tables(release)) == set(names)
    with pytest.raises(LoadError, match="no table"):
        load("annotations", version=version, source=PROJECT / "outputs")


def test_publish_after_2_0_0_is_2_1_0_and_nothing_new_is_nothing(
    tmp_path: Path, epoch: int
) -> None:
    """The committed releases as they are: the 2.0.0 data again publishes nothing; with the
    corpus tables it is 2.1.0, which verifies beside the untouched older releases."""
    from pipeline.extract.documents import read_source

    # the committed releases up to 2.0.0, as they stood before the corpus tables existed
    kept = {"1.0.0", "1.1.0", "1.2.0", "1.2.1", "2.0.0"}
    for version in kept:
        shutil.copytree(RELEASES / version, tmp_path / "releases" / version)
    index = json.loads((RELEASES / "index.json").read_text(encoding="utf-8"))
    index["releases"] = [e for e in index["releases"] if e["version"] in kept]
    (tmp_path / "releases" / "index.json").write_text(json.dumps(index), encoding="utf-8")
    tables = read_tables(tmp_path / "releases" / "2.0.0", DATA_TABLES)
    documents, passages = tables["documents"].copy(), tables["passages"].copy()
    documents["text"] = [
        text if isinstance(text, str) else read_source(PROJECT / "sources", sid).text
        for sid, text in zip(documents["source_id"], documents["text"], strict=True)
    ]
    texts = dict(zip(documents["source_id"], documents["text"], strict=True))
    passages["text"] = [
        texts[sid][start:end]
        for sid, start, end in zip(
            passages["source_id"], passages["char_start"], passages["char_end"], strict=True
        )
    ]
    tables = {**tables, "documents": documents, "passages": passages}
    assert publish(tables, tmp_path).version is None
    result = publish(_all(PROJECT / "corpus", tables), tmp_path)
    assert result.version == "2.1.0"
    assert verify_release(tmp_path / "releases" / "2.1.0") == []
    assert (
        read_tables(tmp_path / "releases" / "2.1.0", ("annotations",))["annotations"]["text"]
        .notna()
        .all()
    )
    for version in ("1.0.0", "2.0.0"):
        assert verify_release(tmp_path / "releases" / version) == []


def test_a_source_whose_text_is_not_the_corpus_copy_has_no_gold(
    corpus: Path, data_tables: Tables
) -> None:
    documents = data_tables["documents"].copy()
    documents.loc[documents["source_id"] == TEST_ID, "text"] = "An edited text.\n"
    built = benchmark_tables(corpus, documents)
    assert set(built["annotations"]["source_id"]) == {DEV_ID}
    assert built["annotation_agreement"].empty


def test_a_build_publishes_again_when_only_the_gold_changed(
    instance: Any, tmp_path: Path, corpus: Path, epoch: int
) -> None:
    """``interview-claims build`` skips the release run when its inputs are unchanged: the
    corpus is one of them, so a change of the gold alone makes a new release."""
    from pipeline.runner import build

    outputs, sources = tmp_path / "out", corpus / "texts"  # the corpus texts as the sources
    first = build(sources, outputs, corpus_dir=corpus, say=lambda _: None)
    assert first.version == "1.0.0"
    release = outputs / "releases" / "1.0.0"
    assert len(read_tables(release, ("annotations",))["annotations"]) > 0
    assert not build(sources, outputs, corpus_dir=corpus, say=lambda _: None).published
    gold = corpus / "gold" / f"{TEST_ID}.jsonl"
    records = read_gold(gold)
    records[0]["claim_type"] = (
        "evaluative" if records[0]["claim_type"] != "evaluative" else "factual"
    )
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    again = build(sources, outputs, corpus_dir=corpus, say=lambda _: None)
    assert again.version == "1.0.1"
    assert verify_release(outputs / "releases" / "1.0.1") == []
