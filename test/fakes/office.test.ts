import { afterEach, describe, expect, it } from "vitest";
import { createFakeExcel, type FakeExcel } from "./excel";

type OfficeNs = typeof Office;
const officeOf = (fake: FakeExcel) => fake.Office as OfficeNs;

describe("the Office namespace", () => {
  it("onReady resolves { host: Excel, platform: OfficeOnline } asynchronously and calls the callback", async () => {
    const fake = createFakeExcel();
    const order: string[] = [];
    const ready = officeOf(fake).onReady((info) => order.push(`callback ${info.host}`));
    order.push("after onReady()");
    expect(await ready).toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(order).toEqual(["after onReady()", "callback Excel"]);
  });

  it("answers isSetSupported from apiVersion, and gives the display language", () => {
    const fake = createFakeExcel({ apiVersion: "1.9", displayLanguage: "en-US" });
    const { requirements, displayLanguage, host } = officeOf(fake).context;
    expect([requirements.isSetSupported("ExcelApi", "1.8"), requirements.isSetSupported("ExcelApi", "1.9"), requirements.isSetSupported("ExcelApi", "1.10"), requirements.isSetSupported("ExcelApi", "1.12")]).toEqual([true, true, false, false]);
    expect(requirements.isSetSupported("WordApi", "1.1")).toBe(false);
    expect([displayLanguage, host]).toEqual(["en-US", officeOf(fake).HostType.Excel]);
    expect(createFakeExcel().Office).toMatchObject({ context: { displayLanguage: "vi-VN" } });
  });

  it("outside Office (host null): no Excel, no requirements, onReady gives nulls", async () => {
    const fake = createFakeExcel({ host: null });
    expect(fake.Excel).toBeUndefined();
    expect(officeOf(fake).context.requirements).toBeUndefined();
    expect(await officeOf(fake).onReady()).toEqual({ host: null, platform: null });
  });

  it("records ribbon actions and runs them until event.completed()", async () => {
    const fake = createFakeExcel();
    let ran = 0;
    officeOf(fake).actions.associate("validateActive", (event: Office.AddinCommands.Event) => {
      ran++;
      setTimeout(() => event.completed(), 0);
    });
    await fake.office.invokeAction("validateActive");
    expect(ran).toBe(1);
    await expect(fake.office.invokeAction("missing")).rejects.toThrow(/No function is associated/);
  });

  it("records dialogs and lets a test answer for the dialog page", async () => {
    const fake = createFakeExcel();
    const received: unknown[] = [];
    await new Promise<void>((resolve) =>
      officeOf(fake).context.ui.displayDialogAsync("https://localhost:3000/help.html", { height: 50, width: 40 }, (result) => {
        result.value.addEventHandler(officeOf(fake).EventType.DialogMessageReceived, (arg) => received.push(arg));
        resolve();
      }),
    );
    fake.office.dialogs[0].sendToParent("đã đọc");
    expect(fake.office.dialogs[0]).toMatchObject({ url: "https://localhost:3000/help.html", options: { height: 50, width: 40 }, closed: false });
    expect(received).toEqual([{ message: "đã đọc", origin: "https://localhost:3000" }]);
  });
});

describe("install", () => {
  const g = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete g.Excel;
    delete g.Office;
    delete g.OfficeExtension;
  });

  it("sets Excel, Office and OfficeExtension on the target and uninstall restores the previous ones", async () => {
    g.Office = "previous";
    const fake = createFakeExcel();
    fake.install();
    expect(g.Office).toBe(fake.Office);
    expect(g.Excel).toBe(fake.Excel);
    const e = await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Không có").load("name");
      await ctx.sync();
    }).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(OfficeExtension.Error);
    fake.uninstall();
    expect(g.Office).toBe("previous");
    expect("Excel" in g).toBe(false);
  });

  it("a host-null fake removes a previously installed Excel", () => {
    createFakeExcel().install();
    createFakeExcel({ host: null }).install();
    expect("Excel" in g).toBe(false);
  });
});
