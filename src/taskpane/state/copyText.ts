/**
 * *Sao chép* (issue 13 §3): the summary paragraph to the clipboard. The Clipboard API is refused in some hosts
 * (an iframe without the permission, an older webview); then the caller selects the text in a read-only box so
 * the user can press Ctrl+C. Pure of React, so its outcome is tested with a fake clipboard.
 */
export type CopyOutcome = "copied" | "select";

export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

/** Writes `text` with the Clipboard API when there is one; "select" when it is missing or refuses. */
export async function copyText(text: string, clipboard: ClipboardLike | undefined = globalThis.navigator?.clipboard): Promise<CopyOutcome> {
  if (!clipboard?.writeText) return "select";
  try {
    await clipboard.writeText(text);
    return "copied";
  } catch {
    return "select";
  }
}
