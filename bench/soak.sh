#!/usr/bin/env bash
# Soak: SOAK_SECONDS (default 600) of mixed load on the release server – parents answering
# (8 connections), professionals asking for sparring (4) and the lead's dashboard (2), each
# connection pausing WRK_PAUSE_MS (default 20) between requests – on SQLite, or on
# PostgreSQL with SOAK_BACKEND=postgres (BENCH_POSTGRES_URL or TIDLIG_TEST_POSTGRES_URL).
# Afterwards it checks:
#   - 0 errors: no status outside 200–399, no socket error, no unexpected page;
#   - every acknowledged answer stored exactly once: new evaluations == 303s to the receipt,
#     and newly burned codes == new evaluations; every acknowledged sparring request stored;
#   - memory flat: the server's RSS at the end is at most SOAK_GROWTH (default 1.2) × its RSS
#     after SOAK_BASELINE_SECONDS (default 300) (samples every 30 s are printed).
# Exits non-zero on any violation.
# Usage: SOAK_SECONDS=1800 bench/soak.sh   (run `make build` first; BENCH_PORT picks the port)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${SOAK_SECONDS:-1800}
target_dir=${CARGO_TARGET_DIR:-target}
bin="$target_dir/release/tidlig"
port=${BENCH_PORT:-3296}
[ -x "$bin" ] || { echo "build first: make build" >&2; exit 1; }
# shellcheck source=bench/load/lib.sh
. bench/load/lib.sh
trap cleanup EXIT
need_wrk
export WRK_PAUSE_MS=${WRK_PAUSE_MS:-20}

database_url=""
[ "${SOAK_BACKEND:-sqlite}" = postgres ] && database_url=$(make_scratch_db)
fresh_database "$database_url"
# Codes enough for the parents' pace, in print runs of at most 100,000 (issue-codes' limit).
: >"$data/codes"
for ((left = seconds * 250 + 1000; left > 0; left -= 100000)); do
  issue_codes $((left < 100000 ? left : 100000)) "$data/more-codes"
  cat "$data/more-codes" >>"$data/codes"
done
start_server
cookie=$(lead_cookie)
evaluations_before=$(db_count "SELECT (SELECT COUNT(*) FROM evaluations) + (SELECT COUNT(*) FROM evaluations_pending)")
used_before=$(db_count "SELECT COUNT(*) FROM evaluation_codes WHERE used = 1")
sparring_before=$(db_count "SELECT COUNT(*) FROM sparring_requests")
echo "== soak: ${seconds} s on ${SOAK_BACKEND:-sqlite}, pause ${WRK_PAUSE_MS} ms per connection"

run_wrk() { # journey threads connections url [header] [script arguments …]
  local journey=$1 t=$2 c=$3 url=$4 header=${5:-X-Soak: 1}
  shift 5 || shift $#
  wrk -t"$t" -c"$c" -d"${seconds}s" --timeout 10s --latency -s "bench/load/$journey.lua" \
    -H "$header" "$url" "$@" >"$data/soak-$journey.txt" 2>&1
}
run_wrk parents 2 8 "$base" "X-Soak: 1" -- "$data/codes" 2 8 &
parents=$!
run_wrk sparring 1 4 "$base" &
sparring=$!
run_wrk dashboard 1 2 "$base/ledelse/maal/3" "Cookie: $cookie" &
dashboard=$!

samples=()
elapsed=0
while [ "$elapsed" -lt "$seconds" ]; do
  step=$((seconds - elapsed < 30 ? seconds - elapsed : 30))
  sleep "$step"
  elapsed=$((elapsed + step))
  samples+=("$elapsed:$(server_mem VmRSS)")
done
wait "$parents" "$sparring" "$dashboard" || true

failed=0
acks=() errors=0
for journey in parents sparring dashboard; do
  result=$(grep '^RESULT' "$data/soak-$journey.txt" || true)
  if [ -z "$result" ]; then echo "  FAIL: no result from $journey:" && cat "$data/soak-$journey.txt"; failed=1; continue; fi
  bad=$(($(result_field "$result" errors) + $(result_field "$result" unexpected) + $(result_field "$result" socket) + $(result_field "$result" exhausted)))
  errors=$((errors + bad))
  printf '  %-9s %7d requests, %7s req/s, p50 %s ms, p99 %s ms, %d errors, statuses %s\n' "$journey" \
    "$(result_field "$result" requests)" "$(result_field "$result" rps)" "$(result_field "$result" p50)" \
    "$(result_field "$result" p99)" "$bad" "$(result_field "$result" statuses)"
  acks+=("$(result_field "$result" acks)")
done
[ "$errors" -eq 0 ] || { echo "  FAIL: $errors errors"; failed=1; }

new_evaluations=$(($(db_count "SELECT (SELECT COUNT(*) FROM evaluations) + (SELECT COUNT(*) FROM evaluations_pending)") - evaluations_before))
new_used=$(($(db_count "SELECT COUNT(*) FROM evaluation_codes WHERE used = 1") - used_before))
new_sparring=$(($(db_count "SELECT COUNT(*) FROM sparring_requests") - sparring_before))
echo "  parents: ${acks[0]:-?} acknowledged, $new_evaluations stored, $new_used codes burned"
echo "  sparring: ${acks[1]:-?} acknowledged, $new_sparring stored"
[ "${acks[0]:-x}" = "$new_evaluations" ] || { echo "  FAIL: acknowledged answers != stored answers"; failed=1; }
[ "$new_used" = "$new_evaluations" ] || { echo "  FAIL: burned codes != stored answers"; failed=1; }
[ "${acks[1]:-x}" = "$new_sparring" ] || { echo "  FAIL: acknowledged requests != stored requests"; failed=1; }

echo "  memory (s:kB RSS): ${samples[*]}"
baseline=""
for sample in "${samples[@]}"; do
  [ "${sample%%:*}" -ge "${SOAK_BASELINE_SECONDS:-300}" ] && { baseline=${sample#*:}; break; }
done
last=${samples[-1]#*:}
baseline=${baseline:-${samples[0]#*:}}
growth=${SOAK_GROWTH:-1.2}
if awk -v last="$last" -v base="$baseline" -v g="$growth" 'BEGIN { exit !(last > base * g) }'; then
  echo "  FAIL: memory grew from $baseline kB to $last kB (more than ${growth}×)"; failed=1
else
  echo "  memory flat: $baseline kB after ${SOAK_BASELINE_SECONDS:-300} s, $last kB at the end ($(awk -v l="$last" -v b="$baseline" 'BEGIN { printf "%.2f", l / b }')×)"
fi
[ "$failed" -eq 0 ] && echo "== soak passed"
exit "$failed"
