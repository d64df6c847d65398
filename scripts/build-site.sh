#!/usr/bin/env bash
# Builds the front end into target/site without cargo-leptos:
#   cargo (wasm-release profile, feature hydrate) → wasm-bindgen → wasm-opt → content hashes
#   → brotli and gzip copies → target/site/assets.txt, which the server reads at start.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/wasm-env.sh

target_dir=${CARGO_TARGET_DIR:-target}
site=target/site
work=target/site.new
name=tidlig

cargo build --quiet -p app --lib --target wasm32-unknown-unknown --profile wasm-release \
  --no-default-features --features hydrate "${WASM_BUILD_STD[@]}"

rm -rf "$work"
mkdir -p "$work/pkg"
wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
  --out-dir "$work/pkg" --out-name "$name" \
  "$target_dir/wasm32-unknown-unknown/wasm-release/app.wasm"
scripts/node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-reference-types --enable-multivalue --enable-sign-ext --enable-mutable-globals \
  "$work/pkg/${name}_bg.wasm" -o "$work/pkg/${name}_bg.wasm"

# File names carry a hash of their content, so browsers may cache them for a year.
hash=$(cat "$work/pkg/$name.js" "$work/pkg/${name}_bg.wasm" | sha256sum | cut -c1-16)
mv "$work/pkg/${name}_bg.wasm" "$work/pkg/$name.${hash}_bg.wasm"
sed "s/${name}_bg\.wasm/$name.${hash}_bg.wasm/g" "$work/pkg/$name.js" > "$work/pkg/$name.$hash.js"
rm "$work/pkg/$name.js"
css_hash=$(sha256sum style/main.css | cut -c1-16)
cp style/main.css "$work/pkg/$name.$css_hash.css"
cp public/* "$work/"

node scripts/compress.mjs "$work/pkg"
printf 'output_name=%s\nstylesheet=/pkg/%s\n' "$name.$hash" "$name.$css_hash.css" > "$work/assets.txt"

rm -rf "$site"
mv "$work" "$site"
echo "front end built: $site/pkg/$name.$hash.js"
