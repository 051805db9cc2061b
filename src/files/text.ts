/**
 * Turns bytes into text, or says they are not text. CSV and HTML exports come in UTF-8 (with or
 * without BOM), in UTF-16 ("Unicode text" from Excel) or in the Windows ANSI code page of the PC that
 * saved them, which on Vietnamese Windows is windows-1258.
 */

export interface DecodedText {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1258" | "windows-1252";
}

/** How much of the file is looked at to decide whether it is text at all. */
const SAMPLE = 64 * 1024;

/**
 * Control characters that never appear in a real text export. Tab, LF, CR, FF and SUB (0x1A, the DOS
 * end-of-file mark some old tools append) are allowed.
 */
function isStrayControl(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a;
}

/** Binary data has NUL bytes or many control characters; text (in any 8-bit encoding) has neither. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let stray = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (isStrayControl(b)) stray++;
  }
  return stray > Math.max(2, n / 200);
}

/** The same test on UTF-16 text, which can only be judged once decoded (its ASCII has NUL bytes). */
function textLooksBinary(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let stray = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && isStrayControl(c)) stray++;
  }
  return stray > Math.max(2, n / 200);
}

function decoder(label: string, fatal: boolean): TextDecoder | null {
  try {
    // ignoreBOM: we strip the BOM ourselves, so that every path returns text without it.
    return new TextDecoder(label, { fatal, ignoreBOM: true });
  } catch {
    return null; // this runtime lacks the encoding (e.g. a Node without full ICU)
  }
}

/** The decoded text, or null when the bytes are not text. Never throws. */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  try {
    for (const [b0, b1, encoding] of [[0xff, 0xfe, "utf-16le"], [0xfe, 0xff, "utf-16be"]] as const) {
      if (bytes.length >= 2 && bytes[0] === b0 && bytes[1] === b1) {
        const text = decoder(encoding, false)!.decode(bytes.subarray(2));
        return textLooksBinary(text) ? null : { text, encoding };
      }
    }
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = bom ? bytes.subarray(3) : bytes;
    if (looksBinary(body)) return null;
    try {
      return { text: decoder("utf-8", true)!.decode(body), encoding: "utf-8" };
    } catch {
      if (bom) return { text: decoder("utf-8", false)!.decode(body), encoding: "utf-8" };
    }
    // Not UTF-8: an ANSI export. windows-1258 writes Vietnamese tones as combining marks, hence NFC,
    // so that "Kết nạp" compares equal to the same words typed in a UTF-8 file.
    const vn = decoder("windows-1258", false);
    if (vn) return { text: vn.decode(body).normalize("NFC"), encoding: "windows-1258" };
    return { text: decoder("windows-1252", false)!.decode(body), encoding: "windows-1252" };
  } catch {
    return null;
  }
}
