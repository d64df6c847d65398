#!/usr/bin/env bash
# Proves that the parents' evaluation survives a crash, on the release build: on SQLite always,
# and on PostgreSQL too when BENCH_POSTGRES_URL or TIDLIG_TEST_POSTGRES_URL is set (a scratch
# database tidlig_crash_<pid> is created next to it and dropped at exit). Per backend:
#   - an empty database, N fresh codes, the server in the background;
#   - a burst of submissions, 16 at a time, each code once; the codes answered with 303 to the
#     receipt page are the acknowledged ones;
#   - kill -9 of the server 1–3 s into the burst, while it is still running; then a restart.
# It then checks:
#   - no acknowledged answer is lost (answers, waiting or sealed, >= acknowledged codes);
#   - no code is burned without its answer, nor the reverse (used codes == answers);
#   - the restarted server answers /healthz and takes a fresh code (303);
#   - a seal of the month (`tidlig seal --through` this month) killed with -9 after 0.05–0.35 s,
#     then run again, leaves every answer sealed once: none lost, none twice, none waiting, and
#     the counts agree (for each question, SUM(n) in evaluation_counts == sealed answers).
# Exits non-zero on any violation.
# Usage: bench/crash.sh [N]   (N defaults to 3000; run `make build` first; port BENCH_PORT, 3297)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-3000}
target_dir=${CARGO_TARGET_DIR:-target}
bin="$target_dir/release/tidlig"
port=${BENCH_PORT:-3297}
base="http://127.0.0.1:$port"
pg=${BENCH_POSTGRES_URL:-${TIDLIG_TEST_POSTGRES_URL:-}}
scratch="tidlig_crash_$$"
answers='overall=very_satisfied&collaboration=satisfied&difference=agree&involved=strongly_agree&comment='
[ -x "$bin" ] || { echo "build first: make build" >&2; exit 1; }
server="" burst="" data="" pg_made=""
cleanup() {
  [ -n "$burst" ] && kill "$burst" 2>/dev/null || true
  [ -n "$server" ] && kill -9 "$server" 2>/dev/null || true
  [ -n "$data" ] && rm -rf "$data"
  [ -n "$pg_made" ] && psql "$pg" -q -c "DROP DATABASE IF EXISTS $scratch WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT
export TIDLIG_SITE_ROOT=target/site TIDLIG_ADDR="127.0.0.1:$port" TIDLIG_COOKIE_SECURE=false

start() {
  "$bin" serve >>"$data/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 1 100); do curl -sf "$base/healthz" >/dev/null && return 0; sleep 0.1; done
  echo "the server did not answer /healthz within 10 s:" >&2; tail -n 20 "$data/serve.log" >&2; return 1
}

# Submits one code; prints it when the answer is 303 to the receipt page.
submit() {
  local got
  got=$(curl -s -o /dev/null --max-time 10 -w '%{http_code} %{redirect_url}' \
    -H 'Content-Type: application/x-www-form-urlencoded' -H "Origin: $base" \
    --data "kode=$1&$answers" "$base/evaluering") || true
  case "$got" in "303 $base/evaluering/kvittering?vis="*) echo "$1" ;; esac
}
export -f submit
export base answers

# Prints: answers (waiting and sealed), used codes, questions whose SUM(n) differs from the
# sealed answers, answers waiting.
query="SELECT (SELECT COUNT(*) FROM evaluations) + (SELECT COUNT(*) FROM evaluations_pending),
  (SELECT COUNT(*) FROM evaluation_codes WHERE used = 1),
  (WITH q(question) AS (VALUES ('overall'), ('collaboration'), ('difference'), ('involved'))
   SELECT COUNT(*) FROM q WHERE (SELECT COALESCE(SUM(n), 0) FROM evaluation_counts c WHERE c.question = q.question)
     <> (SELECT COUNT(*) FROM evaluations)),
  (SELECT COUNT(*) FROM evaluations_pending)"
