#!/usr/bin/env bash
# Load bench: throughput and latency of the release server over loopback under wrk (Debian's,
# installed if missing), for three journeys scripted in bench/load/*.lua:
#   parents    open the evaluation form with a fresh one-time code, then submit it (GET 200,
#              POST 303 to the receipt; both counted as requests);
#   sparring   ask for anonymous sparring (POST /sparring, 303 to the page with its receipt);
#   dashboard  the project lead's goal 3 page (GET /ledelse/maal/3 with a session cookie).
# Each journey runs at 1, 8 and 64 connections (wrk threads = min(connections, 2)) for
# DURATION seconds; the table gives requests/s, p50/p95/p99 latency in ms, errors (statuses
# outside 200–399, which must be 0) and "other" (a 2xx/3xx that is not the expected page,
# socket errors, or runs out of codes), then the server's peak memory (VmHWM).
# Every backend gets a fresh database with the demo data: SQLite always, PostgreSQL too when
# BENCH_POSTGRES_URL or TIDLIG_TEST_POSTGRES_URL names a server (a scratch database is made
# and dropped). Exits non-zero if any request failed.
# Usage: DURATION=10 bench/load.sh   (run `make build` first; BENCH_PORT picks the port)
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${DURATION:-10}
target_dir=${CARGO_TARGET_DIR:-target}
bin="$target_dir/release/tidlig"
port=${BENCH_PORT:-3297}
[ -x "$bin" ] || { echo "build first: make build" >&2; exit 1; }
# shellcheck source=bench/load/lib.sh
. bench/load/lib.sh
trap cleanup EXIT
need_wrk
connections=(1 8 64)
# Codes for one parents' run: enough for 3,000 submissions a second (a run uses about half
# its requests' worth; a shortage shows as "other").
codes_per_run=$((duration * 3000 + 1000))
failed=0

printf '%-10s %-9s %5s %9s %8s %8s %8s %6s %5s\n' backend journey conns 'req/s' 'p50 ms' 'p95 ms' 'p99 ms' errors other

run() {
  local name=$1 database_url=$2
  fresh_database "$database_url"
  start_server
  local cookie
  cookie=$(lead_cookie)
  local journey c t url result opts script_args
  for journey in parents sparring dashboard; do
    for c in "${connections[@]}"; do
      t=$((c < 2 ? c : 2))
      url=$base
      opts=()
      script_args=()
      case $journey in
        parents)
          issue_codes "$codes_per_run" "$data/codes"
          script_args=(-- "$data/codes" "$t" "$c")
          ;;
        dashboard)
          url="$base/ledelse/maal/3"
          opts=(-H "Cookie: $cookie")
          ;;
      esac
      result=$(wrk -t"$t" -c"$c" -d"${duration}s" --timeout 10s --latency -s "bench/load/$journey.lua" \
        "${opts[@]}" "$url" "${script_args[@]}" | tee "$data/wrk-$journey-$c.txt" | grep '^RESULT' || true)
      if [ -z "$result" ]; then
        echo "wrk gave no result for $journey at $c connections:" >&2
        cat "$data/wrk-$journey-$c.txt" >&2
        failed=1
        continue
      fi
      local errors other
      errors=$(result_field "$result" errors)
      other=$(($(result_field "$result" unexpected) + $(result_field "$result" socket) + $(result_field "$result" exhausted)))
      printf '%-10s %-9s %5d %9s %8s %8s %8s %6d %5d\n' "$name" "$journey" "$c" \
        "$(result_field "$result" rps)" "$(result_field "$result" p50)" "$(result_field "$result" p95)" \
        "$(result_field "$result" p99)" "$errors" "$other"
      if [ "$errors" != 0 ] || [ "$other" != 0 ]; then
        echo "  statuses: $(result_field "$result" statuses)" >&2
        failed=1
      fi
    done
  done
  local peak
  peak=$(server_mem VmHWM)
  printf '%-10s peak RSS (VmHWM) %d MB\n' "$name" $((peak / 1024))
  if [ "$failed" != 0 ]; then
    echo "== $name: server log, last lines" >&2
    tail -n 20 "$data/server.log" >&2
  fi
  stop_server
}

run SQLite ""
if [ -n "$(postgres_url)" ]; then
  run PostgreSQL "$(make_scratch_db)"
  drop_scratch_db
else
  echo "PostgreSQL skipped (set BENCH_POSTGRES_URL)"
fi
exit "$failed"
