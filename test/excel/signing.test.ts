/** The letterhead and signature settings kept in the workbook (task pane, issue 13 §1): one sync each way. */
import { describe, expect, it } from "vitest";
import { cleanSigning, loadSigning, saveSigning, SIGNING_KEY } from "../../src/excel/signing";
import { fakeExcel } from "./helpers";

const SIGNING = {
  committee: "Đảng ủy Cụm II",
  parent: "Đảng bộ Khối doanh nghiệp tỉnh",
  place: "Hà Nội",
  signer: { title: "PHÓ BÍ THƯ", name: "Nguyễn Văn A" },
  onBehalf: "BAN THƯỜNG VỤ" as const,
};

describe("signing settings in the workbook", () => {
  it("reads nothing from a workbook that has none, in one sync", async () => {
    const fake = fakeExcel();
    const before = fake.stats.syncs;
    await expect(loadSigning()).resolves.toEqual({});
    expect(fake.stats.syncs - before).toBe(1);
  });

  it("saves in one sync, as an object Excel keeps as JSON, and loads it back", async () => {
    const fake = fakeExcel();
    const before = fake.stats.syncs;
    await saveSigning(SIGNING);
    expect(fake.stats.syncs - before).toBe(1);
    expect(fake.workbook.settings.get(SIGNING_KEY)).toEqual(SIGNING);
    await expect(loadSigning()).resolves.toEqual(SIGNING);
  });

  it("replaces what was saved, dropping emptied fields", async () => {
    const fake = fakeExcel({ settings: { [SIGNING_KEY]: SIGNING } });
    await saveSigning({ committee: "Đảng ủy Cụm III", place: "  ", signer: { title: "", name: "Trần B" } });
    expect(fake.workbook.settings.get(SIGNING_KEY)).toEqual({ committee: "Đảng ủy Cụm III", signer: { name: "Trần B" } });
  });

  it("ignores what is not a signing setting (another writer, an old version)", async () => {
    fakeExcel({ settings: { [SIGNING_KEY]: { committee: 7, place: "Huế", onBehalf: "CHI ỦY", signer: "x", extra: true } } });
    await expect(loadSigning()).resolves.toEqual({ place: "Huế" });
    expect(cleanSigning(null)).toEqual({});
    expect(cleanSigning(["a"])).toEqual({});
  });

  it("leaves the add-in's other settings alone", async () => {
    const fake = fakeExcel({ settings: { "TongHop.ownSheets": ["1"] } });
    await saveSigning({ place: "Huế" });
    expect(fake.workbook.settings.get("TongHop.ownSheets")).toEqual(["1"]);
  });
});
