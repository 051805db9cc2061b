import { vi } from "vitest";

/**
 * SheetJS logs "ODS number format may be incorrect" for the conditional number styles LibreOffice puts in every
 * .ods (its default currency styles); it reads the values right. Drop that one message, keep every other.
 */
export function quietOdsFormatWarnings(): void {
  const original = console.error.bind(console);
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === "string" && args[0].startsWith("ODS number format may be incorrect")) return;
    original(...args);
  });
}
