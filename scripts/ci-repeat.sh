#!/usr/bin/env bash
# Runs CI as it runs after a submission, several times in a row: each round clones the
# repository's HEAD into a new folder and runs `.ci/run` there (the build folder outside the
# clone is shared, as on a machine that has built before). With BUSY_ROUND=K, round K runs
# while two CPU-bound processes keep both cores busy beside it. Prints each round's time and
# stops at the first failure, whose log it keeps.
#
# Usage: scripts/ci-repeat.sh [ROUNDS]   (default 5; BUSY_ROUND=0 for none, default the last)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
busy_round=${BUSY_ROUND:-$rounds}
repo=$(pwd)
work=$(mktemp -d)
hogs=()
stop_hogs() { for pid in "${hogs[@]}"; do kill "$pid" 2>/dev/null || true; done; hogs=(); }
trap 'stop_hogs' EXIT
for round in $(seq 1 "$rounds"); do
  clone="$work/clone-$round"
  git clone --quiet "$repo" "$clone"
  if [ "$round" = "$busy_round" ]; then
    for _ in 1 2; do python3 -c 'while True: pass' & hogs+=($!); done
    beside=" (two CPU-bound processes beside it)"
  else
    beside=""
  fi
  started=$(date +%s)
  if "$clone/.ci/run" >"$work/round-$round.log" 2>&1; then
    echo "round $round: passed in $(( $(date +%s) - started )) s$beside"
    rm -rf "$clone"
  else
    echo "round $round: FAILED after $(( $(date +%s) - started )) s$beside; log: $work/round-$round.log"
    exit 1
  fi
  stop_hogs
done
echo "$rounds rounds passed"
