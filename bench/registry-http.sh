#!/usr/bin/env bash
# HTTP benchmark of the registry: generates a synthetic registry into a fresh H2 file database and
# a fresh PostgreSQL database, serves each, and runs wrk against the list, filter and search
# endpoints. Prints one Markdown table row per database and endpoint.
#
#   bench/registry-http.sh [h2|postgres|both]       (default both)
#
# Environment: AGREEMENTS (100000), SEED (1), PORT (18080), THREADS (2), CONNECTIONS (16),
# DURATION (20s), WARMUP (10s), BENCH_DIR (/tmp/kerangka-bench), PG_HOST (127.0.0.1),
# PG_USER (postgres), PG_DATABASE (kerangka_bench; dropped and created by this script),
# KERANGKA_JAVA_OPTS (JVM options of the server and generator), SKIP_GENERATE=1 (serve the data
# a previous run left in BENCH_DIR and the PostgreSQL database instead of generating afresh),
# KERANGKA_JAR (run this jar instead of ./kerangka, which rebuilds when the sources changed).
#
# H2 runs with a 256 MB page cache (CACHE_SIZE, in KB): the default 16 MB is a small part of the
# 1.5 GB file of 100,000 agreements. The API wants a personal token: before serving, the script adds a VIEWER account "wrk" (unless
# it exists) and creates a token for it, which the wrk scripts send (KERANGKA_TOKEN).
set -euo pipefail

home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd -P)"
which="${1:-both}"
agreements="${AGREEMENTS:-100000}"
seed="${SEED:-1}"
port="${PORT:-18080}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-16}"
duration="${DURATION:-20s}"
warmup="${WARMUP:-10s}"
work="${BENCH_DIR:-/tmp/kerangka-bench}"
pg_host="${PG_HOST:-127.0.0.1}"
pg_user="${PG_USER:-postgres}"
pg_db="${PG_DATABASE:-kerangka_bench}"
base="http://127.0.0.1:$port"
server=""

kerangka() {
  local run=()
  if [[ -n "${KERANGKA_JAR:-}" ]]; then
    # shellcheck disable=SC2206
    run=(java ${KERANGKA_JAVA_OPTS:-} -jar "$KERANGKA_JAR")
  else
    run=("$home/kerangka")
  fi
  if [[ "$BASHPID" != "$$" ]]; then
    exec "${run[@]}" "$@" # in the background: the server's pid is the one stop_server kills
  fi
  "${run[@]}" "$@"
}

stop_server() {
  if [[ -n "$server" ]] && kill -0 "$server" 2>/dev/null; then
    kill "$server"
    wait "$server" 2>/dev/null || true
  fi
  server=""
}
trap stop_server EXIT

use_database() {
  case "$1" in
    h2)
      export KERANGKA_DB_URL="jdbc:h2:file:$work/h2/kerangka;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;TRACE_LEVEL_FILE=0;CACHE_SIZE=262144"
      export KERANGKA_DB_USER=sa KERANGKA_DB_PASSWORD=""
      ;;
    postgres)
      [[ "${SKIP_RECREATE:-}" == 1 ]] || psql -q -h "$pg_host" -U "$pg_user" -d postgres -c "drop database if exists $pg_db with (force)"
      [[ "${SKIP_RECREATE:-}" == 1 ]] || psql -q -h "$pg_host" -U "$pg_user" -d postgres -c "create database $pg_db"
      export KERANGKA_DB_URL="jdbc:postgresql://$pg_host:5432/$pg_db"
      export KERANGKA_DB_USER="$pg_user" KERANGKA_DB_PASSWORD=""
      ;;
  esac
}

run_wrk() { # database endpoint
  local out="$work/$1-$2.txt"
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$home/bench/$2.lua" "$base" >"$out"
  local rps p99 errors
  rps="$(awk '/^Requests\/sec:/ {print $2}' "$out")"
  p99="$(awk '$1 == "99%" {print $2}' "$out")"
  errors="$(grep -E 'Non-2xx|Socket errors' "$out" | tr -s ' ' | paste -sd ';' || true)"
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$2" "$rps" "$p99" "${errors:-none}"
}

kerangka --version >/dev/null # builds the jars when the sources changed
rows=()
for db in h2 postgres; do
  [[ "$which" == both || "$which" == "$db" ]] || continue
  if [[ "${SKIP_GENERATE:-}" == 1 ]]; then
    SKIP_RECREATE=1 use_database "$db"
  else
    rm -rf "${work:?}/$db"
    mkdir -p "$work/$db"
    use_database "$db"
    echo "== $db: generating $agreements agreements (seed $seed)" >&2
    kerangka generate --agreements "$agreements" --seed "$seed" \
      --kerangka.data-dir="$work/$db" >&2
  fi
  echo "== $db: creating an API token" >&2
  echo "wrk benchmark passphrase $$" | kerangka user add --role VIEWER wrk \
    --kerangka.data-dir="$work/$db" >/dev/null 2>&1 || true # exists from an earlier run
  KERANGKA_TOKEN="$(kerangka token create --user wrk --name "bench $(date +%s)" --days 1 \
    --kerangka.data-dir="$work/$db" 2>/dev/null | grep -o 'krg_[A-Za-z0-9_-]*' | head -1)"
  [[ -n "$KERANGKA_TOKEN" ]] || { echo "could not create an API token" >&2; exit 1; }
  export KERANGKA_TOKEN
  echo "== $db: starting the server on port $port" >&2
  kerangka serve --server.port="$port" --kerangka.data-dir="$work/$db" \
    --kerangka.demo-data=false --logging.level.root=WARN >"$work/$db-server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 180); do
    curl -fs -H "Authorization: Bearer $KERANGKA_TOKEN" "$base/api/v1/agreements?size=1" \
      >/dev/null 2>&1 && break
    kill -0 "$server" 2>/dev/null || { cat "$work/$db-server.log" >&2; exit 1; }
    sleep 1
  done
  for endpoint in list filter search; do
    echo "== $db: warming up $endpoint ($warmup)" >&2
    wrk -t"$threads" -c"$connections" -d"$warmup" -s "$home/bench/$endpoint.lua" "$base" >/dev/null
  done
  for endpoint in list filter search; do
    echo "== $db: $endpoint ($duration, load average $(cut -d' ' -f1-3 /proc/loadavg))" >&2
    rows+=("$(run_wrk "$db" "$endpoint")")
  done
  stop_server
done
echo "| database | endpoint | requests/s | p99 | errors |"
echo "|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo "(commit $(git -C "$home" rev-parse --short HEAD), $agreements agreements, wrk -t$threads -c$connections -d$duration, $(nproc) cores, load average after: $(cut -d' ' -f1-3 /proc/loadavg))"
