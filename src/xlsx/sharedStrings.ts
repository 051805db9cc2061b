import { XML_HEADER, capText, textElement } from "./xml";

/**
 * The shared strings table (`xl/sharedStrings.xml`). All text cells go through it: a `t="s"` cell
 * is a string by construction, so user text can never turn into a formula, and repeated labels
 * (unit names, codes) are stored once. A Map keeps lookups O(1) on large sheets.
 */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly items: string[] = [];
  /** Number of cells referencing the table (the `count` attribute). */
  private uses = 0;

  /** Index of `text` (capped to Excel's cell limit), adding it on first use. */
  add(text: string): number {
    const s = capText(text);
    this.uses++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(s);
      this.index.set(s, i);
    }
    return i;
  }

  get size(): number {
    return this.items.length;
  }

  toXml(): string {
    const parts: string[] = [
      XML_HEADER,
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.items.length}">`,
    ];
    for (const s of this.items) parts.push(`<si>${textElement(s)}</si>`);
    parts.push("</sst>");
    return parts.join("");
  }
}
