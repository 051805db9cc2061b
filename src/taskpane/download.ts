const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Saves bytes through the browser's download (a Blob and an `<a download>`): nothing leaves the computer. */
export function downloadWorkbook(bytes: ArrayBuffer, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
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
