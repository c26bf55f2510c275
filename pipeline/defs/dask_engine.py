"""dagster-dask's executor with two fixes and a default, config and worker side unchanged.

1. Since dask 2024.12, ``Client.submit`` walks every tuple, list and dict among a task's
   arguments looking for futures, and so iterates Dagster's run record, which refuses
   iteration: every partitioned run failed before its first step. Here a step's arguments
   and its events travel to and from the worker as one opaque value.
2. dagster-dask submits every step at once, so a step ran even when a step it depends on had
   failed: a failing *blocking* asset check did not stop the release. Here steps are handed
   to dask as they become ready, by the same bookkeeping (``ActiveExecution``) as Dagster's
   own executors, which skips or abandons what depends on a failure.

Runs started by sensors and schedules carry no run config, so the cluster has a default:
``$DASK_SCHEDULER_ADDRESS``, or a local cluster for the run.

Upstream: fix 2 is the limitation a Dagster maintainer describes in
https://github.com/dagster-io/dagster/issues/16013 (the Dask executor hands Dask the whole
step graph, so what Dagster manages at the executor layer, here skipping what depends on a
failure, does not happen). For fix 1 no upstream issue was found in dagster-io/dagster; it
is "Exception: Iteration is not allowed on `@record` KeyRangesPartitionsSubset" from
``Client.submit`` in ``dagster_dask/executor.py``. ``tests/test_dask.py`` runs dagster-dask's
own executor and fails as soon as either bug is fixed there, which is when this module
shrinks back to the default cluster only.

This is the one module of the project that uses private Dagster APIs
(``dagster._core``: ``ActiveExecution``, the step bookkeeping every Dagster executor shares,
which dagster-dask does not use, and two types for annotations).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator, Mapping
from typing import Any, cast

import dagster as dg
import dask.distributed
from dagster._core.execution.context.system import PlanOrchestrationContext
from dagster._core.execution.plan.active import ActiveExecution
from dagster._core.execution.plan.plan import ExecutionPlan
from dagster_dask import executor as upstream

SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"
_CLUSTERS = {
    "local": ("dask.distributed", "LocalCluster"),
    "ssh": ("dask.distributed", "SSHCluster"),
    "yarn": ("dask_yarn", "YarnCluster"),
    "pbs": ("dask_jobqueue", "PBSCluster"),
    "moab": ("dask_jobqueue", "MoabCluster"),
    "sge": ("dask_jobqueue", "SGECluster"),
    "lsf": ("dask_jobqueue", "LSFCluster"),
    "slurm": ("dask_jobqueue", "SLURMCluster"),
    "oar": ("dask_jobqueue", "OARCluster"),
    "kube": ("dask_kubernetes", "KubeCluster"),
}


class _Sealed:
    """Values dask passes through untouched: not a tuple, list or dict (it would also fail to
    measure the size of a list of events)."""

    def __init__(self, *args: Any) -> None:
        self.args = args


def _run_step(sealed: _Sealed) -> _Sealed:
    """On a worker: rebuild the job and execute one step (dagster-dask's worker function)."""
    return _Sealed(*upstream.query_on_dask_worker([], *sealed.args))


class DaskExecutor(upstream.DaskExecutor):
    def _cluster(self, job_name: str) -> Any:
        if self.cluster_type == "existing":
            return self.cluster_configuration["address"]
        if self.cluster_type not in _CLUSTERS:
            raise ValueError(f"unknown dask cluster type {self.cluster_type!r}")
        module, name = _CLUSTERS[self.cluster_type]
        return getattr(importlib.import_module(module), name)(**self.build_dict(job_name))

    def execute(
        self, plan_context: PlanOrchestrationContext, execution_plan: ExecutionPlan
    ) -> Iterator[dg.DagsterEvent]:
        if not plan_context.instance.is_persistent:
            raise dg.DagsterInvariantViolationError("Dask execution needs a persistent instance")
        run = plan_context.dagster_run
        with (
            ActiveExecution(execution_plan, retry_mode=self.retries) as active,
            dask.distributed.Client(self._cluster(plan_context.job_name)) as client,
        ):
            running = dask.distributed.as_completed()
            step_of: dict[str, str] = {}
            while not active.is_complete:
                for step in active.get_steps_to_execute():
                    future = client.submit(
                        _run_step,
                        _Sealed(
                            plan_context.reconstructable_job,
                            run,
                            plan_context.run_config,
                            [step.key],
                            plan_context.instance.get_ref(),
                            active.get_known_state(),  # which upstream outputs exist
                        ),
                        # unique per run: the scheduler may serve several runs at once
                        key=f"{run.job_name}.{step.key}-{run.run_id}",
                        resources=upstream.get_dask_resource_requirements(step.tags),
                    )
                    step_of[future.key] = step.key
                    running.add(future)
                yield from active.plan_events_iterator(plan_context)  # skips and abandons
                if running.is_empty():
                    if active.is_complete:
                        break
                    raise dg.DagsterInvariantViolationError("dask executor: no step can run")
                future = next(running)
                for event in cast(_Sealed, future.result()).args:
                    yield event
                    active.handle_event(event)
                active.verify_complete(plan_context, step_of[future.key])


def dask_executor() -> dg.ExecutorDefinition:
    """Each step a task on a dask.distributed cluster, configured as dagster-dask's executor
    (``cluster: {existing: {address: ...}}``, ``{local: {...}}``, ...). Without run config,
    as in sensor and schedule runs: the scheduler at ``$DASK_SCHEDULER_ADDRESS`` when the
    definitions load, or else a local cluster for the run."""
    address = os.environ.get(SCHEDULER_ENV)
    default = {"existing": {"address": address}} if address else {"local": {}}
    # dagster-dask's own cluster selector, now with a default
    upstream_schema = cast(Any, upstream.dask_executor.config_schema.config_type)
    cluster = dg.Field(upstream_schema.fields["cluster"].config_type, default_value=default)

    @dg.executor(
        name="dask",
        config_schema={"cluster": cluster},
        requirements=dg.multiple_process_executor_requirements(),
    )
    def dask(init_context: dg.InitExecutorContext) -> DaskExecutor:
        clusters = cast(Mapping[str, Any], init_context.executor_config["cluster"])
        ((cluster_type, cluster_config),) = clusters.items()
        return DaskExecutor(cluster_type, cluster_config)

    return dask
