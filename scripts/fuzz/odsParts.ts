/**
 * Mutations of an .ods `content.xml`: cell values and types, repeat counts (ODF's run-length
 * encoding, where a small file can describe a huge sheet), spans (merged areas) and space runs.
 */
import type { Rng } from "./rng";
import { replaceSomeMatches } from "./xml";
import { hostileNumberText, hostileString, xmlText } from "./values";

export interface OdsLimits {
  /**
   * Largest repeat count to write. A row with content repeated 65,536 times already takes seconds
   * to read, and 100,000,000 times exhausts memory (reported; see test/fuzz/known.test.ts), so the
   * in-process test subset stays below; the full fuzz run keeps the real counts.
   */
  maxRepeat: number;
}

export const NO_LIMITS: OdsLimits = { maxRepeat: Infinity };
/** `--avoid-known` and the in-process test: repeats small enough to stay well under a second. */
export const AVOID_KNOWN_HANGS: OdsLimits = { maxRepeat: 1000 };

const counts = (r: Rng, options: string[], limits: OdsLimits) => {
  const allowed = options.filter((c) => !(Number(c) > limits.maxRepeat));
  return r.pick(allowed.length ? allowed : ["2"]);
};

const CELL = /<table:table-cell\b[^>]*?(?:\/>|>[\s\S]*?<\/table:table-cell>)/g;

const p = (text: string) => `<text:p>${text}</text:p>`;

/** A table cell of any ODF value type with a hostile value. */
export function hostileOdsCell(r: Rng, limits: OdsLimits = NO_LIMITS): string {
  const num = () => xmlText(hostileNumberText(r), r);
  const attrs = r.chance(0.2) ? ` table:number-columns-repeated="${counts(r, ["2", "100", "16384", "1000000", "1000000000", "-1", "x"], limits)}"` : "";
  const span = r.chance(0.15) ? ` table:number-columns-spanned="${r.pick(["2", "50", "16384", "0", "-5"])}" table:number-rows-spanned="${r.pick(["2", "100", "1048576", "0"])}"` : "";
  const head = `<table:table-cell${attrs}${span}`;
  return r.pick([
    () => `${head} office:value-type="float" office:value="${num()}">${p(num())}</table:table-cell>`,
    () => `${head} office:value-type="percentage" office:value="${num()}">${p(`${num()}%`)}</table:table-cell>`,
    () => `${head} office:value-type="currency" office:currency="VND" office:value="${num()}">${p(num())}</table:table-cell>`,
    () => `${head} office:value-type="date" office:date-value="${r.pick(["2023-04-05", "2023-13-45T25:00:00", "-0001-01-01", "x", ""])}">${p("05/04/2023")}</table:table-cell>`,
    () => `${head} office:value-type="time" office:time-value="${r.pick(["PT12H00M00S", "P1Y", "PTXYZ", "PT99999999H"])}">${p("12:00")}</table:table-cell>`,
    () => `${head} office:value-type="boolean" office:boolean-value="${r.pick(["true", "false", "maybe"])}">${p("TRUE")}</table:table-cell>`,
    () => `${head} office:value-type="string">${p(xmlText(hostileString(r), r))}</table:table-cell>`,
    () => `${head} office:value-type="string">${p(xmlText(hostileString(r), r))}${p(xmlText(hostileString(r), r))}</table:table-cell>`,
    () => `${head} office:value-type="string">${p(`a<text:s text:c="${counts(r, ["5", "100000", "100000000", "-1"], limits)}"/>b`)}</table:table-cell>`,
    () => `${head} table:formula="of:=[.A1]/0" office:value-type="float" office:value="${num()}">${p("#DIV/0!")}</table:table-cell>`,
    () => `${head} office:value-type="${r.pick(["zzz", "", "FLOAT"])}" office:value="5">${p("5")}</table:table-cell>`,
    () => `${head}/>`,
  ])();
}

type OdsOp = (xml: string, r: Rng, limits: OdsLimits) => { xml: string; what: string };

const replaceCells: OdsOp = (xml, r, limits) => {
  const out = replaceSomeMatches(xml, CELL, r, () => hostileOdsCell(r, limits));
  return { xml: out.xml, what: `ods cells×${out.replaced}` };
};

const repeatRows: OdsOp = (xml, r, limits) => {
  const count = counts(r, ["2", "1000", "65536", "1048576", "100000000", "0", "-1"], limits);
  let n = 0;
  const out = xml.replace(/<table:table-row\b(?![^>]*number-rows-repeated)/g, (m) => (r.chance(0.05) && ++n ? `${m} table:number-rows-repeated="${count}"` : m));
  return { xml: out, what: `rows repeated ${count}×${n}` };
};

const repeatColumns: OdsOp = (xml, r, limits) => {
  const count = counts(r, ["2", "1000", "16384", "1000000", "0"], limits);
  let n = 0;
  const out = xml.replace(/<table:table-cell\b(?![^>]*number-columns-repeated)(?=[^>]*office:value-type)/g, (m) => (r.chance(0.05) && ++n ? `${m} table:number-columns-repeated="${count}"` : m));
  return { xml: out, what: `cells repeated ${count}×${n}` };
};

const spans: OdsOp = (xml, r) => {
  let n = 0;
  const out = xml.replace(/<table:table-cell\b(?![^>]*spanned)/g, (m) =>
    r.chance(0.03) && ++n ? `${m} table:number-columns-spanned="${r.pick(["2", "9", "300", "16384"])}" table:number-rows-spanned="${r.pick(["2", "40", "1048576"])}"` : m,
  );
  return { xml: out, what: `spans×${n}` };
};

const ODS_OPS: OdsOp[] = [replaceCells, replaceCells, replaceCells, repeatRows, repeatColumns, spans, spans];

export function mutateOdsContent(xml: string, r: Rng, limits: OdsLimits = NO_LIMITS): { xml: string; what: string } {
  return r.pick(ODS_OPS)(xml, r, limits);
}
