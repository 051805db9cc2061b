import { describe, expect, it } from "vitest";
import { progressBar } from "../../src/cli/progress";

describe("the progress bar", () => {
  it("draws on a terminal that does not say its width, and clears itself", () => {
    let out = "";
    const bar = progressBar(10, "Đang đọc", true, { write: (s: string) => (out += s), columns: 0 });
    bar.tick(5, "bao-cao.xls");
    expect(out).toContain("5/10 bao-cao.xls");
    bar.done();
    expect(out.endsWith("\r")).toBe(true);
  });

  it("stays silent for a few files or off a terminal", () => {
    let out = "";
    const write = (s: string) => (out += s);
    progressBar(3, "x", true, { write, columns: 80 }).tick(1, "a");
    progressBar(50, "x", false, { write, columns: 80 }).tick(1, "a");
    expect(out).toBe("");
  });
});
