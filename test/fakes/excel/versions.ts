import { ErrorCodes, FakeOfficeError } from "./errors";

/** `"1.12"` > `"1.9"`: requirement-set versions compare number by number. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function isValidVersion(v: string): boolean {
  return /^\d+(\.\d+)*$/.test(v);
}

/**
 * Office.js checks requirement sets on the client, synchronously, when a member is touched
 * (`_throwIfApiNotSupported`): the call throws ApiNotFound before anything is queued.
 */
export function apiNotFound(member: string, version: string): FakeOfficeError {
  return new FakeOfficeError(
    ErrorCodes.apiNotFound,
    `The API '${member}' is not supported: it needs ExcelApi ${version}, which this Excel does not implement.`,
    member,
    404,
  );
}
