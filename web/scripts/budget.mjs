// Prints the JavaScript the first page loads (the entry and what index.html preloads), gzipped, and
// fails the build above the budget of 150 KB. Lazily loaded chunks (charts, sign-in) are listed apart.
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";

const BUDGET_KB = 150;
const dist = new URL("../dist/", import.meta.url).pathname;
const html = readFileSync(join(dist, "index.html"), "utf8");
const firstPage = [...html.matchAll(/(?:src|href)="\/app\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const kb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const first = firstPage.reduce((sum, file) => sum + kb(file), 0);
const lazy = readdirSync(join(dist, "assets")).filter((f) => f.endsWith(".js") && !firstPage.includes(`assets/${f}`));
console.log(`First page JavaScript: ${first.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB) in ${firstPage.join(", ")}`);
for (const f of lazy) console.log(`  loaded later: assets/${f} ${kb(`assets/${f}`).toFixed(1)} KB gzipped`);
if (first > BUDGET_KB) {
  console.error(`Over budget: ${first.toFixed(1)} KB > ${BUDGET_KB} KB`);
  process.exit(1);
}
