// `npm run demo`: consolidates the bundled sample cluster into tong-hop.xlsx. The samples carry two
// honest mistakes, so `tonghop` exits 1 ("errors found"); for the demo that is success. Any other
// code (2: usage or output problem, or a crash) is passed on.
import { spawnSync } from "node:child_process";

const args = ["bin/tonghop.js", "consolidate", "--roster", "examples/danh-sach-don-vi.csv", "--out", "tong-hop.xlsx", "examples/units", ...process.argv.slice(2)];
const r = spawnSync(process.execPath, args, { stdio: "inherit" });
process.exitCode = r.status === 0 || r.status === 1 ? 0 : (r.status ?? 1);
