import { describe, expect, it } from "vitest";
import { downloadName, formatNumber, formatPercent, slug } from "../../src/taskpane/format";

describe("numbers as users read them", () => {
  it("rates: vi-VN `77,5 %`, English `77.5%`, always one decimal, `—` without a rate", () => {
    expect(formatPercent(77.5, "vi")).toBe("77,5 %");
    expect(formatPercent(26, "vi")).toBe("26,0 %");
    expect(formatPercent(1234.5, "vi")).toBe("1.234,5 %");
    expect(formatPercent(77.5, "en")).toBe("77.5%");
    expect(formatPercent(null, "vi")).toBe("—");
    expect(formatPercent(Number.NaN, "en")).toBe("—");
  });

  it("figures: vi-VN thousands `.` and decimals `,`; a blank figure is `—`, a zero is 0", () => {
    expect(formatNumber(2465, "vi")).toBe("2.465");
    expect(formatNumber(8.1, "vi")).toBe("8,1");
    expect(formatNumber(2465, "en")).toBe("2,465");
    expect(formatNumber(0, "vi")).toBe("0");
    expect(formatNumber(null, "vi")).toBe("—");
  });
});

describe("the downloaded file's name", () => {
  it("is tong-hop-<period> without diacritics or slashes", () => {
    expect(downloadName("Quý I/2023")).toBe("tong-hop-quy-i-2023.xlsx");
    expect(downloadName("6 tháng đầu năm 2023")).toBe("tong-hop-6-thang-dau-nam-2023.xlsx");
    expect(downloadName(null)).toBe("tong-hop.xlsx");
    expect(downloadName("///")).toBe("tong-hop.xlsx");
  });

  it("slug folds decomposed (NFD) text like composed text", () => {
    expect(slug("Quý I/2023".normalize("NFD"))).toBe(slug("Quý I/2023"));
    expect(slug("ĐẢNG BỘ")).toBe("dang-bo");
  });
});
