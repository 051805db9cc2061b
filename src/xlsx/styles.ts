import { STYLE_ROLES, type RoleStyle, type StyleRole } from "../engine/sheetspec";
import { argb } from "./color";
import { XML_HEADER, escapeAttr } from "./xml";

/**
 * The styles part (`xl/styles.xml`). Cells name a role and a number format; this table turns each
 * (role, format) pair actually used into one `cellXfs` entry, sharing fonts, fills, borders and
 * number formats between entries so the file stays small and Excel's style limits stay far away.
 */

/** Vietnamese official documents are set in Times New Roman 12 (Nghị định 30/2020/NĐ-CP). */
export const DEFAULT_FONT = { name: "Times New Roman", size: 12 } as const;

/** Formats Excel knows by id; writing them by id keeps them "builtin" in every reader. */
const BUILTIN_FORMATS: ReadonlyMap<string, number> = new Map([
  ["General", 0],
  ["0", 1],
  ["0.00", 2],
  ["#,##0", 3],
  ["#,##0.00", 4],
  ["0%", 9],
  ["0.00%", 10],
]);

/** Custom number formats are numbered from here (ids below are reserved for builtins). */
const FIRST_CUSTOM_FORMAT = 164;

function fontXml(style: RoleStyle): string {
  const parts: string[] = ["<font>"];
  if (style.bold) parts.push("<b/>");
  if (style.italic) parts.push("<i/>");
  if (style.underline) parts.push("<u/>");
  parts.push(`<sz val="${style.size ?? DEFAULT_FONT.size}"/>`);
  // No colour element means "automatic" (black); a theme colour would need a theme part.
  if (style.color) parts.push(`<color rgb="${argb(style.color, "font")}"/>`);
  // family 1 = roman (serif), matching Times New Roman.
  parts.push(`<name val="${DEFAULT_FONT.name}"/><family val="1"/></font>`);
  return parts.join("");
}

function fillXml(color: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(color, "fill")}"/><bgColor indexed="64"/></patternFill></fill>`;
}

const THIN_BORDER =
  "<border>" +
  ["left", "right", "top", "bottom"].map((side) => `<${side} style="thin"><color indexed="64"/></${side}>`).join("") +
  "<diagonal/></border>";

export class StyleTable {
  // Index 0 of each list is the default that unstyled cells use. Fills 0 and 1 (none, gray125)
  // are required by Excel whatever the workbook uses.
  private readonly fonts: string[] = [fontXml({})];
  private readonly fills: string[] = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private readonly borders: string[] = ["<border><left/><right/><top/><bottom/><diagonal/></border>", THIN_BORDER];
  private readonly customFormats = new Map<string, number>();
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly xfIndex = new Map<string, number>([["0|0|0|0||", 0]]);
  // role → format → xf id: two Map lookups per cell, with no string building on the hot path.
  private readonly cache = new Map<string, Map<string, number>>();

  /** The `s` attribute for a cell with this role and number format (0 = default). */
  styleId(role: StyleRole | undefined, format: string | undefined): number {
    const roleKey = role ?? "";
    const formatKey = format ?? "";
    let byFormat = this.cache.get(roleKey);
    if (!byFormat) {
      byFormat = new Map();
      this.cache.set(roleKey, byFormat);
    }
    let id = byFormat.get(formatKey);
    if (id === undefined) {
      id = this.buildXf(role ? STYLE_ROLES[role] : undefined, formatKey);
      byFormat.set(formatKey, id);
    }
    return id;
  }

  private numFmtId(format: string): number {
    if (format === "") return 0;
    const builtin = BUILTIN_FORMATS.get(format);
    if (builtin !== undefined) return builtin;
    let id = this.customFormats.get(format);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.customFormats.size;
      this.customFormats.set(format, id);
    }
    return id;
  }

  private static indexOf(list: string[], xml: string): number {
    const i = list.indexOf(xml); // lists hold a handful of entries
    if (i >= 0) return i;
    list.push(xml);
    return list.length - 1;
  }

  private buildXf(style: RoleStyle | undefined, format: string): number {
    // An unknown role (possible from untyped callers) is drawn as unstyled rather than failing.
    const s = style ?? {};
    const numFmt = this.numFmtId(format);
    const font = StyleTable.indexOf(this.fonts, fontXml(s));
    const fill = s.fill ? StyleTable.indexOf(this.fills, fillXml(s.fill)) : 0;
    const border = s.border ? 1 : 0;
    const align = s.align ?? "";
    const wrap = s.wrap ? "1" : "";
    const key = `${numFmt}|${font}|${fill}|${border}|${align}|${wrap}`;
    const existing = this.xfIndex.get(key);
    if (existing !== undefined) return existing;

    const attrs = [`numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"`];
    if (numFmt !== 0) attrs.push('applyNumberFormat="1"');
    if (font !== 0) attrs.push('applyFont="1"');
    if (fill !== 0) attrs.push('applyFill="1"');
    if (border !== 0) attrs.push('applyBorder="1"');
    let xml: string;
    if (align || wrap) {
      attrs.push('applyAlignment="1"');
      const al = [align ? ` horizontal="${align}"` : "", wrap ? ' wrapText="1"' : ""].join("");
      xml = `<xf ${attrs.join(" ")}><alignment${al}/></xf>`;
    } else {
      xml = `<xf ${attrs.join(" ")}/>`;
    }
    this.xfs.push(xml);
    this.xfIndex.set(key, this.xfs.length - 1);
    return this.xfs.length - 1;
  }

  toXml(): string {
    const parts: string[] = [XML_HEADER, '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'];
    if (this.customFormats.size > 0) {
      parts.push(`<numFmts count="${this.customFormats.size}">`);
      for (const [code, id] of this.customFormats) parts.push(`<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
      parts.push("</numFmts>");
    }
    const list = (tag: string, items: string[]) => parts.push(`<${tag} count="${items.length}">`, ...items, `</${tag}>`);
    list("fonts", this.fonts);
    list("fills", this.fills);
    list("borders", this.borders);
    parts.push('<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>');
    list("cellXfs", this.xfs);
    parts.push(
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      '<dxfs count="0"/>',
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>',
      "</styleSheet>",
    );
    return parts.join("");
  }
}
