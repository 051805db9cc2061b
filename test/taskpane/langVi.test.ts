/**
 * Issue 12: in the English pane, the Vietnamese names that stay Vietnamese (indicators, units) are marked
 * `lang="vi"`, so that a screen reader reads them with a Vietnamese voice; and every status badge carries
 * a shape (an svg icon) besides its colour and word. Rendered to HTML in Node, as render.test.ts does.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { completionOf } from "../../src/engine";
import { CompletionTable } from "../../src/taskpane/components/CompletionTable";
import { FileList } from "../../src/taskpane/components/FileList";
import { LangProvider } from "../../src/taskpane/i18n/LangContext";
import type { FileRow } from "../../src/taskpane/state/consolidation";
import { FILE_STATUSES } from "../../src/taskpane/state/status";

const inEnglish = (child: ReactNode) =>
  renderToStaticMarkup(createElement(FluentProvider, { theme: webLightTheme }, createElement(LangProvider, { initial: "en", children: child })));

const UNIT = "Đảng bộ Công ty Điện lực tỉnh";

describe("the English pane", () => {
  it("marks each indicator's name Vietnamese in the rates table, and gives each status a shape", () => {
    const rows = [
      { code: "KT_DV", name: "Kiểm tra tổ chức đảng", cell: null, completion: completionOf(62, 80) },
      { code: "DV_KET_NAP", name: "Kết nạp đảng viên mới", cell: null, completion: completionOf(10, 8) },
    ];
    const html = inEnglish(createElement(CompletionTable, { rows }));
    for (const r of rows) expect(html).toContain(`<span lang="vi">${r.name}</span>`);
    expect(html).toContain("Indicator");
    const badges = html.match(/<div[^>]*fui-Badge[^>]*>.*?<\/div>/g) ?? [];
    expect(badges.length).toBe(rows.length);
    for (const b of badges) expect(b).toContain("<svg");
  });

  it("marks the unit's name Vietnamese in the file list, each status with its own shape", () => {
    const rows: FileRow[] = FILE_STATUSES.map((status, i) => ({
      id: `f${i}`,
      name: `${i}.xlsx`,
      source: "file",
      review: { status, unit: UNIT, period: { vi: "Quý I/2023", en: "Q1 2023" }, counts: { error: 0, warning: 0, info: 0 }, note: null },
    }));
    const html = inEnglish(createElement(FileList, { rows, onRemove: () => {} }));
    expect(html.split(`<span lang="vi">${UNIT}</span>`).length - 1).toBe(FILE_STATUSES.length);
    expect(html).toContain("Q1 2023");
    const shapes = [...html.matchAll(/data-testid="file-status"[^>]*>(<span[^>]*><svg.*?<\/svg>)/g)].map((m) => m[1].replace(/class="[^"]*"/g, ""));
    expect(shapes.length).toBe(FILE_STATUSES.length);
    expect(new Set(shapes).size).toBe(FILE_STATUSES.length);
  });
});
