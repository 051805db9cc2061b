import type { FakeExcel } from "./index";

/** The fake's `Excel` namespace, typed as the real one so tests call it exactly as an adapter does. */
export const excelOf = (fake: FakeExcel) => fake.Excel as typeof Excel;

/** Runs one batch on the fake. */
export function run<T>(fake: FakeExcel, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return excelOf(fake).run(batch);
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejectionOf(p: Promise<unknown>): Promise<{ code: string; message: string; debugInfo?: { errorLocation?: string } }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error("expected a rejection, got a result");
}

/** The error a call throws synchronously. */
export function thrownBy(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error("expected a throw");
}
