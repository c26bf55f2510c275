"""The instance for several processes: two builds and the daemon's sensors at once against
one PostgreSQL-backed Dagster instance (``dagster-postgres``), and every release holds
exactly the sources of the folder it was built from; and once each has exited, nothing it
started (the daemon's code servers and their runs, a build's step and worker processes) is
still running.

Needs a server: ``$INTERVIEW_CLAIMS_TEST_POSTGRES`` is its URL (``make postgres`` starts one
and prints it; ``.ci/run`` starts one and sets it). Skipped when it is unset or the server is
unreachable, except in CI (``CI=true``), where it must run."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from pipeline.publish.index import read_index
from pipeline.publish.verify import verify_release

from . import sessions
from .conftest import PROJECT, REFERENCE_ID, documents, one_source

URL_ENV = "INTERVIEW_CLAIMS_TEST_POSTGRES"
BIN = Path(sys.executable).parent


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must run the PostgreSQL test: {reason}")
    pytest.skip(reason)


@pytest.fixture
def database() -> Iterator[str]:
    """The URL of a fresh, empty database on the test server, dropped afterwards."""
    url = os.environ.get(URL_ENV)
    if not url:
        _unavailable(f"no PostgreSQL server: set {URL_ENV} (`make postgres` prints it)")
    import psycopg2

    try:
        admin = psycopg2.connect(url, connect_timeout=5)
    except psycopg2.OperationalError as err:
        _unavailable(f"PostgreSQL at {url} is unreachable: {err}".strip())
    admin.autocommit = True
    name = f"ic_test_{uuid.uuid4().hex[:12]}"
    with admin.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE {name}")
    try:
        yield url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.close()


def wait_for_release(outputs: Path, daemon: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not read_index(outputs / "releases") if (outputs / "releases").exists() else True:
        assert daemon.poll() is None, "the daemon died"
        assert time.monotonic() < deadline, f"the sensors published nothing in {seconds:.0f} s"
        time.sleep(2)


@pytest.mark.slow
def test_two_builds_and_the_sensors_at_once_on_one_postgres_instance(
    database: str, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    # The storage section as the README's PostgreSQL section gives it, and the committed
    # dagster.yaml's code server settings, which that section keeps: the daemon waits for its
    # code servers (and the runs they hold) to end before it exits.
    committed = yaml.safe_load((PROJECT / "dagster_home" / "dagster.yaml").read_text())
    (home / "dagster.yaml").write_text(
        "storage:\n  postgres:\n    postgres_db:\n"
        "      hostname: {env: DAGSTER_PG_HOST}\n      port: {env: DAGSTER_PG_PORT}\n"
        "      db_name: {env: DAGSTER_PG_DB}\n      username: {env: DAGSTER_PG_USER}\n"
        "      password: {env: DAGSTER_PG_PASSWORD}\n"
        # SQLAlchemy 2.1 reads a bare postgresql:// as psycopg 3; dagster-postgres brings 2
        "      scheme: postgresql+psycopg2\n"
        "telemetry:\n  enabled: false\n"
        + yaml.safe_dump({"code_servers": committed["code_servers"]})
    )
    server = urlsplit(database)
    watched = one_source(tmp_path / "watched", "marsh-nhs-waiting-lists-2024")
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "DAGSTER_PG_HOST": server.hostname or "127.0.0.1",
        "DAGSTER_PG_PORT": str(server.port or 5432),
        "DAGSTER_PG_DB": server.path.lstrip("/"),
        "DAGSTER_PG_USER": server.username or "dagster",
        "DAGSTER_PG_PASSWORD": server.password or "",
        "SOURCE_DATE_EPOCH": "1704153600",
        # what the daemon's sensors follow
        "INTERVIEW_CLAIMS_SOURCES": str(watched),
        "INTERVIEW_CLAIMS_OUTPUTS": str(tmp_path / "out-sensors"),
        "INTERVIEW_CLAIMS_STORAGE": str(tmp_path / "storage"),
        # ticks every 5 s instead of 30 and 60: the same decisions, two minutes less waiting
        "INTERVIEW_CLAIMS_SENSOR_INTERVAL": "5",
    }
    # A new database gets its schema once, before several processes use it.
    subprocess.run(
        [str(BIN / "dagster"), "instance", "migrate"], env=env, check=True, capture_output=True
    )
    log = (tmp_path / "daemon.log").open("wb")
    daemon = subprocess.Popen(
        [str(BIN / "dagster-daemon"), "run", "-m", "pipeline.definitions"],
        cwd=PROJECT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its code servers and their runs: found by its session id
    )
    procs: list[subprocess.Popen[str]] = []
    try:
        builds = {
            REFERENCE_ID: tmp_path / "out-a",
            "ferrer-spain-drought-2023": tmp_path / "out-b",
        }
        procs = [
            subprocess.Popen(
                [
                    *(sys.executable, "-m", "pipeline.cli", "build"),
                    *("--sources", str(one_source(tmp_path / f"src-{i}", source_id))),
                    *("--outputs", str(outputs)),
                ],
                cwd=PROJECT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                start_new_session=True,
            )
            for i, (source_id, outputs) in enumerate(builds.items())
        ]
        for proc in procs:
            out, err = proc.communicate(timeout=600)
            assert proc.returncode == 0, err[-3000:]
            assert "published release 1.0.0" in out
            left_by_build = sessions.leftovers(proc)
            assert not left_by_build, f"still running after a build exited: {left_by_build}"
        wait_for_release(tmp_path / "out-sensors", daemon, 300)
    finally:
        for proc in procs:
            sessions.stop(proc)  # a build that failed or hung: nothing of it outlives the test
        # SIGTERM to its whole process group: every process it started is told to stop. Only
        # once nothing of it runs may the database go: a code server still ending an
        # interrupted run when the fixture dropped it lost its cleanup thread to the
        # connection error and never stopped (Dagster's default, before dagster.yaml's
        # code_servers setting made the daemon wait for its code servers).
        left = sessions.stop(daemon)
        log.close()
    assert not left, f"still running after the daemon exited: {left}"
    expected = {**builds, "marsh-nhs-waiting-lists-2024": tmp_path / "out-sensors"}
    for source_id, outputs in expected.items():
        releases = outputs / "releases"
        for entry in read_index(releases):
            release = releases / entry["version"]
            assert verify_release(release) == []
            assert documents(release) == [source_id], (outputs, entry["version"])
