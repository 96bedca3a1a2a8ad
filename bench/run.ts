/**
 * `npm run bench [name]`: runs every bench/*.bench.ts (or those whose name contains `name`) one
 * after another, each in its own process so that one's memory and JIT state do not colour the
 * next. Benchmarks are not part of `npm test`.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
const filter = process.argv[2] ?? "";
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts") && f.includes(filter))
  .sort();
if (files.length === 0) {
  console.error(`Không có benchmark nào khớp "${filter}" (no benchmark matches).`);
  process.exit(1);
}
let failed = 0;
for (const file of files) {
  console.log(`\n━━ ${file} ━━`);
  const result = spawnSync(process.execPath, ["--import", "tsx", `${dir}${file}`], { stdio: "inherit" });
  if (result.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
