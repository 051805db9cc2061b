import { describe, expect, it } from "vitest";
import { checkWorkbook } from "../../src/engine/forms/checkWorkbook";
import { formSet } from "../../src/engine/batch";
import { formBlankSheet } from "../../src/engine/forms/sheets/blank";
import { builtInForm } from "../../src/templates/form/registry";
import { checkedForm } from "../../src/taskpane/state/checkedForm";
import { copyText } from "../../src/taskpane/state/copyText";
import { blankOf, formChoices } from "../../src/taskpane/state/formChoices";
import { formName, formsLabel } from "../../src/taskpane/state/formsLabel";
import { pivotSource } from "../../src/taskpane/state/useConsolidation";
import { worstEntry } from "../../src/taskpane/worker/handle";
import { specToGrid as gridOfSpec } from "../support/specToGrid";

describe("forms in the task pane's state", () => {
  it("names a file's forms in one phrase, BTCTW numbers grouped", () => {
    expect(formsLabel(["BTCTW-1", "BTCTW-2", "BTCTW-3", "BTCTW-5"], "vi")).toBe("Biểu 1, 2, 3, 5-BTCTW");
    expect(formsLabel(["BTCTW-1"], "en")).toBe("Form 1-BTCTW");
    expect(formsLabel(["BC-XDD", "BTCTW-3DT", "BTCTW-7"], "en")).toBe("BC-XDĐ; Forms 3DT, 7-BTCTW");
    expect(formsLabel(["MY-FORM"], "vi")).toBe("MY-FORM");
    expect(formsLabel([], "vi")).toBe("");
    expect(formName("BTCTW-1", "vi")).toBe("Biểu số 1-BTCTW");
  });

  it("offers BC-XDĐ then every built-in form with its title, and inserts each one's blank", () => {
    const choices = formChoices("vi");
    expect(choices.map((c) => c.id)).toEqual(["BC-XDD", "BTCTW-1", "BTCTW-2", "BTCTW-3", "BTCTW-3DT", "BTCTW-5", "BTCTW-7"]);
    expect(choices[1].label).toMatch(/^Biểu số 1-BTCTW – Thống kê tăng, giảm đảng viên$/);
    expect(blankOf("BTCTW-1", "vi")).toEqual(formBlankSheet(builtInForm("BTCTW-1")!, "vi"));
    expect(blankOf("BC-XDD", "vi").name).not.toBe(blankOf("BTCTW-1", "vi").name);
  });

  it("the Kiểm tra screen's facts come from whichever form the sheet holds", () => {
    const grid = gridOfSpec(blankOf("BTCTW-1", "vi"));
    const check = checkWorkbook([grid], grid.name, formSet());
    expect(checkedForm(check)?.form).toBe("BTCTW-1");
    const bcxdd = gridOfSpec(blankOf("BC-XDD", "vi"));
    expect(checkedForm(checkWorkbook([bcxdd], bcxdd.name, formSet()))?.form).toBe("BC-XDD");
    expect(checkedForm({ file: "x", modified: null, report: null, findings: [], unreadable: false })).toBeNull();
  });

  it("copies with the Clipboard API, and falls back to selecting when it is missing or refuses", async () => {
    const written: string[] = [];
    expect(await copyText("đoạn", { writeText: async (t) => void written.push(t) })).toBe("copied");
    expect(written).toEqual(["đoạn"]);
    expect(await copyText("đoạn", { writeText: () => Promise.reject(new Error("NotAllowedError")) })).toBe("select");
    expect(await copyText("đoạn", undefined)).toBe("select");
  });

  it("a PivotTable only over BC-XDĐ's Dữ liệu", () => {
    const spec = (name: string, table?: string) => ({ name, rows: [], ...(table ? { table: { name: table, headerRow: 0, firstCol: 0, lastCol: 1, lastRow: 1 } } : {}) });
    expect(pivotSource([spec("Dữ liệu", "DuLieuTongHop")] as never)).toBe("DuLieuTongHop");
    expect(pivotSource([spec("Dữ liệu biểu", "DuLieuBieu")] as never)).toBeUndefined();
  });

  it("a file with several forms takes the status that leaves it out the most", () => {
    expect(worstEntry([{ status: "ok" }, { status: "duplicate" }, { status: "invalid" }])?.status).toBe("duplicate");
    expect(worstEntry([{ status: "ok" }, { status: "period_mismatch" }])?.status).toBe("period_mismatch");
    expect(worstEntry([])).toBeNull();
  });
});
