#!/usr/bin/env bash
# Backup and restore round trips with the release binary, to show that a restore never reports
# success over an incomplete database (issue 11). Each round: `tidlig demo-data` into a new data
# folder, `tidlig backup`, `tidlig restore` into another new data folder, then every table's rows
# in the source and in the restored file are counted with Python's sqlite3 – not with tidlig – and
# must agree. Not part of `make test` (200 rounds take a few minutes).
#
# Usage: scripts/restore-loop.sh [ROUNDS]   (default 200; run `make build` first)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-200}
bin="${TIDLIG_BIN:-${CARGO_TARGET_DIR:-target}/release/tidlig}"
[ -x "$bin" ] || { echo "build first: make build (or set TIDLIG_BIN)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TIDLIG_SECRET_KEY=$(printf '%064d' 0) RUST_LOG=error

counts() {
  python3 - "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
tables = [r[0] for r in db.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
counts = []
for t in tables:
    n = db.execute('SELECT COUNT(*) FROM "%s"' % t.replace('"', '""')).fetchone()[0]
    counts.append(f"{t}={n}")
print(" ".join(counts))
PY
}

failures=0
started=$(date +%s)
for round in $(seq 1 "$rounds"); do
  from="$work/from-$round" to="$work/to-$round"
  TIDLIG_DATA_DIR="$from" "$bin" demo-data >/dev/null
  TIDLIG_DATA_DIR="$from" "$bin" backup "$work/backup-$round.db" >/dev/null
  if ! out=$(TIDLIG_DATA_DIR="$to" "$bin" restore "$work/backup-$round.db" 2>&1); then
    echo "round $round: restore refused: $out"
    failures=$((failures + 1))
  elif [ "$(counts "$from/tidlig.db")" != "$(counts "$to/tidlig.db")" ]; then
    echo "round $round: restore said \"$out\" but the rows differ:"
    echo "  source:   $(counts "$from/tidlig.db")"
    echo "  restored: $(counts "$to/tidlig.db")"
    failures=$((failures + 1))
  fi
  rm -rf "$from" "$to" "$work/backup-$round.db"
done
echo "$rounds round trips in $(( $(date +%s) - started )) s: $failures failed"
[ "$failures" -eq 0 ]
