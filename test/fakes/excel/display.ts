import type { StoredValue } from "./cells";

/**
 * `range.text`: a value as Excel shows it under a number format (en-US). Covers what report sheets use:
 * General, `0`, `0.0`, `#,##0`, `#,##0.00`, `0.0%`, `@`, literal text, sections `pos;neg;zero;text`,
 * colour/locale tags and common date codes. Anything stranger falls back to General.
 */
export function displayText(value: StoredValue | undefined, numberFormat: string | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const sections = splitSections(numberFormat ?? "General");
  if (typeof value === "string") {
    const textSection = sections[3] ?? (sections[0]?.includes("@") ? sections[0] : undefined);
    return textSection ? textSection.replace(/"([^"]*)"/g, "$1").replace(/@/g, value) : value;
  }
  if (numberFormat === "@") return general(value);
  let section = sections[0];
  let n = value;
  if (value < 0 && sections.length > 1) {
    section = sections[1];
    n = -value;
  } else if (value === 0 && sections.length > 2) section = sections[2];
  section = section.replace(/\[[^\]]*\]/g, "");
  if (!section || /^general$/i.test(section.trim())) return general(n);
  if (isDateFormat(section)) return formatDate(value, section);
  return formatNumber(n, section, value < 0 && sections.length === 1);
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      cur += ch + (format[++i] ?? "");
      continue;
    }
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Excel's General: up to about 11 characters, then scientific. */
export function general(n: number): string {
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (Number.isInteger(n) && abs < 1e11) return String(n);
  if (abs >= 1e11 || abs < 1e-9) return n.toExponential(5).replace(/\.?0+e/, "E").replace(/E([+-])(\d)$/, "E$10$2").toUpperCase();
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - intDigits);
  return String(Number(n.toFixed(decimals)));
}

function isDateFormat(section: string): boolean {
  const bare = section.replace(/"[^"]*"/g, "").replace(/\\./g, "");
  return /[dyhs]/i.test(bare) || (/m/i.test(bare) && !/[0#?]/.test(bare));
}

function formatNumber(n: number, section: string, needsMinus: boolean): string {
  let prefix = "";
  let suffix = "";
  let pattern = "";
  let percent = 0;
  let inNumber = false;
  let afterNumber = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    let literal: string | null = null;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal = section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") literal = section[++i] ?? "";
    else if (ch === "_") {
      literal = " ";
      i++;
    } else if (ch === "*") i++;
    else if ("0#?.,".includes(ch) && !afterNumber) {
      pattern += ch;
      inNumber = true;
      continue;
    } else if (ch === "%") {
      percent++;
      literal = "%";
    } else if (/[eE]/.test(ch) && inNumber) return general(needsMinus ? -n : n);
    else literal = ch;
    if (literal !== null) {
      if (inNumber) afterNumber = true;
      if (inNumber) suffix += literal;
      else prefix += literal;
    }
  }
  let x = n * 100 ** percent;
  const [intPattern, fracPattern = ""] = pattern.split(".");
  const trailingCommas = /,+$/.exec(intPattern)?.[0].length ?? 0;
  x /= 1000 ** trailingCommas;
  const grouped = intPattern.slice(0, intPattern.length - trailingCommas).includes(",");
  const minInt = (intPattern.match(/0/g) ?? []).length;
  const decimals = fracPattern.replace(/[^0#?]/g, "").length;
  const minDecimals = (fracPattern.match(/0/g) ?? []).length;
  let [intPart, fracPart = ""] = Math.abs(x).toFixed(decimals).split(".");
  fracPart = fracPart.replace(new RegExp(`0{0,${decimals - minDecimals}}$`), "");
  if (intPart === "0" && minInt === 0) intPart = "";
  intPart = intPart.padStart(minInt, "0");
  if (grouped) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  // Excel keeps the decimal point even when optional digits leave nothing after it (`0.##` shows `5.`).
  const body = pattern.includes(".") ? `${intPart}.${fracPart}` : intPart;
  const isZero = Number(Math.abs(x).toFixed(decimals)) === 0;
  return `${needsMinus && !isZero ? "-" : ""}${prefix}${body}${suffix}`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function formatDate(serial: number, section: string): string {
  const ms = Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000);
  const d = new Date(ms);
  const parts = { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), min: d.getUTCMinutes(), s: d.getUTCSeconds(), wd: d.getUTCDay() };
  const ampm = /AM\/PM/i.test(section);
  const tokens = section.match(/"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM\/PM|./gi) ?? [];
  let out = "";
  let lastWasHour = false;
  tokens.forEach((tok, i) => {
    const lower = tok.toLowerCase();
    const nextIsSeconds = tokens.slice(i + 1).find((t) => /^[a-z]/i.test(t))?.toLowerCase().startsWith("s") ?? false;
    const minutes = (lower === "mm" || lower === "m") && (lastWasHour || nextIsSeconds);
    const pad = (v: number) => String(v).padStart(2, "0");
    if (tok.startsWith('"')) out += tok.slice(1, -1);
    else if (tok.startsWith("\\")) out += tok.slice(1);
    else if (lower === "yyyy") out += parts.y;
    else if (lower === "yy") out += pad(parts.y % 100);
    else if (minutes) out += lower === "mm" ? pad(parts.min) : parts.min;
    else if (lower === "mmmm") out += MONTHS[parts.m - 1];
    else if (lower === "mmm") out += MONTHS[parts.m - 1].slice(0, 3);
    else if (lower === "mm") out += pad(parts.m);
    else if (lower === "m") out += parts.m;
    else if (lower === "dddd") out += DAYS[parts.wd];
    else if (lower === "ddd") out += DAYS[parts.wd].slice(0, 3);
    else if (lower === "dd") out += pad(parts.d);
    else if (lower === "d") out += parts.d;
    else if (lower === "hh" || lower === "h") {
      const h = ampm ? parts.h % 12 || 12 : parts.h;
      out += lower === "hh" ? pad(h) : h;
    } else if (lower === "ss") out += pad(parts.s);
    else if (lower === "s") out += parts.s;
    else if (lower === "am/pm") out += parts.h < 12 ? "AM" : "PM";
    else out += tok;
    if (/^[a-z]/i.test(tok)) lastWasHour = lower === "h" || lower === "hh";
  });
  return out;
}
