/**
 * The summary in English (`--lang en`), sentence for sentence the Vietnamese one (vi.ts), with en-US
 * numbers as every English message of the engine writes them (format.ts: `2,465`, `77.5%`).
 */
import type { Period } from "../period";
import { done, joinGroups, notDone, type Clause } from "./clauses";
import type { PeriodFlow, PlannedWork, SummaryFigures } from "./figures";
import type { SummaryOptions } from "./options";
import { figure, placeName, plural, rate, sentenceOf } from "./words";

const n = (x: number) => figure(x, "en");
const STAFF = "officials, civil servants, public employees and workers";
const ORGS = (k: number) => plural(k, "grassroots party organisation", "grassroots party organisations");
const COMMITTEES = (k: number) => plural(k, "grassroots party committee", "grassroots party committees");
const CELLS = (k: number) => plural(k, "grassroots party cell", "grassroots party cells");

function organisation(f: SummaryFigures, place: string | null, options: SummaryOptions): string {
  if (f.tccs === null || f.tccs <= 0) return "";
  const subject = place ? (options.parent ? `${place}, under ${options.parent}, has` : `${place} has`) : plural(f.tccs, "there is", "there are");
  const withSub = f.subCells !== null && f.subCells > 0 ? ` with ${n(f.subCells)} ${plural(f.subCells, "affiliated party cell", "affiliated party cells")}` : "";
  let breakdown = "";
  if (f.dbcs !== null && f.cbcs !== null) {
    if (f.dbcs > 0 && f.cbcs > 0) {
      breakdown = `, of which ${n(f.dbcs)} ${plural(f.dbcs, "is a", "are")} ${COMMITTEES(f.dbcs)}${withSub} and ${n(f.cbcs)} ${plural(f.cbcs, "is a", "are")} ${CELLS(f.cbcs)}`;
    } else if (f.dbcs > 0) {
      breakdown = `, ${f.tccs === 1 ? "a" : "all"} ${COMMITTEES(f.tccs)}${withSub}`;
    } else if (f.cbcs > 0) {
      breakdown = `, ${f.tccs === 1 ? "a" : "all"} ${CELLS(f.tccs)}`;
    }
  } else {
    breakdown = withSub;
  }
  return `${subject} ${n(f.tccs)} ${ORGS(f.tccs)}${breakdown}`;
}

function members(f: SummaryFigures, place: string | null): string {
  const of = place ? ` in ${place}` : "";
  const staff = f.staff !== null && f.staff > 0 ? f.staff : null;
  if (f.members !== null) return `the total number of party members${of} is ${n(f.members)}${staff !== null ? `, among ${n(staff)} ${STAFF}` : ""}`;
  if (staff !== null) return `the total number of ${STAFF}${of} is ${n(staff)}`;
  return "";
}

function periodPhrase(p: Period | null): string {
  switch (p?.kind) {
    case "quarter":
      return "In the quarter";
    case "half":
      return p.index === 2 ? "In the second half of the year" : "In the first half of the year";
    case "nine_months":
      return "In the nine months";
    case "year":
      return "In the year";
    default:
      return "In the period";
  }
}

function ytdNote(flow: PeriodFlow, f: SummaryFigures): string {
  return !f.fromYearStart && flow.ytd !== null && flow.ytd !== flow.actual ? ` (${n(flow.ytd)} since the start of the year)` : "";
}

function flows(f: SummaryFigures): Clause[] {
  const out: Clause[] = [];
  if (f.admitted) {
    const k = f.admitted.actual;
    const note = ytdNote(f.admitted, f);
    out.push(k > 0 ? done(`admitted ${n(k)} ${plural(k, "new member", "new members")}${note}`) : notDone(`admitted no new members${note}`));
  }
  if (f.madeOfficial) {
    const k = f.madeOfficial.actual;
    const note = ytdNote(f.madeOfficial, f);
    out.push(
      k > 0
        ? done(`recognised ${n(k)} probationary ${plural(k, "member", "members")} as full members${note}`)
        : notDone(`recognised no probationary members as full members${note}`),
    );
  }
  return out;
}

const VERB = { KT: "inspected", GS: "supervised" } as const;
const OBJECT = { TC: ["party organisation", "party organisations"], DV: ["party member", "party members"] } as const;

function work(w: PlannedWork): Clause {
  const [v, o] = w.code.split("_") as [keyof typeof VERB, keyof typeof OBJECT];
  const verb = VERB[v];
  const [one, many] = OBJECT[o];
  if (w.done === 0) return notDone(`${verb} no ${many}${w.plan !== null ? ` (annual plan: ${n(w.plan)})` : ""}`);
  if (w.plan === null || w.pctRounded === null || w.planned === null) return done(`${verb} ${n(w.done)} ${plural(w.done, one, many)}`);
  const reached = `${rate(w.pctRounded, "en")} of the annual plan`;
  if (w.planned !== w.done) return done(`${verb} ${n(w.done)} ${plural(w.done, one, many)} (units with a plan: ${n(w.planned)}/${n(w.plan)}, ${reached})`);
  return done(`${verb} ${n(w.done)}/${n(w.plan)} ${many} (${reached})`);
}

function activities(f: SummaryFigures, place: string | null): string | null {
  const flowClauses = flows(f);
  const inspections = f.inspections.map(work);
  const supervisions = f.supervisions.map(work);
  if (flowClauses.length + inspections.length + supervisions.length === 0) return null;
  const actor = place ? `the grassroots party organisations of ${place}` : "the grassroots party organisations";
  const sinceYearStart = !f.fromYearStart;
  const opening = flowClauses.length === 0 && sinceYearStart ? "Since the start of the year" : periodPhrase(f.period);
  const firstWork = inspections.length ? 1 : 2;
  const lead = (g: number) => (sinceYearStart && flowClauses.length > 0 && g === firstWork ? "since the start of the year, " : "");
  return `${opening}, ${actor} ${joinGroups([flowClauses, inspections, supervisions], "", lead, " and ")}.`;
}

function coverage(f: SummaryFigures): string | null {
  const m = f.missing.length;
  if (m === 0) return null;
  if (f.received === 0) return m === 1 ? "The only unit on the roster has not sent its report." : `None of the ${n(m)} units on the roster has sent its report.`;
  return `${n(m)} ${plural(m, "unit has not sent its report", "units have not sent their reports")}: ${f.missing.join(", ")}; the figures above are from ${n(f.received)} of ${n(f.expected)} units.`;
}

export function enSentences(f: SummaryFigures, options: SummaryOptions): { key: string; text: string | null }[] {
  const place = placeName(f.cluster, "en");
  return [
    { key: "organisation", text: sentenceOf([organisation(f, place, options), members(f, place)]) },
    { key: "activities", text: activities(f, place) },
    { key: "coverage", text: coverage(f) },
  ];
}
