"""The unpartitioned end of the pipeline: all sources combined into one dataset, checked,
then published as a release (or nothing, when nothing changed)."""

from collections.abc import Iterator
from typing import Any

import dagster as dg

from pipeline.codeversion import code_version
from pipeline.defs.checks import CHECK_SPECS, check_results
from pipeline.defs.history import CLAIMS_STATE_TAG, RELEASE_INPUTS, release_inputs
from pipeline.defs.resources import ProjectPaths, ReleaseOptions
from pipeline.evaluation.ahead import QualityAhead
from pipeline.evaluation.benchmark import benchmark_tables
from pipeline.publish.index import latest
from pipeline.publish.release import publish
from pipeline.publish.tables import ArrowTables, Tables, combine


@dg.asset(
    ins={"claims": dg.AssetIn(key="claims")},
    code_version=code_version(
        "publish/tables.py", "publish/validation.py", "defs/checks.py", "../schemas"
    ),
    check_specs=CHECK_SPECS,
    group_name="release",
    kinds={"pandas"},
)
def dataset(claims: Any) -> Iterator[dg.Output[Tables] | dg.AssetCheckResult]:
    """The tables of every current source combined in a deterministic order: what the next
    release will contain once its blocking checks (pandera, cross-table) pass."""
    per_source: dict[str, ArrowTables] = claims  # {source id: tables}, from the IO manager
    combined = combine(per_source[key] for key in sorted(per_source))
    yield dg.Output(
        combined,
        metadata={f"rows_{name}": len(frame) for name, frame in combined.items()}
        | {"sources": len(per_source)},
    )
    yield from check_results(combined)


@dg.asset(
    ins={"dataset": dg.AssetIn(key="dataset")},
    code_version=code_version("publish", "evaluation"),
    group_name="release",
    kinds={"parquet", "csv"},
)
def release(
    context: dg.AssetExecutionContext,
    dataset: Tables,
    paths: ProjectPaths,
    release_options: ReleaseOptions,
    quality_ahead: dg.ResourceParam[QualityAhead],
) -> dg.MaterializeResult:
    """The published release under `outputs/releases/<version>/`: Parquet and CSV tables,
    datapackage.json, CITATION.cff, dataset card, changelog and checksums. Publishes nothing
    when the tables equal the latest release; `current_version` always names the current
    release. The corpus tables (the adjudicated gold of the corpus interviews among the
    sources, and the annotation passes' agreement) are built here from `paths.corpus`, so a
    change of the gold alone makes a new release."""
    # The dataset's documents have every text (the licence policy withholds some only when
    # publishing), so the gold of a withheld source is located too.
    corpus = benchmark_tables(paths.corpus, dataset["documents"])
    result = publish(
        {**dataset, **corpus},
        paths.outputs,
        requested_version=release_options.version,
        # Started ahead by `build` in a process of its own, or worked out here.
        quality=lambda: quality_ahead.figures(paths.corpus),
        tables_checked=True,  # by the dataset's blocking checks, or this step would not run
        allow_empty=release_options.allow_empty,
        # Another build or a sensor may have changed the shared instance since this run's
        # claims were loaded: publish only a dataset made of exactly this folder's sources.
        sources_dir=paths.sources,
    )
    context.log.info(result.reason)
    # The current release after this run, published by it or not: an operator looking at
    # the latest materialization of a no-op run still sees which release is current.
    current = latest(paths.outputs / "releases")
    metadata: dict[str, Any] = {
        "published": result.published,
        "version": result.version or "",
        "path": str(result.path) if result.path else "",
        "reason": result.reason,
        "current_version": current["version"] if current else "",
        "current_path": dg.MetadataValue.path(
            str(paths.outputs / "releases" / current["version"]) if current else ""
        ),
    }
    state = context.run.tags.get(CLAIMS_STATE_TAG)
    if state:  # a run started by `build`, which knows what the claims were when it began
        metadata[RELEASE_INPUTS] = release_inputs(
            state, paths.outputs, release_options.version, paths.corpus
        )
    return dg.MaterializeResult(metadata=metadata)
