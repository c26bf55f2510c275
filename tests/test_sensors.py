"""The sensors and the schedule, evaluated against a test instance the way the daemon would:
partition requests applied, requested runs executed in-process."""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg
import pytest
import yaml
from dagster._core.definitions.sensor_definition import SensorExecutionData
from dagster._core.test_utils import create_run_for_test

from pipeline.definitions import make_definitions
from pipeline.defs.partitions import source_hash
from pipeline.defs.resources import ProjectPaths
from pipeline.defs.schedules import weekly_release
from pipeline.defs.sensors import read_cursor, release_after_sources, sources_sensor
from pipeline.publish.files import read_tables
from pipeline.publish.verify import verify_release

from .conftest import GOLD, PROJECT, REFERENCE_ID

OTHER = "ferrer-spain-drought-2023"


@pytest.fixture
def paths(tmp_path: Path, reference_sources: Path) -> ProjectPaths:
    return ProjectPaths(
        sources_dir=str(reference_sources),
        outputs_dir=str(tmp_path / "out"),
        corpus_dir=str(tmp_path / "no-corpus"),
    )


class Daemon:
    """Evaluates the sensors as the daemon does (run requests resolved against the job and the
    pending partitions), keeps their cursors and applies the partition requests."""

    def __init__(self, instance: dg.DagsterInstance, paths: ProjectPaths) -> None:
        self.instance = instance
        self.paths = paths
        self.cursors: dict[str, str | None] = {}
        self.defs = make_definitions({"paths": paths})

    def tick(self, sensor: dg.SensorDefinition) -> SensorExecutionData:
        context = dg.build_sensor_context(
            instance=self.instance,
            instance_ref=self.instance.get_ref(),  # lets run requests resolve their partitions
            cursor=self.cursors.get(sensor.name),
            resources={"paths": self.paths},
            definitions=self.defs,
        )
        data = sensor.evaluate_tick(context)
        for request in data.dynamic_partitions_requests or []:
            if isinstance(request, dg.AddDynamicPartitionsRequest):
                self.instance.add_dynamic_partitions(
                    request.partitions_def_name, request.partition_keys
                )
            else:
                for key in request.partition_keys:
                    self.instance.delete_dynamic_partition(request.partitions_def_name, key)
        if data.cursor is not None:
            self.cursors[sensor.name] = data.cursor
        return data

    def sources(self) -> SensorExecutionData:
        return self.tick(sources_sensor)

    def release(self) -> SensorExecutionData:
        return self.tick(release_after_sources)

    def run(self, job: str, request: dg.RunRequest) -> dg.ExecuteInProcessResult:
        result = self.defs.resolve_job_def(job).execute_in_process(
            instance=self.instance,
            partition_key=request.partition_key,
            tags=request.tags,
            raise_on_error=False,
        )
        assert result.success
        return result


def copy_source(source_id: str, into: Path) -> None:
    folder = PROJECT / "tests" / "data" / "interviews"
    for ext in ("txt", "yaml"):
        shutil.copy(folder / f"{source_id}.{ext}", into / f"{source_id}.{ext}")


def requested(data: SensorExecutionData) -> dict[str, str]:
    """{partition (or job): run key} of the runs a tick requests."""
    return {str(r.partition_key or r.job_name): str(r.run_key) for r in data.run_requests or []}


