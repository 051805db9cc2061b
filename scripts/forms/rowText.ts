import type { FormRow } from "../../src/templates/form";

/**
 * What a row prints: its numbering inside the label (`B - Đảng viên tăng trong kỳ`, `1. Kết nạp`, `- Nữ`,
 * `Trong đó: Đảng viên dự bị`), or split into a `TT` cell (`B`, `1`, `a`, `-`) and the label; `Trong đó:`
 * stays with the label in both, as units write it.
 */
export function rowText(row: FormRow, label: string, tt: boolean): { tt: string; label: string } {
  const n = row.numbering?.trim() ?? "";
  if (!n) return { tt: "", label };
  if (!tt) return { tt: "", label: `${n} ${label}` };
  const inWhich = /^Trong đó:\s*(.*)$/.exec(n);
  if (inWhich) return { tt: inWhich[1], label: `Trong đó: ${label}` };
  return { tt: n.replace(/\s*[-.)]$/, "") || n, label };
}

/** vi-VN figures as text, the way a unit types them into a text cell: `1.234`, `104,44`. */
export function viText(n: number): string {
  const [int, frac] = String(Math.abs(n)).split(".");
  return (n < 0 ? "-" : "") + int.replace(/\B(?=(\d{3})+(?!\d))/g, ".") + (frac ? `,${frac}` : "");
}
