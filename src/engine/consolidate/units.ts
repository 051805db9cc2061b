import { foldText } from "../text";
import type { UnitType } from "../read/meta";

/** A unit expected to report: one line of the roster. */
export interface RosterUnit {
  code: string | null;
  name: string;
  type: UnitType | null;
  cluster: string | null;
}

/** Abbreviations units write in their own names, expanded before comparing (FORM.md); keys are folded. */
const ABBREVIATIONS: Record<string, string> = {
  cty: "cong ty",
  cp: "co phan",
  tnhh: "trach nhiem huu han",
  mtv: "mot thanh vien",
  db: "dang bo",
  cb: "chi bo",
  bql: "ban quan ly",
  bhxh: "bao hiem xa hoi",
};

/** The key under which two spellings of a unit's name meet: `Cty CP May 10` = `Công ty Cổ phần May 10`. */
export function unitNameKey(name: string): string {
  const words = foldText(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => ABBREVIATIONS[w] ?? w);
  // `Đảng ủy X` and `Đảng bộ X` name the same organisation.
  return words.join(" ").replace(/^dang uy\b/, "dang bo").replace(/ dang uy\b/g, " dang bo");
}

/** Leading words that say what kind of organisation the name is, not which one. */
const ORG_PREFIX = /^(dang bo|chi bo)\s+/;

export function unitCodeKey(code: string | null | undefined): string | null {
  const t = (code ?? "").trim().toUpperCase();
  return t || null;
}

export class RosterIndex {
  private readonly byCode = new Map<string, RosterUnit>();
  private readonly byName = new Map<string, RosterUnit[]>();

  constructor(readonly units: RosterUnit[]) {
    for (const u of units) {
      const code = unitCodeKey(u.code);
      if (code) this.byCode.set(code, u);
      for (const key of nameKeys(u.name)) this.byName.set(key, [...(this.byName.get(key) ?? []), u]);
    }
  }

  /** By code first, else by name (with or without the `Đảng bộ`/`Chi bộ` prefix) when that gives one unit. */
  find(code: string | null, name: string): RosterUnit | null {
    const byCode = unitCodeKey(code);
    if (byCode && this.byCode.has(byCode)) return this.byCode.get(byCode)!;
    for (const key of nameKeys(name)) {
      const found = [...new Set(this.byName.get(key) ?? [])];
      if (found.length === 1) return found[0];
    }
    return null;
  }
}

function nameKeys(name: string): string[] {
  const key = unitNameKey(name);
  if (!key) return [];
  const bare = key.replace(ORG_PREFIX, "");
  return bare && bare !== key ? [key, bare] : [key];
}

/**
 * Without a roster, who is who among the reports received: the same code, or the same name
 * (abbreviations expanded) when the codes do not contradict it. A resubmission that drops the
 * `Mã đơn vị` line is still the same unit.
 */
export class UnitIdentities {
  private readonly byCode = new Map<string, string>();
  private readonly byName = new Map<string, string>();
  private readonly codeOf = new Map<string, string | null>();

  keyOf(code: string | null, name: string): string {
    const c = unitCodeKey(code);
    if (c && this.byCode.has(c)) return this.byCode.get(c)!;
    const names = nameKeys(name);
    const known = names.map((n) => this.byName.get(n)).find((k) => k !== undefined);
    const key = known !== undefined && !(c && this.codeOf.get(known)) ? known : `unit:${this.codeOf.size}`;
    if (!this.codeOf.has(key) || (c && !this.codeOf.get(key))) this.codeOf.set(key, c);
    if (c) this.byCode.set(c, key);
    for (const n of names) if (!this.byName.has(n)) this.byName.set(n, key);
    return key;
  }
}
