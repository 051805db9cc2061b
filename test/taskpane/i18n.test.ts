import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../../src/taskpane/i18n/en";
import { langOf, STRINGS } from "../../src/taskpane/i18n";
import { vi } from "../../src/taskpane/i18n/vi";
import { FILE_STATUSES } from "../../src/taskpane/state/status";

/** Every leaf of a strings object, as `path → value`. */
function leaves(obj: object, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === "object") for (const [p, leaf] of leaves(v, path)) out.set(p, leaf);
    else out.set(path, v);
  }
  return out;
}

describe("the two languages", () => {
  const v = leaves(vi);
  const e = leaves(en);

  it("have exactly the same keys", () => {
    expect([...e.keys()].sort()).toEqual([...v.keys()].sort());
  });

  it("have the same kind of value under each key, functions taking the same arguments", () => {
    for (const [key, value] of v) {
      const other = e.get(key);
      expect(typeof other, key).toBe(typeof value);
      if (typeof value === "function") expect((other as () => string).length, key).toBe(value.length);
    }
  });

  it("have no empty text, and functions that use every argument in both languages", () => {
    for (const strings of [v, e]) {
      for (const [key, value] of strings) {
        if (typeof value === "string") expect(value.trim(), key).not.toBe("");
        if (typeof value === "function") {
          const args = Array.from({ length: value.length }, (_, i) => (i % 2 ? 9000 + i : `«arg${i}»`));
          const text = (value as (...a: unknown[]) => string)(...args);
          for (const a of args) expect(text, key).toContain(typeof a === "number" ? String(a) : a);
        }
      }
    }
  });

  it("are really two languages: most texts differ", () => {
    const same = [...v].filter(([k, val]) => typeof val === "string" && e.get(k) === val).map(([k]) => k);
    // The product's name stays Vietnamese in both.
    expect(same).toEqual(["appTitle"]);
  });

  it("name every file status", () => {
    expect(Object.keys(vi.fileStatus).sort()).toEqual([...FILE_STATUSES].sort());
  });

  it("are picked from Office's display language: vi-* is Vietnamese, anything else English, nothing Vietnamese", () => {
    expect(langOf("vi-VN")).toBe("vi");
    expect(langOf("VI")).toBe("vi");
    expect(langOf("en-US")).toBe("en");
    expect(langOf("fr-FR")).toBe("en");
    expect(langOf(undefined)).toBe("vi");
    expect(STRINGS.en).toBe(en);
  });
});

describe("texts live in i18n only", () => {
  it("no component or screen writes Vietnamese text of its own", () => {
    const dirs = ["src/taskpane/components", "src/taskpane/screens"];
    const files = dirs.flatMap((d) => readdirSync(d).map((f) => join(d, f))).filter((f) => statSync(f).isFile());
    files.push("src/taskpane/App.tsx");
    // Vietnamese letters outside ASCII, in JSX text or string literals, comments excluded.
    const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
    const offenders: string[] = [];
    for (const file of files) {
      const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
      code.split("\n").forEach((line, i) => {
        if (VIETNAMESE.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    // Allowed: the file statuses as keys (the data-status contract) and the language switch's own names.
    const allowed = (line: string) => /"(hợp lệ|cảnh báo|khác kỳ|không đọc được|đang đọc)"|\b(lỗi|trùng|vượt|đạt)\b|Tiếng Việt/.test(line);
    expect(offenders.filter((l) => !allowed(l))).toEqual([]);
  });
});
