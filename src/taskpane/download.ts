const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Saves a Blob through the browser's download (an `<a download>`): nothing leaves the computer. */
function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers start reading the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A workbook the pane wrote. */
export function downloadWorkbook(bytes: ArrayBuffer, fileName: string): void {
  downloadBlob(new Blob([bytes], { type: XLSX_TYPE }), fileName);
}

/** A text file (a learned template's .json). */
export function downloadText(text: string, fileName: string, type = "application/json"): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}
