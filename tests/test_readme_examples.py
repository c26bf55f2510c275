"""Issue 17: the README's "Use the data" examples work as written against a release in the
new layout (2.0.0, built here from a source of licence unknown and a public-domain one):
every Python block, and every command line that needs no network."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import PROJECT
from .two_licences import WITHHELD, Built

pytestmark = pytest.mark.slow


def _section() -> str:
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    start = readme.index("## Use the data")
    return readme[start : readme.index("\n## ", start + 1)]


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", _section(), flags=re.DOTALL)


def _commands() -> list[str]:
    lines = [line[4:] for line in _section().splitlines() if line.startswith("    ")]
    commands = [line.split("   #")[0].strip() for line in lines]
    return [
        c
        for c in commands
        if c.startswith(("interview-claims", "cd "))
        and "https://" not in c
        and not c.startswith("interview-claims site")
    ]


def _env(root: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "HF_HOME": str(root / "hf"),
        "HF_DATASETS_OFFLINE": "1",
        "HF_HUB_OFFLINE": "1",
        "INTERVIEW_CLAIMS_CACHE": str(root / "cache"),
    }


@pytest.fixture(scope="module")
def workdir(two_licences: Built, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder laid out as the README assumes: outputs/releases/2.0.0, sources/, and a
    folder of the user's own copies of the sources."""
    root = tmp_path_factory.mktemp("readme")
    shutil.copytree(two_licences.outputs / "releases", root / "outputs" / "releases")
    shutil.copytree(two_licences.sources, root / "sources")
    (root / "my-copies").mkdir()
    shutil.copy(root / "sources" / f"{WITHHELD}.txt", root / "my-copies" / f"{WITHHELD}.txt")
    return root


def test_the_section_has_examples() -> None:
    assert len(_python_blocks()) >= 4
    assert any("hydrate" in c for c in _commands())
    assert all("releases/1." not in block for block in _python_blocks())


@pytest.mark.parametrize("block", range(len(_python_blocks())))
def test_each_python_example_runs(workdir: Path, block: int) -> None:
    code = _python_blocks()[block]
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=workdir,
        env=_env(workdir),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, f"{code}\n---\n{done.stderr[-3000:]}"


def test_the_command_lines_run_in_order(workdir: Path) -> None:
    for command in _commands():
        done = subprocess.run(
            ["bash", "-c", command],
            cwd=workdir,
            env=_env(workdir),
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert done.returncode == 0, f"{command}\n---\n{done.stdout[-2000:]}{done.stderr[-2000:]}"
