/** Units across periods are the same unit by code, else by name (abbreviations expanded), as the roster matches them. */
import { RosterIndex, type RosterUnit } from "../consolidate/units";
import type { SnapUnit } from "./types";

export class UnitMatcher {
  private readonly index: RosterIndex;
  private readonly byRoster = new Map<RosterUnit, SnapUnit>();

  constructor(units: readonly SnapUnit[]) {
    const roster = units.map((u) => {
      const r: RosterUnit = { code: u.code, name: u.name, type: null, cluster: null };
      this.byRoster.set(r, u);
      return r;
    });
    this.index = new RosterIndex(roster);
  }

  find(unit: Pick<SnapUnit, "code" | "name">): SnapUnit | null {
    const r = this.index.find(unit.code, unit.name);
    return r ? (this.byRoster.get(r) ?? null) : null;
  }
}
