#!/usr/bin/env bash
# Measures the parents' evaluation against issue 4's targets, on the release build and SQLite:
#   - the first response of the code page and of the form page (the parents' and the
#     professionals'), HTML plus its stylesheet,
#     brotli as a browser asks for it (target: at most 14 KB);
#   - the WebAssembly a parent's page loads, brotli (target: at most 60 KB);
#   - Lighthouse (mobile, Debian's Chromium) on the form page (targets: performance >= 95,
#     accessibility 100);
#   - server CPU time per completed evaluation (open the form, submit it) over N submissions,
#     read from /proc (target: at most 5 ms).
# Usage: bench/evaluation.sh [N]   (N defaults to 1000; run `make build` first)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
target_dir=${CARGO_TARGET_DIR:-target}
bin="$target_dir/release/tidlig"
port=${BENCH_PORT:-3299}
base="http://127.0.0.1:$port"
data=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$data"' EXIT
[ -x "$bin" ] || { echo "build first: make build" >&2; exit 1; }

export TIDLIG_DATA_DIR="$data" TIDLIG_SITE_ROOT=target/site TIDLIG_ADDR="127.0.0.1:$port" TIDLIG_COOKIE_SECURE=false
"$bin" migrate >/dev/null
codes=$("$bin" issue-codes --area skole --count $((n + 5)) 2>/dev/null)
professional=$("$bin" issue-codes --area skole --count 1 --for professional 2>/dev/null)
"$bin" serve >/dev/null 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.1; done

first_code=$(echo "$codes" | head -n 1)
size() { curl -s -H 'accept-encoding: br' -o /dev/null -w '%{size_download}' "$1"; }
css=$(curl -s "$base/evaluering" | grep -o '/pkg/tidlig\.[0-9a-f]*\.css' | head -n 1)
css_br=$(size "$base$css")
code_page=$(size "$base/evaluering")
form_page=$(size "$base/evaluering?kode=$first_code")
professional_page=$(size "$base/evaluering/fagperson?kode=$professional")
wasm=$(ls target/site/pkg/*_bg.wasm.br)
wasm_br=$(stat -c %s "$wasm")
echo "== first response, brotli (target <= 14,336 bytes with the stylesheet)"
printf '  code page  HTML %6d + CSS %5d = %6d bytes\n' "$code_page" "$css_br" $((code_page + css_br))
printf '  form page  HTML %6d + CSS %5d = %6d bytes\n' "$form_page" "$css_br" $((form_page + css_br))
printf "  professionals' form page  HTML %6d + CSS %5d = %6d bytes\n" "$professional_page" "$css_br" $((professional_page + css_br))
echo "== WebAssembly a parent's page loads, brotli (target <= 61,440 bytes)"
printf '  %s %d bytes\n' "$(basename "$wasm" .br)" "$wasm_br"

echo "== Lighthouse, mobile, on the form page"
if [ ! -x bench/lighthouse/node_modules/.bin/lighthouse ]; then
  # An install that fails says why (an out-of-date lock file, no registry) and stops here.
  if ! install_log=$(cd bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error 2>&1); then
    echo "  npm ci in bench/lighthouse failed:" >&2
    echo "$install_log" | grep -v 'Unknown user config "nodedir"' | sed 's/^/    /' >&2
    exit 1
  fi
fi
profile=$(mktemp -d)
if ! CHROME_PATH=/usr/bin/chromium bench/lighthouse/node_modules/.bin/lighthouse \
  "$base/evaluering?kode=$(echo "$codes" | sed -n 2p)" \
  --quiet --output=json --output-path="$data/lighthouse.json" \
  --only-categories=performance,accessibility \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=$profile" \
  >"$data/lighthouse.log" 2>&1; then
  rm -rf "$profile"
  echo "  Lighthouse failed:" >&2
  tail -n 20 "$data/lighthouse.log" | sed 's/^/    /' >&2
  exit 1
fi
rm -rf "$profile"
node -e '
  const r = require(process.argv[1]);
  const s = (c) => Math.round(r.categories[c].score * 100);
  const a = (id) => r.audits[id].displayValue;
  console.log(`  performance ${s("performance")}, accessibility ${s("accessibility")}` +
    ` (FCP ${a("first-contentful-paint")}, LCP ${a("largest-contentful-paint")}, TBT ${a("total-blocking-time")}, CLS ${a("cumulative-layout-shift")})`);
' "$data/lighthouse.json"

echo "== server CPU per completed evaluation, $n submissions (target <= 5 ms)"
ticks() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
hz=$(getconf CLK_TCK)
before=$(ticks)
elapsed=$(echo "$codes" | sed -n "3,$((n + 2))p" | python3 bench/submit_evaluations.py "$port")
after=$(ticks)
# Waiting for their month's seal, or sealed: both are stored.
stored=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT (SELECT COUNT(*) FROM evaluations_pending) + (SELECT COUNT(*) FROM evaluations)").fetchone()[0])' "$data/tidlig.db")
awk -v t=$((after - before)) -v hz="$hz" -v n="$n" -v s="$elapsed" -v stored="$stored" 'BEGIN {
  printf "  %.2f ms CPU per evaluation (%.1f s CPU for %d, wall %.1f s); %s evaluations stored\n", t * 1000 / hz / n, t / hz, n, s, stored }'
