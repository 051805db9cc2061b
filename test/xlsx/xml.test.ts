import { describe, expect, it } from "vitest";
import { capText, escapeAttr, escapeText, needsPreserve } from "../../src/xlsx/xml";

describe("xml escaping", () => {
  it("escapes markup characters in text and attributes", () => {
    expect(escapeText('a<b>&"c"')).toBe('a&lt;b&gt;&amp;"c"');
    expect(escapeAttr('a<b>&"c"')).toBe("a&lt;b&gt;&amp;&quot;c&quot;");
  });

  it("encodes characters XML 1.0 forbids as _xHHHH_", () => {
    expect(escapeText("\u0000\u0001\u001F\uFFFE\uFFFF")).toBe("_x0000__x0001__x001F__xFFFE__xFFFF_");
    expect(escapeText("a\tb\nc")).toBe("a\tb\nc");
    expect(escapeText("a\rb")).toBe("a_x000D_b");
    expect(escapeAttr("a\tb\nc")).toBe("a_x0009_b_x000A_c");
  });

  it("protects literal _xHHHH_ sequences only", () => {
    expect(escapeText("_x0041_")).toBe("_x005F_x0041_");
    expect(escapeText("_xABCD_ and _xabcd_")).toBe("_x005F_xABCD_ and _x005F_xabcd_");
    expect(escapeText("snake_case _x12_ _xGGGG_")).toBe("snake_case _x12_ _xGGGG_");
  });

  it("leaves ordinary Vietnamese text untouched", () => {
    const s = "Đảng bộ xã Tân Phú – Chi bộ số 1";
    expect(escapeText(s)).toBe(s);
  });

  it("caps without splitting surrogate pairs and detects edge whitespace", () => {
    expect(capText("abc", 2)).toBe("ab");
    expect(capText("a😀", 2)).toBe("a");
    expect(needsPreserve(" a")).toBe(true);
    expect(needsPreserve("a\n")).toBe(true);
    expect(needsPreserve("a b")).toBe(false);
    expect(needsPreserve("")).toBe(false);
  });
});
