#!/usr/bin/env bash
# Start a local PostgreSQL server (Debian's `postgresql` package) for a shared Dagster
# instance: a cluster of its own in $PG_DIR (default .postgres/), listening on loopback only
# at $PG_PORT (default 54329), with a database `dagster` for user `dagster` (trust auth on
# loopback: for development and CI, never for a server others can reach).
# Prints the connection URL; `tools/postgres.sh stop` stops the server.
set -euo pipefail
PG_DIR=${PG_DIR:-$PWD/.postgres}
PG_PORT=${PG_PORT:-54329}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$PGBIN" ]; then
  echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2
  exit 1
fi
# initdb refuses to run as root: as root, the cluster belongs to the `postgres` user.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
DATA=$PG_DIR/data
if [ "${1:-start}" = stop ]; then
  as_owner "$PGBIN/pg_ctl" -D "$DATA" -m fast stop
  exit 0
fi
mkdir -p "$PG_DIR"
if [ "$(id -u)" = 0 ]; then chown postgres: "$PG_DIR"; fi
if [ ! -s "$DATA/PG_VERSION" ]; then
  as_owner "$PGBIN/initdb" -D "$DATA" -U dagster --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! as_owner "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  as_owner "$PGBIN/pg_ctl" -D "$DATA" -l "$PG_DIR/server.log" -w \
    -o "-h 127.0.0.1 -p $PG_PORT -k $PG_DIR -c max_connections=200" start >/dev/null
fi
if ! "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U dagster -d postgres -tAc \
    "select 1 from pg_database where datname = 'dagster'" | grep -q 1; then
  "$PGBIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U dagster dagster
fi
echo "postgresql://dagster@127.0.0.1:$PG_PORT/dagster"
