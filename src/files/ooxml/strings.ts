/**
 * The shared strings part (ECMA-376 §18.4): each `<si>` as the text a cell shows. Plain `<t>` text, or
 * rich text whose runs' `<t>` are joined; phonetic runs (`<rPh>`, East Asian readings) are left out.
 * Read as SheetJS's parse_sst_xml reads it.
 */
import { unescapeXml } from "./xml";

const ITEM_OPEN = /<(?:\w+:)?(?:si|sstItem)>/g;
const ITEM_CLOSE = /<\/(?:\w+:)?(?:si|sstItem)>/;
const PLAIN = /^\s*<(?:\w+:)?t[^>]*>/;
const PLAIN_END = /<\/(?:\w+:)?t>/;
const RUN = /<(?:\w+:)?r\b[^<>]*>/;
const RUN_TEXT = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g;
const PHONETIC = /<(?:\w+:)?rPh\b[^<>]*>[\s\S]*?<\/(?:\w+:)?rPh>/g;
const TAG = /<[^<>]*>/g;

/** One `<si>`'s (or an inline string's `<is>`) text. */
export function sharedStringItem(x: string): string {
  if (PLAIN.test(x)) return unescapeXml(x.slice(x.indexOf(">") + 1).split(PLAIN_END)[0] ?? "", true);
  if (RUN.test(x)) {
    const texts = x.replace(PHONETIC, "").match(RUN_TEXT) ?? [];
    return unescapeXml(texts.join("").replace(TAG, ""), true);
  }
  return "";
}

/** Every shared string in order; null when the part is not a string table this reader knows. */
export function sharedStrings(xml: string): string[] | null {
  const open = /<(?:\w+:)?sst\b[^<>]*>/.exec(xml);
  if (!open) return null;
  const close = /<\/(?:\w+:)?sst>/.exec(xml.slice(open.index));
  if (!close) return null;
  const body = xml.slice(open.index + open[0].length, open.index + close.index);
  const items = body.replace(ITEM_OPEN, "").split(ITEM_CLOSE);
  return items.map((x) => sharedStringItem(x.trim()));
}
