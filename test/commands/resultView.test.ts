import { describe, expect, it } from "vitest";
import { resultView } from "../../src/commands/resultView";
import { failureSummary, type Summary } from "../../src/commands/summary";

const summary = (over: Partial<Summary> = {}): Summary => ({
  lang: "vi",
  sheet: "BC quý I",
  counts: { error: 0, warning: 0, info: 0 },
  lines: [],
  highlighted: null,
  error: null,
  ...over,
});

describe("resultView", () => {
  it("says a clean report is valid", () => {
    const v = resultView(summary(), "en");
    expect(v).toMatchObject({ lang: "vi", tone: "ok", title: "Kiểm tra báo cáo", headline: "Không phát hiện vấn đề nào: báo cáo hợp lệ.", closeLabel: "Đóng" });
    expect(v.sheetLine).toBe("Trang tính: BC quý I");
    expect(v.moreLine).toBeNull();
    expect(v.highlightLine).toBeNull();
  });

  it("counts by severity, errors first, with the tone of the worst", () => {
    const v = resultView(summary({ counts: { error: 3, warning: 1, info: 2 } }), "vi");
    expect(v.headline).toBe("3 lỗi · 1 cảnh báo · 2 lưu ý");
    expect(v.tone).toBe("error");
    const w = resultView(summary({ lang: "en", counts: { error: 0, warning: 1, info: 0 } }), "vi");
    expect(w.headline).toBe("No errors · 1 warning");
    expect(w.tone).toBe("warning");
    expect(resultView(summary({ counts: { error: 0, warning: 0, info: 4 } }), "vi").tone).toBe("ok");
  });

  it("labels each line, names the whole sheet when there is no cell, and counts what is not shown", () => {
    const lines = [
      { severity: "error" as const, cell: "E12", text: "Tỷ lệ sai." },
      { severity: "info" as const, cell: null, text: "Thiếu kỳ báo cáo." },
    ];
    const v = resultView(summary({ counts: { error: 6, warning: 0, info: 4 }, lines, highlighted: 5 }), "vi");
    expect(v.lines).toEqual([
      { severity: "error", label: "Lỗi", cell: "E12", text: "Tỷ lệ sai." },
      { severity: "info", label: "Lưu ý", cell: "cả trang", text: "Thiếu kỳ báo cáo." },
    ]);
    expect(v.moreLine).toBe("Còn 8 phát hiện khác: bấm “Mở Tổng hợp” để xem đầy đủ.");
    // The line names the border cue too: colour is never the only sign (issue 12).
    expect(v.highlightLine).toBe("Đã tô màu và kẻ viền 5 ô có phát hiện trên trang tính (viền đậm: lỗi, nét đứt: cảnh báo, chấm: lưu ý).");
    const en = resultView(summary({ lang: "en", counts: { error: 2, warning: 0, info: 0 }, lines: lines.slice(0, 1), highlighted: 1 }), "vi");
    expect(en.moreLine).toBe("1 more finding: open Tổng hợp to see them all.");
    expect(en.highlightLine).toBe("1 cell with findings highlighted and outlined on the sheet (thick border: error, dashed: warning, dotted: note).");
    expect(en.lines[0].label).toBe("Error");
  });

  it("shows a failure as what went wrong", () => {
    const v = resultView(failureSummary({ vi: "Trang tính đang được bảo vệ.", en: "The sheet is protected." }, "en"), "vi");
    expect(v).toMatchObject({ tone: "failed", title: "Could not check the report", headline: "The sheet is protected.", lines: [], closeLabel: "Close" });
  });

  it("apologises in the fallback language when the summary could not be read", () => {
    expect(resultView(null, "vi")).toMatchObject({ tone: "failed", lang: "vi", headline: expect.stringMatching(/Kiểm tra báo cáo/) });
    expect(resultView(null, "en")).toMatchObject({ tone: "failed", lang: "en", headline: expect.stringMatching(/Check report/) });
  });
});
