// `npm run demo`: consolidates the bundled sample cluster into tong-hop.xlsx. `npm run demo:forms`
// (`--forms`): the sample statistical forms (examples/bieu-thong-ke: ten units' Biểu 1, 2, 3, 5-BTCTW)
// into tong-hop-bieu.xlsx. The samples carry honest mistakes, so `tonghop` exits 1 ("errors found");
// for the demo that is success. Any other code (2: usage or output problem, or a crash) is passed on.
import { spawnSync } from "node:child_process";

const forms = process.argv.includes("--forms");
const rest = process.argv.slice(2).filter((a) => a !== "--forms");
const sample = forms
  ? ["--roster", "examples/bieu-thong-ke/danh-sach-don-vi.xlsx", "--out", "tong-hop-bieu.xlsx", "examples/bieu-thong-ke/units"]
  : ["--roster", "examples/danh-sach-don-vi.csv", "--out", "tong-hop.xlsx", "examples/units"];
const args = ["bin/tonghop.js", "consolidate", ...sample, ...rest];
const r = spawnSync(process.execPath, args, { stdio: "inherit" });
process.exitCode = r.status === 0 || r.status === 1 ? 0 : (r.status ?? 1);
