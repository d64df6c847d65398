// Writes brotli (quality 11) and gzip (level 9) copies beside each front-end file, which the
// server sends to browsers that accept them. With --report, prints the sizes instead.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

// With --report --max-wasm-brotli N, exits 1 when the WebAssembly's brotli size exceeds N bytes.
const [dir, flag, budgetFlag, budgetValue] = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => /\.(js|wasm|css)$/.test(f)).sort();
const rows = [];
for (const file of files) {
  const raw = readFileSync(join(dir, file));
  const br = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  const gz = gzipSync(raw, { level: 9 });
  if (flag === "--report") {
    rows.push({ file, raw: raw.length, gzip: gz.length, brotli: br.length });
  } else {
    writeFileSync(join(dir, file + ".br"), br);
    writeFileSync(join(dir, file + ".gz"), gz);
  }
}
if (flag === "--report") {
  const total = rows.reduce(
    (t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  const fmt = (n) => n.toLocaleString("en-US").padStart(10);
  console.log("front end size (bytes)".padEnd(44) + "raw".padStart(10) + "gzip -9".padStart(10) + "brotli".padStart(10));
  for (const r of [...rows, { file: "total", ...total }]) {
    console.log(r.file.padEnd(44) + fmt(r.raw) + fmt(r.gzip) + fmt(r.brotli));
  }
  if (budgetFlag === "--max-wasm-brotli") {
    const budget = Number(budgetValue);
    const wasm = rows.filter((r) => r.file.endsWith(".wasm")).reduce((n, r) => n + r.brotli, 0);
    const verdict = wasm <= budget ? "within" : "OVER";
    console.log(`WebAssembly brotli ${wasm.toLocaleString("en-US")} bytes: ${verdict} the budget of ${budget.toLocaleString("en-US")}`);
    if (wasm > budget) process.exit(1);
  }
}
