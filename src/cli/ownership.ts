import { inflateRawSync } from "node:zlib";
import { entryData, listZipEntries } from "../files/zip";

/**
 * Whether an existing file is a workbook this tool wrote, and so may be replaced without --force.
 *
 * Our .xlsx writer (src/xlsx) names itself in the package's extended properties:
 * `<Application>Tổng hợp</Application>` in docProps/app.xml. Excel and LibreOffice rewrite that part
 * with their own name when they save, so a result someone opened and saved again (perhaps with notes
 * of their own) no longer counts as ours: overwriting it needs --force. Anything that is not such a
 * zip package is not ours either.
 */
export const OUR_APPLICATION = "Tổng hợp";

/** docProps/app.xml is a few hundred bytes; anything bigger is not the part we write. */
const MAX_PART = 64 * 1024;

function partText(bytes: Uint8Array, name: string): string | null {
  const entries = listZipEntries(bytes);
  const entry = entries?.find((e) => e.name === name);
  if (!entry || entry.size > MAX_PART || entry.compressedSize > MAX_PART) return null;
  const data = entryData(bytes, entry);
  if (!data) return null;
  try {
    const raw = entry.method === 0 ? data : entry.method === 8 ? inflateRawSync(data, { maxOutputLength: MAX_PART }) : null;
    return raw ? new TextDecoder("utf-8").decode(raw) : null;
  } catch {
    return null;
  }
}

export function isOurWorkbook(bytes: Uint8Array): boolean {
  const app = partText(bytes, "docProps/app.xml");
  const m = app ? /<Application>([^<]*)<\/Application>/.exec(app) : null;
  return m !== null && m[1].trim() === OUR_APPLICATION;
}
