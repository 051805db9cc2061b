/**
 * `worksheet.pageLayout` (ExcelApi 1.9): orientation, paper size, margins in points, zoom (a scale, or fit to
 * pages wide × tall, 0 meaning "as many as needed"), printed gridlines and the rows repeated at the top of
 * every printed page. Strict as Excel is: unknown enum values, negative margins, a zoom mixing a scale with
 * fit-to-pages, a scale outside 10–400 and print-title rows that are not whole rows are InvalidArgument.
 */
import { MAX_COLS } from "./limits";
import { invalidArgument } from "./errors";
import type { Area } from "./address";
import type { SheetModel } from "./model";
import { FakeClientObject, type ScalarDef } from "./proxy";
import { areaOnSheet } from "./worksheet";

export interface PageZoom {
  scale?: number;
  horizontalFitToPages?: number;
  verticalFitToPages?: number;
}

export interface PageLayoutModel {
  orientation: "Portrait" | "Landscape";
  paperSize: string;
  printGridlines: boolean;
  /** Points, as the API gives them (Excel's defaults: 0.7" sides, 0.75" top and bottom, 0.3" header and footer). */
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  zoom: PageZoom;
  /** Whole rows repeated on every page, or null. */
  printTitleRows: Area | null;
}

export function defaultPageLayout(): PageLayoutModel {
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    printGridlines: false,
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    zoom: { scale: 100 },
    printTitleRows: null,
  };
}

/** Excel.PaperType's values (the common ones; the fake refuses the rest as Excel refuses a typo). */
const PAPER_TYPES = new Set(["Letter", "LetterSmall", "Tabloid", "Ledger", "Legal", "Statement", "Executive", "A3", "A4", "A4Small", "A5", "B4", "B5", "Folio", "Quatro"]);
const MARGINS = ["leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"] as const;
type Margin = (typeof MARGINS)[number];

const SINCE = "1.9";

function zoomOf(v: unknown, location: string): PageZoom {
  if (!v || typeof v !== "object") throw invalidArgument("The zoom is not an object.", location);
  const z = v as Record<string, unknown>;
  const known = ["scale", "horizontalFitToPages", "verticalFitToPages"];
  for (const k of Object.keys(z)) if (!known.includes(k)) throw invalidArgument(`Unknown zoom option '${k}'.`, location);
  const fits = z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined;
  if (z.scale !== undefined && fits) throw invalidArgument("A zoom is a scale or a fit to pages, not both.", location);
  if (z.scale !== undefined) {
    if (typeof z.scale !== "number" || z.scale < 10 || z.scale > 400) throw invalidArgument(`Scale ${String(z.scale)} is outside 10–400.`, location);
    return { scale: z.scale };
  }
  const pages = (p: unknown) => {
    if (p === undefined) return 1;
    if (typeof p !== "number" || !Number.isInteger(p) || p < 0 || p > 32767) throw invalidArgument(`${String(p)} is not a number of pages.`, location);
    return p;
  };
  if (!fits) throw invalidArgument("The zoom names neither a scale nor pages.", location);
  return { horizontalFitToPages: pages(z.horizontalFitToPages), verticalFitToPages: pages(z.verticalFitToPages) };
}

export class PageLayoutProxy extends FakeClientObject<SheetModel> {
  protected readonly _typeName = "PageLayout";

  protected _scalars(): Record<string, ScalarDef<SheetModel>> {
    const out: Record<string, ScalarDef<SheetModel>> = {
      orientation: { get: (s) => s.pageLayout.orientation, since: SINCE },
      paperSize: { get: (s) => s.pageLayout.paperSize, since: SINCE },
      printGridlines: { get: (s) => s.pageLayout.printGridlines, since: SINCE },
      zoom: { get: (s) => ({ ...s.pageLayout.zoom }), since: SINCE },
    };
    for (const m of MARGINS) out[m] = { get: (s) => s.pageLayout[m], since: SINCE };
    return out;
  }

  get orientation(): string {
    return this._get("orientation");
  }
  set orientation(v: string) {
    this._set("orientation", v, (s, o, location) => {
      if (o !== "Portrait" && o !== "Landscape") throw invalidArgument(`'${String(o)}' is not a page orientation.`, location);
      s.pageLayout.orientation = o;
    }, SINCE);
  }
  get paperSize(): string {
    return this._get("paperSize");
  }
  set paperSize(v: string) {
    this._set("paperSize", v, (s, p, location) => {
      if (typeof p !== "string" || !PAPER_TYPES.has(p)) throw invalidArgument(`'${String(p)}' is not a paper type.`, location);
      s.pageLayout.paperSize = p;
    }, SINCE);
  }
  get printGridlines(): boolean {
    return this._get("printGridlines");
  }
  set printGridlines(v: boolean) {
    this._set("printGridlines", v, (s, g, location) => {
      if (typeof g !== "boolean") throw invalidArgument(`'${String(g)}' is not a boolean.`, location);
      s.pageLayout.printGridlines = g;
    }, SINCE);
  }
  get zoom(): PageZoom {
    return this._get("zoom");
  }
  set zoom(v: PageZoom) {
    this._set("zoom", v, (s, z, location) => void (s.pageLayout.zoom = zoomOf(z, location)), SINCE);
  }
  get leftMargin(): number { return this._get("leftMargin"); }
  set leftMargin(v: number) { this.margin("leftMargin", v); }
  get rightMargin(): number { return this._get("rightMargin"); }
  set rightMargin(v: number) { this.margin("rightMargin", v); }
  get topMargin(): number { return this._get("topMargin"); }
  set topMargin(v: number) { this.margin("topMargin", v); }
  get bottomMargin(): number { return this._get("bottomMargin"); }
  set bottomMargin(v: number) { this.margin("bottomMargin", v); }
  get headerMargin(): number { return this._get("headerMargin"); }
  set headerMargin(v: number) { this.margin("headerMargin", v); }
  get footerMargin(): number { return this._get("footerMargin"); }
  set footerMargin(v: number) { this.margin("footerMargin", v); }

  private margin(name: Margin, v: number): void {
    this._set(name, v, (s, m, location) => {
      if (typeof m !== "number" || !Number.isFinite(m) || m < 0) throw invalidArgument(`${String(m)} is not a margin in points.`, location);
      s.pageLayout[name] = m;
    }, SINCE);
  }

  /** `"$1:$2"`, `"1:2"` or `"Sheet!$1:$2"` of this sheet: whole rows only, as Excel's print titles are. */
  setPrintTitleRows(rows: string): void {
    this._call("setPrintTitleRows", [rows], (s, [address], location) => {
      const area = areaOnSheet(s, typeof address === "string" ? address.replace(/\$/g, "") : address, location);
      if (area.c1 !== 0 || area.c2 !== MAX_COLS - 1) throw invalidArgument(`'${String(address)}' is not whole rows.`, location);
      s.pageLayout.printTitleRows = area;
    }, SINCE);
  }
}
