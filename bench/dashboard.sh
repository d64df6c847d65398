#!/usr/bin/env bash
# Issue 7's speed check: fills a fresh database with 1,000,000 evaluations and 100,000 courses
# (about 300,000 meetings) plus the demo data, starts the release server, logs in as the demo
# project lead and times the dashboard's pages over loopback (server time plus a local hop):
# each goal page, the overview, the status report and an XLSX export, ROUNDS times each.
# Target: under 300 ms; a goal page over a ledger of five years of quarters under 50 ms (issue 14). Runs on SQLite, and on PostgreSQL when BENCH_POSTGRES_URL or
# TIDLIG_TEST_POSTGRES_URL names a server (a scratch database is made and dropped).
# Usage: bench/dashboard.sh [EVALUATIONS] [COURSES] [ROUNDS]   (run `make build` first)
set -euo pipefail
cd "$(dirname "$0")/.."
evaluations=${1:-1000000}
courses=${2:-100000}
rounds=${3:-20}
target_dir=${CARGO_TARGET_DIR:-target}
bin="$target_dir/release/tidlig"
port=${BENCH_PORT:-3298}
base="http://127.0.0.1:$port"
[ -x "$bin" ] || { echo "build first: make build" >&2; exit 1; }
cargo build --quiet --release -p server --example bench_fill
fill="$target_dir/release/examples/bench_fill"
pages=(/ledelse/maal/1 /ledelse/maal/2 /ledelse/maal/3 "/ledelse/maal/3?area=skole&period=2022" "/ledelse/maal/3?period=2024-K3" /ledelse /ledelse/rapport?year=2024 "/ledelse/eksport/goal3-split.xlsx?period=2024")

# Prints "median max" in milliseconds of `rounds` requests to $1.
measure() {
  for _ in $(seq 1 "$rounds"); do
    curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$base$1"
  done | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%7.1f %7.1f", t[int((NR + 1) / 2)], t[NR] }'
}

run() {
  local name=$1 database_url=$2
  local data jar server
  data=$(mktemp -d)
  jar="$data/cookies"
  export TIDLIG_DATA_DIR="$data" TIDLIG_SITE_ROOT=target/site TIDLIG_ADDR="127.0.0.1:$port" TIDLIG_COOKIE_SECURE=false
  if [ -n "$database_url" ]; then export DATABASE_URL="$database_url"; else unset DATABASE_URL; fi
  "$bin" demo-data >/dev/null
  echo "== $name: filling"
  "$fill" "${database_url:-sqlite://$data/tidlig.db}" "$evaluations" "$courses" | sed 's/^/  /'
  "$bin" serve >/dev/null 2>&1 &
  server=$!
  for _ in $(seq 1 100); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.1; done
  curl -s -o /dev/null -c "$jar" -b "$jar" -H "Origin: $base" \
    --data-urlencode email=projektleder@demo.tidlig.dk --data-urlencode password=demo-projektleder-2026 "$base/login"
  local status
  status=$(curl -s -o /dev/null -b "$jar" -w '%{http_code}' "$base/ledelse/maal/3")
  [ "$status" = 200 ] || { echo "  the dashboard answered $status" >&2; kill "$server"; exit 1; }
  # The ledger: goal 3 published for every quarter and year of five years (2021–2025) and
  # since the start, for all areas and each, as a lead looking at each of them once would.
  # Each first look publishes the page (the disclosure audit runs then); timed apart.
  local first=()
  for area in "" dagtilbud dagpleje skole; do
    for year in 2021 2022 2023 2024 2025; do
      for q in 1 2 3 4; do first+=("/ledelse/maal/3?area=$area&period=$year-K$q"); done
      first+=("/ledelse/maal/3?area=$area&period=$year")
    done
    first+=("/ledelse/maal/3?area=$area&period=start")
  done
  printf '  publishing %d pages (ms, median and max of first looks): ' "${#first[@]}"
  for page in "${first[@]}"; do
    curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$base$page"
  done | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%7.1f %7.1f\n", t[int((NR + 1) / 2)], t[NR] }'
  echo "== $name: $evaluations evaluations, $courses courses, ${#first[@]} pages in the ledger; ms over $rounds requests (median, max)"
  for page in "${pages[@]}"; do
    printf '  %-48s %s\n' "$page" "$(measure "$page")"
  done
  kill "$server"; wait "$server" 2>/dev/null || true
  rm -rf "$data"
}

run SQLite ""
pg=${BENCH_POSTGRES_URL:-${TIDLIG_TEST_POSTGRES_URL:-}}
if [ -n "$pg" ]; then
  name="tidlig_bench_$$"
  psql -q "$pg" -c "CREATE DATABASE $name"
  trap 'psql -q "$pg" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null 2>&1 || true' EXIT
  run PostgreSQL "${pg%/*}/$name"
else
  echo "== PostgreSQL: skipped (set BENCH_POSTGRES_URL)"
fi
