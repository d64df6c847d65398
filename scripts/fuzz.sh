#!/usr/bin/env bash
# Fuzzes every parser of outside input with cargo-fuzz (libFuzzer): evaluation codes and
# receipts, the CPR guard, the CSV imports and form decoding (targets in fuzz/fuzz_targets).
# Usage: scripts/fuzz.sh [SECONDS per target]   (default 10; CI runs the default)
# Installs what it needs: the nightly toolchain (cargo-fuzz builds with it) and cargo-fuzz.
# Rust is memory-safe here, so the targets run without a sanitizer: they look for panics,
# broken round trips and refusals without a line number.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds=${1:-10}
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  echo "==> installing the nightly Rust toolchain (for cargo-fuzz)"
  rustup toolchain install nightly --profile minimal >/dev/null
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "==> installing cargo-fuzz"
  cargo install --locked --quiet cargo-fuzz
fi
for target in $(cargo +nightly fuzz list); do
  mkdir -p "corpus/$target"
  out=$(cargo +nightly fuzz run "$target" --sanitizer none -O -- -max_total_time="$seconds" 2>&1) || {
    echo "$out" | tail -40
    echo "fuzz target $target failed; the input is in fuzz/artifacts/$target" >&2
    exit 1
  }
  echo "  $target: $(echo "$out" | grep -o 'Done [0-9]* runs in [0-9]* second(s)' | tail -1), no failure"
done
