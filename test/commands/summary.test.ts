import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { failureSummary, decodeSummary, encodeSummary, langOf, MAX_HASH, MAX_LINES, MAX_TEXT, pickLines, summarize, type Summary } from "../../src/commands/summary";
import type { Finding, Severity } from "../../src/engine";

function finding(severity: Severity, cell: string | null, vi: string, en = `en: ${vi}`): Finding {
  return { rule: "TEST", severity, message: { vi, en }, sheet: "BC", cell, indicator: null };
}

/** Ten findings out of sheet order: two errors, five warnings, three notes. */
const MIXED: Finding[] = [
  finding("info", "C30", "lưu ý C30"),
  finding("warning", "D12", "cảnh báo D12"),
  finding("error", "E40", "lỗi E40"),
  finding("warning", "B5", "cảnh báo B5"),
  finding("info", null, "lưu ý cả trang"),
  finding("warning", "AA9", "cảnh báo AA9"),
  finding("error", "C7", "lỗi C7"),
  finding("warning", "C9", "cảnh báo C9"),
  finding("warning", "F60", "cảnh báo F60"),
  finding("info", "A1", "lưu ý A1"),
];

describe("langOf", () => {
  it.each([
    ["vi-VN", "vi"],
    ["VI-vn", "vi"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    ["", "vi"],
    [undefined, "vi"],
    [null, "vi"],
  ] as const)("%s → %s", (display, lang) => {
    expect(langOf(display)).toBe(lang);
  });
});

describe("pickLines", () => {
  it("shows errors first, then warnings, each down the sheet (row, then column), at most eight", () => {
    const lines = pickLines(MIXED, "vi");
    expect(lines).toHaveLength(MAX_LINES);
    expect(lines.map((l) => l.cell)).toEqual(["C7", "E40", "B5", "C9", "AA9", "D12", "F60", null]);
    expect(lines[0]).toEqual({ severity: "error", cell: "C7", text: "lỗi C7" });
  });

  it("speaks the asked language", () => {
    expect(pickLines(MIXED, "en")[0].text).toBe("en: lỗi C7");
  });

  it("cuts a long message with an ellipsis, counting characters not UTF-16 units", () => {
    const long = "Đảng ủy ".repeat(60);
    const [line] = pickLines([finding("error", "A1", long)], "vi");
    expect(Array.from(line.text)).toHaveLength(MAX_TEXT);
    expect(line.text.endsWith("…")).toBe(true);
    expect(long.startsWith(line.text.slice(0, -1))).toBe(true);
  });
});

describe("summarize", () => {
  it("counts every finding, not only the ones shown", () => {
    const s = summarize(MIXED, "vi", "BC", 9);
    expect(s.counts).toEqual({ error: 2, warning: 5, info: 3 });
    expect(s.lines).toHaveLength(8);
    expect(s).toMatchObject({ lang: "vi", sheet: "BC", highlighted: 9, error: null });
  });
});

describe("encodeSummary / decodeSummary", () => {
  const full = summarize(MIXED, "vi", "Báo cáo quý I", 9);

  it("round-trips a summary", () => {
    expect(decodeSummary(`#${encodeSummary(full)}`)).toEqual(full);
    expect(decodeSummary(encodeSummary(full))).toEqual(full);
  });

  it("round-trips a failure", () => {
    const f = failureSummary({ vi: "Trang tính đang được bảo vệ.", en: "The sheet is protected." }, "en", "BC");
    expect(decodeSummary(encodeSummary(f))).toEqual(f);
    expect(f.error).toBe("The sheet is protected.");
  });

  it("uses only URL-safe characters, never the & that separates Office's own hash parts", () => {
    expect(encodeSummary(full)).toMatch(/^r=[A-Za-z0-9_-]+$/);
  });

  it("finds its part among the ones Office on the web appends", () => {
    const hash = `#${encodeSummary(full)}&_xdm_Info=abc$def$123&_serializer_version=1&_flights=x`;
    expect(decodeSummary(hash)).toEqual(full);
    expect(decodeSummary(`#_host_Info=excel&${encodeSummary(full)}`)).toEqual(full);
  });

  it("keeps long results under the size limit by dropping the last lines, never the counts", () => {
    // Texts that do not compress: every character different.
    const noisy = Array.from({ length: 12 }, (_, i) =>
      finding("error", `A${i + 1}`, Array.from({ length: 300 }, (_, j) => String.fromCodePoint(0x4e00 + ((i * 7919 + j * 104729) % 20000))).join("")),
    );
    const s = summarize(noisy, "vi", "BC", 12);
    const hash = encodeSummary(s);
    expect(hash.length).toBeLessThanOrEqual(MAX_HASH);
    const back = decodeSummary(hash)!;
    expect(back.counts).toEqual({ error: 12, warning: 0, info: 0 });
    expect(back.lines.length).toBeGreaterThan(0);
    expect(back.lines.length).toBeLessThan(s.lines.length);
    expect(back.lines).toEqual(s.lines.slice(0, back.lines.length));
  });

  it("keeps a typical Vietnamese result whole: eight real-length messages fit", () => {
    const real = Array.from({ length: 8 }, (_, i) =>
      finding("error", `E${i + 10}`, `Tỷ lệ % kế hoạch của "Kết nạp đảng viên mới" ghi 75,5%, nhưng 62/80 = 77,5% (dòng ${i}).`),
    );
    const s = summarize(real, "vi", "BC-XDĐ", 8);
    expect(decodeSummary(encodeSummary(s))).toEqual(s);
  });

  it.each([
    ["no hash", ""],
    ["someone else's hash", "#_xdm_Info=abc"],
    ["not base64", "#r=!!!"],
    ["not deflate", `#r=${Buffer.from("hello").toString("base64url")}`],
    ["too long", `#r=${"A".repeat(9000)}`],
  ])("returns null for %s", (_, hash) => {
    expect(decodeSummary(hash)).toBeNull();
  });

  it("returns null for well-encoded data of the wrong shape", () => {
    // The wire form written by hand (raw deflate, base64url), as encodeSummary writes it.
    const good = { v: 1, l: "vi", s: null, c: [0, 0, 0], h: null, x: null, m: [] };
    const encode = (o: unknown) => `r=${deflateRawSync(Buffer.from(JSON.stringify(o))).toString("base64url")}`;
    const empty: Summary = { lang: "vi", sheet: null, counts: { error: 0, warning: 0, info: 0 }, lines: [], highlighted: null, error: null };
    expect(decodeSummary(encode(good))).toEqual(empty);
    expect(decodeSummary(encode({ ...good, v: 2 }))).toBeNull();
    expect(decodeSummary(encode({ ...good, l: "fr" }))).toBeNull();
    expect(decodeSummary(encode({ ...good, c: [1, -1, 0] }))).toBeNull();
    expect(decodeSummary(encode({ ...good, m: [[0, "A1", "x"]] }))?.lines).toEqual([{ severity: "error", cell: "A1", text: "x" }]);
    expect(decodeSummary(encode({ ...good, m: [[3, "A1", "x"]] }))).toBeNull();
    expect(decodeSummary(encode({ ...good, m: [["length", "A1", "x"]] }))).toBeNull();
    expect(decodeSummary(encode({ ...good, m: [["0", "A1", "x"]] }))).toBeNull();
    expect(decodeSummary(encode({ ...good, m: [[0, 5, "x"]] }))).toBeNull();
    expect(decodeSummary(encode({ ...good, h: 1.5 }))).toBeNull();
  });
});
