#!/usr/bin/env bash
# Installs what the build needs, and with `test` also what the tests need. Idempotent: each
# step checks first and says nothing when the tool is already there.
#
#   scripts/install-tools.sh          WebAssembly target, wasm-bindgen CLI, wasm-opt
#   scripts/install-tools.sh test     … plus Chromium and the browser tests' npm packages
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_install() {
  say "installing Debian packages: $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null ||
    { as_root apt-get update -qq >/dev/null && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }
}
# npm ci only when package-lock.json changed since the last install.
npm_ci() {
  local dir=$1
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "installing npm packages in $dir"
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error 2>&1 | grep -v 'Unknown user config "nodedir"' || true)
    [ -f "$dir/node_modules/.package-lock.json" ] || { echo "npm ci failed in $dir" >&2; exit 1; }
  fi
}

# 1. The WebAssembly target. rustup fetches it here; if it ever cannot, fall back to Debian's
#    second toolchain and build the standard library from source (see scripts/wasm-env.sh).
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  if ! rustup target add wasm32-unknown-unknown; then
    say "rustup could not add the target; using Debian's rustc-web with build-std"
    apt_install rustc-web cargo-web rust-web-src lld-22
    mkdir -p target/debian-toolchain
    for tool in cargo rustc rustdoc; do ln -sf "/usr/bin/$tool" "target/debian-toolchain/$tool"; done
  fi
fi

# 2. The wasm-bindgen CLI at exactly the version in Cargo.lock (a mismatch breaks the page).
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (about 10 CPU-minutes)"
  # Not --locked: its lock file pins a webpki-roots the registry no longer serves.
  cargo install --quiet wasm-bindgen-cli --version "$want"
fi

# 3. wasm-opt from npm's binaryen 132 (Debian's 108 silently breaks wasm-bindgen's output).
command -v node >/dev/null || apt_install nodejs npm
npm_ci scripts

if [ "${1:-}" = test ]; then
  # 4. Chromium for the browser tests (Playwright cannot download its own here).
  command -v chromium >/dev/null || apt_install chromium
  npm_ci end2end
  # 5. rustfmt and clippy, which CI runs.
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
fi
