#!/usr/bin/env bash
# Makes the machine's PostgreSQL ready for the storage tests: starts the Debian cluster when it
# is down (there is no init system on CI machines) and creates the test role and database when
# missing. One cluster serves the whole machine; a running one is kept. Safe to run again, and
# concurrently (a lock file serialises callers). Needs the Debian package `postgresql`.
# The tests connect to postgres://eidwizard:eidwizard@127.0.0.1:<port>/eidwizard_test.
set -euo pipefail
role=eidwizard
password=eidwizard
database=eidwizard_test

if ! command -v pg_ctlcluster >/dev/null || [ ! -d /etc/postgresql ]; then
  echo "PostgreSQL is not installed: apt-get install postgresql (or run scripts/setup.sh)" >&2
  exit 1
fi
version=$(ls /etc/postgresql | sort -V | tail -1)
[ -n "$version" ] || { echo "no PostgreSQL version under /etc/postgresql" >&2; exit 1; }

is_root() { [ "$(id -u)" = 0 ]; }
as_root() { if is_root; then "$@"; else sudo -n "$@"; fi; }
as_postgres() { if is_root; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi; }
port() { pg_lsclusters -h "$version" main 2>/dev/null | awk '{print $3}'; }
ready_for_tests() {
  PGPASSWORD=$password PGCONNECT_TIMEOUT=3 psql -X -q -w -tA \
    "host=127.0.0.1 port=$(port) user=$role dbname=$database" -c 'SELECT 1' >/dev/null 2>&1
}
sql() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$(port)" -d postgres -tA -c "$1"; }

exec 9>"${TMPDIR:-/tmp}/eidwizard-postgres-ensure.lock"
flock -w 120 9 || { echo "timed out waiting for another postgres-ensure.sh" >&2; exit 1; }

if [ -n "$(port)" ] && ready_for_tests; then
  echo "PostgreSQL $version already serving $database on port $(port)"
  exit 0
fi
if ! is_root && ! sudo -n true 2>/dev/null; then
  echo "PostgreSQL is not ready for the tests and this user cannot fix that: run" \
    "'sudo bash scripts/postgres-ensure.sh' once" >&2
  exit 1
fi

if [ -z "$(port)" ]; then
  echo "Creating PostgreSQL $version cluster 'main'"
  as_root pg_createcluster "$version" main >/dev/null 9>&-
fi
if ! pg_lsclusters -h "$version" main | grep -qw online; then
  echo "Starting PostgreSQL $version cluster 'main'"
  # 9>&-: the server must not inherit the lock, or it would hold it for as long as it runs.
  as_root pg_ctlcluster "$version" main start 9>&-
fi
for _ in $(seq 100); do pg_isready -q -h 127.0.0.1 -p "$(port)" && break; sleep 0.2; done
pg_isready -q -h 127.0.0.1 -p "$(port)" || {
  echo "PostgreSQL did not start; see /var/log/postgresql/postgresql-$version-main.log" >&2
  exit 1
}

if [ "$(sql "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" != 1 ]; then
  sql "CREATE ROLE $role LOGIN"
fi
sql "ALTER ROLE $role LOGIN PASSWORD '$password'"
if [ "$(sql "SELECT 1 FROM pg_database WHERE datname = '$database'")" != 1 ]; then
  sql "CREATE DATABASE $database OWNER $role"
fi
ready_for_tests || { echo "PostgreSQL runs but $role cannot reach $database" >&2; exit 1; }
echo "PostgreSQL $version serving $database on port $(port)"
