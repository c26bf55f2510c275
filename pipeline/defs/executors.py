"""How a run's steps are executed, chosen when the definitions load: the assets and jobs stay
the same whichever engine runs them."""

import os

import dagster as dg

EXECUTOR_ENV = "INTERVIEW_CLAIMS_EXECUTOR"


def executor_named(name: str) -> dg.ExecutorDefinition:
    """``""``/``default``: Dagster's multiprocess executor; ``dask``: each step a task on a
    ``dask.distributed`` cluster (extra ``dask``; ``$DASK_SCHEDULER_ADDRESS`` is its default
    scheduler); ``k8s``: each step a Kubernetes job (``dagster-k8s``). The engines are
    optional, so they are imported only when chosen."""
    if name in ("", "default"):
        return dg.multi_or_in_process_executor
    if name == "dask":
        from pipeline.defs.dask_engine import dask_executor

        return dask_executor()
    if name == "k8s":
        from dagster_k8s import k8s_job_executor

        return k8s_job_executor
    raise ValueError(f"{EXECUTOR_ENV}={name!r}: expected default, dask or k8s")


def executor_from_env() -> dg.ExecutorDefinition:
    return executor_named(os.environ.get(EXECUTOR_ENV, ""))
