"""Where sources, releases and the annotated corpus live: configurable, so that every process
(or remote worker) can be pointed at locations it can reach."""

import os
from pathlib import Path

import dagster as dg

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _default(env: str, relative: str) -> str:
    return os.environ.get(env) or str(PROJECT_ROOT / relative)


class ProjectPaths(dg.ConfigurableResource):
    """Folders the pipeline reads and writes."""

    sources_dir: str = _default("INTERVIEW_CLAIMS_SOURCES", "sources")
    outputs_dir: str = _default("INTERVIEW_CLAIMS_OUTPUTS", "outputs")
    corpus_dir: str = _default("INTERVIEW_CLAIMS_CORPUS", "corpus")

    @property
    def sources(self) -> Path:
        return Path(self.sources_dir)

    @property
    def outputs(self) -> Path:
        return Path(self.outputs_dir)

    @property
    def corpus(self) -> Path:
        return Path(self.corpus_dir)


class ReleaseOptions(dg.ConfigurableResource):
    """How a build publishes: ``version`` raises the computed version (never lowers it);
    ``allow_empty`` lets a release without any source be published."""

    version: str | None = None
    allow_empty: bool = False


def default_resources() -> dict[str, object]:
    from pipeline.defs.io import PickleIOManager
    from pipeline.evaluation.ahead import QualityAhead

    return {
        "io_manager": PickleIOManager(base_dir=os.environ.get("INTERVIEW_CLAIMS_STORAGE", "")),
        "paths": ProjectPaths(),
        "release_options": ReleaseOptions(),
        # nothing started ahead: a release run that `build` did not start works them out
        "quality_ahead": QualityAhead(),
    }