figures() {
  if [ -n "${DATABASE_URL:-}" ]; then
    psql "$DATABASE_URL" -At -F ' ' -c "$query"
  else
    python3 -c 'import sqlite3, sys
print(*sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone())' "$data/tidlig.db" "$query"
  fi
}

failed=0
run() { # run NAME [DATABASE_URL]
  local name=$1 codes acked stored used bad_counts waiting lost unanswered sealer month problems=()
  data=$(mktemp -d)
  export TIDLIG_DATA_DIR="$data"
  if [ -n "${2:-}" ]; then export DATABASE_URL=$2; else unset DATABASE_URL; fi
  "$bin" migrate >/dev/null 2>&1
  codes=$("$bin" issue-codes --area skole --count $((n + 1)) 2>/dev/null)
  [ "$(echo "$codes" | wc -l)" -eq $((n + 1)) ] || { echo "issue-codes failed" >&2; return 1; }
  start
  echo "$codes" | head -n "$n" | xargs -P 16 -n 1 bash -c 'submit "$1"' _ >"$data/acked" &
  burst=$!
  sleep "$(awk -v r="$RANDOM" 'BEGIN { printf "%.2f", 1 + 2 * r / 32767 }')"
  if ! kill -0 "$burst" 2>/dev/null; then
    echo "$name: the burst ended before kill -9; raise N (bench/crash.sh $((n * 4)))" >&2; return 1
  fi
  kill -9 "$server"
  wait "$server" 2>/dev/null || true
  wait "$burst" || true # the rest fail fast: nothing listens
  burst=""
  start
  acked=$(sort -u "$data/acked" | wc -l)
  read -r stored used bad_counts waiting < <(figures)
  lost=$((acked > stored ? acked - stored : 0))
  unanswered=$((used - stored))
  [ "$lost" -eq 0 ] || problems+=("$lost acknowledged answers lost")
  [ "$unanswered" -eq 0 ] || problems+=("used codes ($used) != answers ($stored)")
  [ "$acked" -lt "$n" ] || problems+=("every code was acknowledged: the kill came too late")
  [ "$(submit "$(echo "$codes" | tail -n 1)")" != "" ] || problems+=("a fresh code was not taken after the restart")
  # A seal cut off by kill -9, then run again.
  month=$(date -u +%Y-%m)
  "$bin" seal --through "$month" >>"$data/seal.log" 2>&1 &
  sealer=$!
  sleep "$(awk -v r="$RANDOM" 'BEGIN { printf "%.2f", 0.05 + 0.3 * r / 32767 }')"
  kill -9 "$sealer" 2>/dev/null || true
  wait "$sealer" 2>/dev/null || true
  "$bin" seal --through "$month" >>"$data/seal.log" 2>&1 || problems+=("the seal after the killed one failed")
  read -r stored used bad_counts waiting < <(figures)
  [ "$stored" -eq "$used" ] || problems+=("after the seals: answers ($stored) != used codes ($used)")
  [ "$waiting" -eq 0 ] || problems+=("$waiting answers still waiting after the seal")
  [ "$bad_counts" -eq 0 ] || problems+=("$bad_counts questions whose evaluation_counts disagree")
  echo "== $name: $n codes, $acked acknowledged before kill -9, $stored stored, $used burned:" \
    "$lost lost, $unanswered burned-but-unanswered; sealed after a killed seal: $waiting waiting," \
    "counts $([ "$bad_counts" -eq 0 ] && echo agree || echo DISAGREE)"
  for p in "${problems[@]}"; do echo "  FAIL: $p"; failed=1; done
  kill -9 "$server"; wait "$server" 2>/dev/null || true; server=""
  rm -rf "$data"; data=""
}

run SQLite
if [ -n "$pg" ]; then
  psql "$pg" -q -c "CREATE DATABASE $scratch" >/dev/null
  pg_made=1
  base_url=${pg%%\?*}
  query_string=""; [[ $pg == *\?* ]] && query_string="?${pg#*\?}"
  run PostgreSQL "${base_url%/*}/$scratch$query_string"
fi
exit $failed
