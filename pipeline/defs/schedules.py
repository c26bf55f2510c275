"""A weekly rebuild of the release, whatever the sensors did: with the no-op rule, a week in
which no table changed publishes nothing."""

import dagster as dg

from pipeline.defs.jobs import release_job


@dg.schedule(
    job=release_job,
    cron_schedule="0 6 * * 1",
    execution_timezone="UTC",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Every Monday at 06:00 UTC: combine every source, run the blocking checks and "
    "publish a release if anything changed.",
)
def weekly_release(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    # One run per scheduled week, however often the tick is retried.
    return dg.RunRequest(run_key=f"weekly:{context.scheduled_execution_time:%Y-%m-%d}")
