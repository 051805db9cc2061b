/**
 * Opens result.html as an Office dialog with the summary in its hash, and reports when the user is done
 * with it: the dialog's close button (it messages "close") or the dialog's own ✕ (DialogEventReceived).
 */
import { encodeSummary, type Summary } from "./summary";

/** Percent of the screen; Office keeps at least 250 × 150 px. */
const SIZE = { height: 50, width: 35 };

export function resultUrl(pageUrl: string, summary: Summary): string {
  const url = new URL("result.html", pageUrl);
  url.hash = encodeSummary(summary);
  return url.href;
}

export function openResultDialog(summary: Summary, closed: () => void): void {
  Office.context.ui.displayDialogAsync(resultUrl(window.location.href, summary), { ...SIZE, displayInIframe: true }, (result) => {
    if (result.status !== Office.AsyncResultStatus.Succeeded) {
      // e.g. 12007: another dialog of this add-in is open. The cells are coloured; nothing more to show.
      console.error("[tong-hop] result dialog", result.error?.code, result.error?.message);
      closed();
      return;
    }
    const dialog = result.value;
    dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
      dialog.close();
      closed();
    });
    dialog.addEventHandler(Office.EventType.DialogEventReceived, () => closed());
  });
}