def test_sources_sensor_new_edited_unchanged_removed(
    instance: dg.DagsterInstance, paths: ProjectPaths
) -> None:
    daemon = Daemon(instance, paths)
    sources = paths.sources
    digest = source_hash(sources, REFERENCE_ID)

    # new: its partition is added and its run requested; the run key carries the hash
    new = daemon.sources()
    assert requested(new) == {REFERENCE_ID: f"{REFERENCE_ID}:{digest}:0"}
    assert instance.get_dynamic_partitions("sources") == [REFERENCE_ID]
    assert read_cursor(daemon.cursors["sources_sensor"]) == {REFERENCE_ID: digest}

    # unchanged: nothing
    assert daemon.sources().skip_message

    # a text without its yaml yet is waited for, not failed
    shutil.copy(PROJECT / "tests/data/interviews" / f"{OTHER}.txt", sources / f"{OTHER}.txt")
    assert requested(daemon.sources()) == {}
    assert instance.get_dynamic_partitions("sources") == [REFERENCE_ID]

    # the yaml arrives: a new source; the unchanged one is left alone
    copy_source(OTHER, sources)
    assert list(requested(daemon.sources())) == [OTHER]
    assert sorted(instance.get_dynamic_partitions("sources")) == [OTHER, REFERENCE_ID]

    # edited (yaml only): a new run whose key has the new hash
    with (sources / f"{REFERENCE_ID}.yaml").open("a") as meta:
        meta.write("# corrected\n")
    edited = requested(daemon.sources())
    new_digest = source_hash(sources, REFERENCE_ID)
    assert new_digest != digest
    assert edited == {REFERENCE_ID: f"{REFERENCE_ID}:{new_digest}:0"}

    # removed: the partition goes, no run is requested for it
    for ext in ("txt", "yaml"):
        (sources / f"{OTHER}.{ext}").unlink()
    removed = daemon.sources()
    assert requested(removed) == {}
    assert instance.get_dynamic_partitions("sources") == [REFERENCE_ID]
    assert read_cursor(daemon.cursors["sources_sensor"]) == {REFERENCE_ID: new_digest}

    # a folder that is not there (unmounted, mistyped) removes nothing
    missing = Daemon(instance, ProjectPaths(sources_dir=str(sources / "gone")))
    missing.cursors = dict(daemon.cursors)
    assert "not a folder" in str(missing.sources().skip_message)
    assert instance.get_dynamic_partitions("sources") == [REFERENCE_ID]


def test_sensors_publish_new_sources_then_drop_a_removed_one(
    instance: dg.DagsterInstance, paths: ProjectPaths, epoch: int
) -> None:
    daemon = Daemon(instance, paths)
    copy_source(OTHER, paths.sources)
    assert "no sources" in str(daemon.release().skip_message)

    extractions = daemon.sources().run_requests or []
    assert len(extractions) == 2
    assert "waiting for the claims" in str(daemon.release().skip_message)
    # an extraction still running (here: one started by hand) holds the release back
    running = create_run_for_test(
        instance, job_name="extract_sources", status=dg.DagsterRunStatus.STARTED
    )
    for request in extractions:
        daemon.run("extract_sources", request)
    assert "extraction runs" in str(daemon.release().skip_message)
    instance.report_run_failed(running)

    # every extraction done: one release request, then nothing until something changes
    (request,) = daemon.release().run_requests or []
    assert daemon.release().skip_message
    daemon.run("publish_release", request)
    first = paths.outputs / "releases" / "1.0.0"
    assert verify_release(first) == []
    assert set(read_tables(first)["claims"]["source_id"]) == {OTHER, REFERENCE_ID}

    # a removed source: its partition goes and its claims leave the next release
    for ext in ("txt", "yaml"):
        (paths.sources / f"{OTHER}.{ext}").unlink()
    assert requested(daemon.sources()) == {}
    (request,) = daemon.release().run_requests or []
    daemon.run("publish_release", request)
    second = paths.outputs / "releases" / "1.1.0"
    assert verify_release(second) == []
    assert set(read_tables(second)["claims"]["source_id"]) == {REFERENCE_ID}

    # a week without changes: the scheduled release publishes nothing
    context = dg.build_schedule_context(
        instance=instance, scheduled_execution_time=datetime(2024, 1, 8, 6, tzinfo=UTC)
    )
    weekly = weekly_release(context)
    assert isinstance(weekly, dg.RunRequest)
    run = daemon.run("publish_release", weekly)
    release_meta = run.asset_materializations_for_node("release")[0].metadata
    assert release_meta["published"].value is False
    assert sorted(p.name for p in (paths.outputs / "releases").iterdir() if p.is_dir()) == [
        "1.0.0",
        "1.1.0",
    ]


