/**
 * The whole pane rendered to HTML in Node (React's server renderer: no DOM, no effects, so no Excel or
 * worker call): every screen renders without throwing, with the data-testids the browser tests use.
 * Interaction is the Playwright suite's job.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { App, tabsFor } from "../../src/taskpane/App";
import type { HostInfo } from "../../src/taskpane/host";

const render = (host: HostInfo) => renderToStaticMarkup(createElement(FluentProvider, { theme: webLightTheme }, createElement(App, { host })));

const testIds = (html: string) => new Set([...html.matchAll(/data-testid="([^"]+)"/g)].map((m) => m[1]));
/** The opening tag of the element with this data-testid. */
const tagOf = (html: string, id: string) => new RegExp(`<[^>]*data-testid="${id}"[^>]*>`).exec(html)?.[0] ?? "";

describe("in a browser (no Excel)", () => {
  const html = render({ mode: "browser", lang: "vi" });
  const ids = testIds(html);

  it("shows only Tổng hợp, under a banner saying files stay on this computer", () => {
    expect(tabsFor("browser")).toEqual(["consolidate"]);
    expect(ids.has("tab-consolidate")).toBe(true);
    for (const hidden of ["tab-check", "tab-plan", "tab-form", "validate", "insert-form", "write-formulas"]) expect(ids.has(hidden), hidden).toBe(false);
    expect(ids.has("banner-browser")).toBe(true);
    expect(html).toContain("không gửi đi đâu cả");
  });

  it("has the file and roster inputs with the accepted formats, and a disabled consolidate button", () => {
    const files = tagOf(html, "files");
    expect(files).toMatch(/type="file"/);
    expect(files).toMatch(/multiple/);
    expect(files).toContain('accept=".xlsx,.xls,.ods,.csv,.xlsm,.xlsb"');
    expect(tagOf(html, "roster")).toMatch(/type="file"/);
    expect(tagOf(html, "roster")).not.toMatch(/multiple/);
    expect(html).toContain("Thêm tệp báo cáo");
    expect(html).toContain("Danh sách đơn vị (không bắt buộc)");
    expect(tagOf(html, "consolidate")).toMatch(/disabled/);
    expect(html).toContain("Tạo bảng tổng hợp");
    // No workbook sheets to offer outside Excel.
    expect(ids.has("refresh-sheets")).toBe(false);
  });
});

describe("inside Excel", () => {
  it("has the four tabs, the first one shown, and every screen's controls", () => {
    const html = render({ mode: "excel", lang: "vi" });
    const ids = testIds(html);
    for (const id of ["tab-check", "tab-plan", "tab-consolidate", "tab-form", "tab-own", "learn-sheet", "validate", "highlight", "clear-highlight", "read-plan", "insert-form", "files", "roster", "consolidate", "refresh-sheets"]) {
      expect(ids.has(id), id).toBe(true);
    }
    expect(ids.has("banner-browser")).toBe(false);
    // Nothing checked yet: nothing to highlight.
    expect(tagOf(html, "highlight")).toMatch(/disabled/);
    expect(tagOf(html, "panel-check")).not.toMatch(/hidden/);
    expect(tagOf(html, "panel-consolidate")).toMatch(/hidden/);
    for (const tab of ["Kiểm tra", "Tỷ lệ kế hoạch", "Tổng hợp", "Mẫu biểu"]) expect(html).toContain(tab);
  });

  it("speaks English when Office does", () => {
    const html = render({ mode: "excel", lang: "en" });
    expect(html).toContain("Check the active sheet");
    expect(html).toContain("Add report files");
    expect(html).not.toContain("Thêm tệp báo cáo");
  });
});
