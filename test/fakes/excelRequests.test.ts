import { describe, expect, it } from "vitest";
import { createFakeExcel, PAYLOAD_LIMIT } from "./excel";
import { rejectionOf, run } from "./excel/testing";

const sheetOf = (ctx: Excel.RequestContext, name = "Dữ liệu") => ctx.workbook.worksheets.getItem(name);
const fresh = () => createFakeExcel({ sheets: [{ name: "Dữ liệu", rows: [["giữ nguyên"]] }] });

/** `n` rows of one text cell, each `width` characters: about n × (width + 4) characters of JSON. */
const column = (n: number, width: number) => Array.from({ length: n }, (_, i) => [`${i}`.padEnd(width, "x")]);

describe("what the fake counts", () => {
  it("counts each request and its commands; a sync with nothing queued sends nothing", async () => {
    const fake = fresh();
    await run(fake, async (ctx) => {
      await ctx.sync(); // nothing queued: no request
      const range = sheetOf(ctx).getRange("B1:C1");
      range.numberFormat = [["@", "@"]];
      range.values = [["a", "b"]];
      range.load("address");
      await ctx.sync();
      sheetOf(ctx).getRange("D1").values = [[1]];
      // Excel.run sends what is still queued when the batch ends.
    });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.commands).toBe(4);
    expect(fake.stats.requests).toHaveLength(2);
    expect(fake.stats.maxRequestBytes).toBe(Math.max(...fake.stats.requests));
    expect(fake.stats.runs).toBe(1);
  });

  it("sizes a request by its JSON: more data, a larger request", async () => {
    const fake = fresh();
    await run(fake, async (ctx) => {
      sheetOf(ctx).getRange("A1:A10").values = column(10, 10);
      await ctx.sync();
      sheetOf(ctx).getRange("A1:A10").values = column(10, 1000);
      await ctx.sync();
    });
    const [small, large] = fake.stats.requests;
    expect(large - small).toBeGreaterThanOrEqual(10 * 990);
    expect(large - small).toBeLessThan(10 * 990 + 200);
  });

  it("reset() starts the counts again", async () => {
    const fake = fresh();
    await run(fake, async (ctx) => void sheetOf(ctx).getRange("A2").load("values"));
    fake.stats.reset();
    expect([fake.stats.syncs, fake.stats.commands, fake.stats.requests, fake.stats.maxRequestBytes]).toEqual([0, 0, [], 0]);
  });
});

describe("Excel on the web's 5 MB limit", () => {
  it("rejects a request over 5 MB with RequestPayloadSizeLimitExceeded and applies none of it", async () => {
    const fake = fresh();
    const before = fake.workbook.snapshot();
    const e = await rejectionOf(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.add("Mới");
        sheetOf(ctx).getRange("A2").values = [["small, first in the batch"]];
        sheetOf(ctx).getRange("B1:B60000").values = column(60_000, 100);
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.stats.maxRequestBytes).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(fake.workbook.snapshot()).toEqual(before);
  });

  it("accepts the same data split in requests under the limit", async () => {
    const fake = fresh();
    await run(fake, async (ctx) => {
      sheetOf(ctx).getRange("B1:B30000").values = column(30_000, 100);
      await ctx.sync();
      sheetOf(ctx).getRange("B30001:B60000").values = column(30_000, 100);
      await ctx.sync();
    });
    expect(fake.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(fake.workbook.sheet("Dữ liệu").cell("B60000").value).toBe("29999".padEnd(100, "x"));
  });

  it("rejects a response over 5 MB (ResponsePayloadSizeLimitExceeded), even for a whole-sheet read", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Dữ liệu", rows: column(60_000, 100) }] });
    const big = await rejectionOf(run(fake, async (ctx) => void sheetOf(ctx).getUsedRange().load("values")));
    expect(big.code).toBe("ResponsePayloadSizeLimitExceeded");
    const whole = await rejectionOf(run(fake, async (ctx) => void sheetOf(ctx).getRange().load("values")));
    expect(whole.code).toBe("ResponsePayloadSizeLimitExceeded");
    const half = await run(fake, async (ctx) => {
      const r = sheetOf(ctx).getRange("A1:A20000").load("values");
      await ctx.sync();
      return r.values.length;
    });
    expect(half).toBe(20_000);
  });
});

describe("failures", () => {
  it("failOnSync(n): the n-th request from now rejects with the code and applies nothing; the others land", async () => {
    const fake = fresh();
    fake.failOnSync(2, "AccessDenied");
    const e = await rejectionOf(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.add("Một");
        await ctx.sync();
        const snapshot = fake.workbook.snapshot();
        ctx.workbook.worksheets.add("Hai");
        sheetOf(ctx).getRange("A1").values = [["đã đổi"]];
        await ctx.sync().catch((err) => {
          expect(fake.workbook.snapshot()).toEqual(snapshot);
          throw err;
        });
      }),
    );
    expect(e.code).toBe("AccessDenied");
    expect(fake.workbook.sheetNames()).toEqual(["Dữ liệu", "Một"]);
    expect(fake.workbook.sheet("Dữ liệu").cell("A1").value).toBe("giữ nguyên");
    await run(fake, async (ctx) => void ctx.workbook.worksheets.add("Ba"));
    expect(fake.workbook.sheetNames()).toEqual(["Dữ liệu", "Một", "Ba"]);
  });

  it("failOnSync counts requests from the call, whatever stats.reset() did", async () => {
    const fake = fresh();
    await run(fake, async (ctx) => void ctx.workbook.worksheets.add("A"));
    fake.stats.reset();
    fake.failOnSync(1);
    const e = await rejectionOf(run(fake, async (ctx) => void ctx.workbook.worksheets.add("B")));
    expect(e.code).toBe("GeneralException");
    expect(fake.workbook.hasSheet("B")).toBe(false);
  });

  it("a failing command rejects the sync; the commands before it stay applied, the ones after never run (as in Excel)", async () => {
    const fake = fresh();
    const e = await rejectionOf(
      run(fake, async (ctx) => {
        sheetOf(ctx).getRange("A2").values = [["before"]];
        sheetOf(ctx, "Không có").getRange("A1").values = [["nowhere"]];
        sheetOf(ctx).getRange("A3").values = [["after"]];
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("ItemNotFound");
    expect(e.debugInfo?.errorLocation).toBe("WorksheetCollection.getItem");
    expect(fake.workbook.sheet("Dữ liệu").grid()).toEqual([["giữ nguyên"], ["before"]]);
  });

  it("loaded values arrive only when the whole request succeeded", async () => {
    const fake = fresh();
    await run(fake, async (ctx) => {
      const range = sheetOf(ctx).getRange("A1").load("values");
      sheetOf(ctx).getRange("A2:A3").values = [[1]];
      await ctx.sync().catch(() => undefined);
      expect(() => range.values).toThrow(/not available/);
    });
  });
});
