// Proves that the portal's texts stay on the server: no message of any catalogue under
// app/locales (of a dozen characters or more, without placeholders) appears in the
// WebAssembly the browser downloads. Adding a language therefore adds nothing to it.
// Usage: node scripts/wasm-carries-no-texts.mjs target/site/pkg app/locales
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [pkg, locales] = process.argv.slice(2);
const wasm = readdirSync(pkg).filter((f) => f.endsWith(".wasm"));
if (wasm.length !== 1) {
  console.error(`expected one .wasm in ${pkg}, found ${wasm.length}`);
  process.exit(2);
}
const binary = readFileSync(join(pkg, wasm[0]));
let checked = 0;
const found = [];
for (const lang of readdirSync(locales)) {
  for (const file of readdirSync(join(locales, lang)).filter((f) => f.endsWith(".ftl"))) {
    for (const line of readFileSync(join(locales, lang, file), "utf8").split("\n")) {
      const m = /^([a-z_][a-z0-9_-]*) = ([^{]{12,})$/.exec(line);
      if (!m) continue;
      checked += 1;
      if (binary.includes(Buffer.from(m[2], "utf8"))) found.push(`${lang}/${file}: ${m[1]}`);
    }
  }
}
if (found.length > 0) {
  console.error(`catalogue texts in the WebAssembly:\n${found.join("\n")}`);
  process.exit(1);
}
console.log(`${checked} catalogue messages checked: none is in the WebAssembly`);