def test_a_corrected_gold_alone_publishes_a_release_with_the_new_annotations(
    instance: dg.DagsterInstance, tmp_path: Path, reference_sources: Path, epoch: int
) -> None:
    """The gold is published as the `annotations` table: the release sensor watches the
    corpus too, so a corrected gold file publishes without any source changing."""
    corpus = tmp_path / "corpus"
    (corpus / "gold").mkdir(parents=True)
    entry = {"id": REFERENCE_ID, "split": "reference", "text": "texts", "layout": "q"}
    (corpus / "corpus.yaml").write_text(
        yaml.safe_dump({"codebook_version": "9.9.9", "interviews": [entry]}), encoding="utf-8"
    )
    (corpus / "texts").mkdir()
    for ext in ("txt", "yaml"):
        name = f"{REFERENCE_ID}.{ext}"
        shutil.copy(reference_sources / name, corpus / "texts" / name)
    gold = corpus / "gold" / f"{REFERENCE_ID}.jsonl"
    shutil.copy(GOLD, gold)
    paths = ProjectPaths(
        sources_dir=str(reference_sources),
        outputs_dir=str(tmp_path / "out"),
        corpus_dir=str(corpus),
    )
    daemon = Daemon(instance, paths)
    for request in daemon.sources().run_requests or []:
        daemon.run("extract_sources", request)
    (request,) = daemon.release().run_requests or []
    daemon.run("publish_release", request)
    assert "annotated corpus" in str(daemon.release().skip_message)

    # an adjudicator corrects one claim's type; no source changes
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    first = records[0]
    first["claim_type"] = "predictive" if first["claim_type"] != "predictive" else "factual"
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert requested(daemon.sources()) == {}
    (request,) = daemon.release().run_requests or []
    daemon.run("publish_release", request)
    # a patch: the claims are the same, only the annotations differ
    second = paths.outputs / "releases" / "1.0.1"
    assert verify_release(second) == []
    annotations = read_tables(second)["annotations"]
    assert annotations.sort_values("seq")["claim_type"].iloc[0] == first["claim_type"]
    assert daemon.release().skip_message


def test_sources_sensor_starts_from_what_the_instance_extracted(
    instance: dg.DagsterInstance, paths: ProjectPaths
) -> None:
    """A new sensor (no cursor) on an instance built by `interview-claims build` requests
    nothing for sources extracted from their current content."""
    instance.add_dynamic_partitions("sources", [REFERENCE_ID])
    defs = make_definitions({"paths": paths})
    claims = defs.get_assets_def("claims")
    assert dg.materialize(
        [claims], partition_key=REFERENCE_ID, instance=instance, resources={"paths": paths}
    ).success
    result = sources_sensor(dg.build_sensor_context(instance=instance, resources={"paths": paths}))
    assert isinstance(result, dg.SensorResult) and not result.run_requests
    assert read_cursor(result.cursor) == {REFERENCE_ID: source_hash(paths.sources, REFERENCE_ID)}


def test_weekly_schedule_requests_the_release_once_a_week() -> None:
    assert weekly_release.cron_schedule == "0 6 * * 1"
    assert weekly_release.job_name == "publish_release"
    monday = datetime(2024, 1, 8, 6, tzinfo=UTC)
    request = weekly_release(dg.build_schedule_context(scheduled_execution_time=monday))
    assert isinstance(request, dg.RunRequest) and request.run_key == "weekly:2024-01-08"


def test_the_cursor_starts_with_a_summary_and_reads_the_old_form() -> None:
    from pipeline.defs.sensors import write_cursor

    cursor = write_cursor({"b-source": "2" * 64, "a-source": "1" * 64})
    assert cursor.startswith('{"summary": "2 source(s): a-source .. b-source"')
    assert read_cursor(cursor) == {"a-source": "1" * 64, "b-source": "2" * 64}
    assert read_cursor(json.dumps({"a-source": "1" * 64})) == {"a-source": "1" * 64}
    assert read_cursor(None) == {}


def test_the_tick_interval_comes_from_the_environment_or_the_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pipeline.defs.sensors import INTERVAL_ENV, tick_seconds

    monkeypatch.delenv(INTERVAL_ENV, raising=False)
    assert tick_seconds(30) == 30
    monkeypatch.setenv(INTERVAL_ENV, " 7 ")
    assert tick_seconds(30) == 7
    for bad in ("0", "-3", "2.5", "soon"):
        monkeypatch.setenv(INTERVAL_ENV, bad)
        with pytest.raises(ValueError, match=f"{INTERVAL_ENV}=.*whole number of seconds"):
            tick_seconds(30)


def test_the_published_sensors_tick_at_their_documented_defaults() -> None:
    from pipeline.defs.sensors import INTERVAL_ENV

    if os.environ.get(INTERVAL_ENV):
        pytest.skip(f"{INTERVAL_ENV} is set in this environment")
    # the README names 30 s and 60 s
    assert sources_sensor.minimum_interval_seconds == 30
    assert release_after_sources.minimum_interval_seconds == 60
