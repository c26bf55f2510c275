"""Only what changed is recomputed: ``interview-claims build`` extracts the sources whose
content or code changed since their last materialization, one run per contiguous range of
partitions, then the release; counted in materialization events on a test instance."""

from __future__ import annotations

import hashlib
import shutil
from collections import Counter
from pathlib import Path

import dagster as dg
import pytest

from pipeline.definitions import defs
from pipeline.defs.history import EXTRACTED, contiguous_ranges, stale_partitions
from pipeline.defs.partitions import source_hash
from pipeline.runner import build

from .conftest import PROJECT, REFERENCE_ID

INTERVIEWS = PROJECT / "tests" / "data" / "interviews"
OTHERS = ["ferrer-spain-drought-2023", "marsh-nhs-waiting-lists-2024"]
ASSETS = ["claims", "dataset", "release"]


@pytest.fixture
def three_sources(reference_sources: Path) -> Path:
    """The reference interview and two of other layouts (partition order: ferrer, marsh,
    pauline)."""
    for source_id in OTHERS:
        for ext in ("txt", "yaml"):
            shutil.copy(INTERVIEWS / f"{source_id}.{ext}", reference_sources / f"{source_id}.{ext}")
    return reference_sources


def counts(instance: dg.DagsterInstance) -> Counter[tuple[str, str | None]]:
    """Materialization events per (asset, partition)."""
    found: Counter[tuple[str, str | None]] = Counter()
    for name in ASSETS:
        records = instance.fetch_materializations(dg.AssetKey(name), limit=1000).records
        found.update((name, record.partition_key) for record in records)
    return found


def extract_runs(instance: dg.DagsterInstance) -> int:
    return len(instance.get_run_records(dg.RunsFilter(job_name="extract_sources")))


def retitle(sources: Path, source_id: str, title: str) -> None:
    meta = sources / f"{source_id}.yaml"
    lines = meta.read_text(encoding="utf-8").splitlines()
    lines = [f"title: {title}" if line.startswith("title:") else line for line in lines]
    meta.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_editing_one_source_recomputes_only_its_partitions_and_the_release(
    instance: dg.DagsterInstance, tmp_path: Path, three_sources: Path, epoch: int
) -> None:
    outputs, corpus = tmp_path / "out", tmp_path / "no-corpus"
    messages: list[str] = []
    first = build(three_sources, outputs, corpus_dir=corpus, say=messages.append)
    assert first.version == "1.0.0"
    assert extract_runs(instance) == 1  # all three sources: one range, one run
    assert "extracting claims from 3 source(s) (0 unchanged, 1 run(s))" in " ".join(messages)
    ids = [*OTHERS, REFERENCE_ID]
    assert counts(instance) == Counter(
        {("claims", p): 1 for p in ids} | {("dataset", None): 1, ("release", None): 1}
    )

    # Unchanged: no extraction and no release run at all.
    messages.clear()
    before = counts(instance)
    again = build(three_sources, outputs, corpus_dir=corpus, say=messages.append)
    assert not again.published
    assert "all 3 source(s) unchanged" in " ".join(messages)
    assert "nothing changed since the last release" in " ".join(messages)
    assert extract_runs(instance) == 1
    assert counts(instance) == before

    # Same claims, another outputs folder: the release runs there and publishes.
    elsewhere = build(three_sources, tmp_path / "elsewhere", corpus_dir=corpus, say=lambda _: None)
    assert elsewhere.published and elsewhere.version == "1.0.0"

    # One source edited: only its partition, then the release (a patch: values changed).
    before = counts(instance)
    retitle(three_sources, "marsh-nhs-waiting-lists-2024", "NHS waiting lists, revisited")
    edited = build(three_sources, outputs, corpus_dir=corpus, say=lambda _: None)
    assert edited.version == "1.0.1"
    delta = counts(instance) - before
    assert delta == Counter(
        {("claims", "marsh-nhs-waiting-lists-2024"): 1, ("dataset", None): 1, ("release", None): 1}
    )
    assert extract_runs(instance) == 2

    # Two sources apart in the partition order: two runs, one for each range.
    retitle(three_sources, OTHERS[0], "Drought in Spain, revisited")
    retitle(three_sources, REFERENCE_ID, "Kazakhstan and the war, revisited")
    before = counts(instance)
    build(three_sources, outputs, corpus_dir=corpus, say=lambda _: None)
    assert extract_runs(instance) == 4
    assert {p for (a, p) in counts(instance) - before if a == "claims"} == {OTHERS[0], REFERENCE_ID}


def test_stale_after_a_change_of_content_or_code(
    instance: dg.DagsterInstance, tmp_path: Path, reference_sources: Path
) -> None:
    from pipeline.defs.resources import ProjectPaths

    instance.add_dynamic_partitions("sources", [REFERENCE_ID])
    hashes = {REFERENCE_ID: source_hash(reference_sources, REFERENCE_ID)}
    version = defs.resolve_asset_graph().get(EXTRACTED).code_version
    assert stale_partitions(instance, hashes, version) == {REFERENCE_ID}  # never materialized

    paths = ProjectPaths(sources_dir=str(reference_sources), outputs_dir=str(tmp_path / "out"))
    assert dg.materialize(
        [defs.get_assets_def(EXTRACTED)],
        partition_key=REFERENCE_ID,
        instance=instance,
        resources={"paths": paths},
    ).success
    assert stale_partitions(instance, hashes, version) == set()
    # a one-source run also records a data version made of the content hash and the code
    record = instance.get_latest_data_version_record(EXTRACTED, partition_key=REFERENCE_ID)
    assert record is not None and record.asset_materialization is not None
    expected = hashlib.sha256(f"{hashes[REFERENCE_ID]}:{version}".encode()).hexdigest()[:16]
    assert record.asset_materialization.tags["dagster/data_version"] == expected

    assert stale_partitions(instance, hashes, "other code") == {REFERENCE_ID}
    assert stale_partitions(instance, {REFERENCE_ID: "other content"}, version) == {REFERENCE_ID}


def test_contiguous_ranges() -> None:
    order = ["a", "b", "c", "d", "e"]
    assert contiguous_ranges(order, []) == []
    assert contiguous_ranges(order, ["b", "c", "e"]) == [("b", "c"), ("e", "e")]
    assert contiguous_ranges(order, order) == [("a", "e")]
    assert contiguous_ranges(order, ["a", "zz"]) == [("a", "a")]
