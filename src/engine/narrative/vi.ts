/**
 * The summary in Vietnamese, in the words of the committees' own articles (articles/001):
 * "Cụm II có 36 TCCS đảng, trong đó có 22 đảng bộ với 141 chi bộ trực thuộc và 14 chi bộ cơ sở; tổng số
 * đảng viên của Cụm II là 2.465 đồng chí trên tổng số 5.606 cán bộ, công chức, viên chức, người lao động."
 * "Trong quý, các TCCS đảng trong Cụm đã kết nạp được 20 đảng viên mới, chuyển đảng chính thức cho 3 đảng
 * viên dự bị; kiểm tra được 62/80 tổ chức (đạt 77,5% kế hoạch năm), …"
 * A part whose figure is missing is not written.
 */
import type { Period } from "../period";
import { done, joinGroups, notDone, type Clause } from "./clauses";
import type { PeriodFlow, PlannedWork, SummaryFigures } from "./figures";
import type { SummaryOptions } from "./options";
import { figure, placeName, rate, sentenceOf } from "./words";

const n = (x: number) => figure(x, "vi");
const STAFF = "cán bộ, công chức, viên chức, người lao động";

function organisation(f: SummaryFigures, place: string | null, options: SummaryOptions): string {
  if (f.tccs === null || f.tccs <= 0) return "";
  const subject = place ? (options.parent ? `${place}, thuộc ${options.parent}` : place) : "";
  const withSub = f.subCells !== null && f.subCells > 0 ? ` với ${n(f.subCells)} chi bộ trực thuộc` : "";
  let breakdown = "";
  if (f.dbcs !== null && f.cbcs !== null) {
    const all = f.tccs === 1 ? "là" : "đều là";
    if (f.dbcs > 0 && f.cbcs > 0) breakdown = `, trong đó có ${n(f.dbcs)} đảng bộ${withSub} và ${n(f.cbcs)} chi bộ cơ sở`;
    else if (f.dbcs > 0) breakdown = `, ${all} đảng bộ cơ sở${withSub ? `,${withSub}` : ""}`;
    else if (f.cbcs > 0) breakdown = `, ${all} chi bộ cơ sở`;
  } else {
    // The types are not all known: no split, but the chi bộ trực thuộc reported are still a figure.
    breakdown = withSub;
  }
  return `${subject ? `${subject} có` : "có"} ${n(f.tccs)} TCCS đảng${breakdown}`;
}

function members(f: SummaryFigures, place: string | null): string {
  const of = place ? ` của ${place}` : "";
  // A staff count of 0 is no base to count members against.
  const staff = f.staff !== null && f.staff > 0 ? f.staff : null;
  if (f.members !== null) return `tổng số đảng viên${of} là ${n(f.members)} đồng chí${staff !== null ? ` trên tổng số ${n(staff)} ${STAFF}` : ""}`;
  if (staff !== null) return `tổng số ${STAFF}${of} là ${n(staff)} người`;
  return "";
}

function periodPhrase(p: Period | null): string {
  switch (p?.kind) {
    case "quarter":
      return "Trong quý";
    case "half":
      return p.index === 2 ? "Trong 6 tháng cuối năm" : "Trong 6 tháng đầu năm";
    case "nine_months":
      return "Trong 9 tháng";
    case "year":
      return "Trong năm";
    default:
      return "Trong kỳ";
  }
}

/** "(lũy kế từ đầu năm: 35)" after a flow of a later period, when the year so far says more than the period. */
function ytdNote(flow: PeriodFlow, f: SummaryFigures): string {
  return !f.fromYearStart && flow.ytd !== null && flow.ytd !== flow.actual ? ` (lũy kế từ đầu năm: ${n(flow.ytd)})` : "";
}

function flows(f: SummaryFigures): Clause[] {
  const out: Clause[] = [];
  if (f.admitted) {
    const note = ytdNote(f.admitted, f);
    out.push(f.admitted.actual > 0 ? done(`kết nạp được ${n(f.admitted.actual)} đảng viên mới${note}`) : notDone(`chưa kết nạp được đảng viên mới${note}`));
  }
  if (f.madeOfficial) {
    const note = ytdNote(f.madeOfficial, f);
    out.push(
      f.madeOfficial.actual > 0
        ? done(`chuyển đảng chính thức cho ${n(f.madeOfficial.actual)} đảng viên dự bị${note}`)
        : notDone(`chưa có đảng viên dự bị được chuyển đảng chính thức${note}`),
    );
  }
  return out;
}

const VERB = { KT: "kiểm tra", GS: "giám sát" } as const;
const OBJECT = { TC: "tổ chức", DV: "đảng viên" } as const;

/** "kiểm tra được 62/80 tổ chức (đạt 77,5% kế hoạch năm)": year-to-date over the annual plan. */
function work(w: PlannedWork): Clause {
  const [v, o] = w.code.split("_") as [keyof typeof VERB, keyof typeof OBJECT];
  const verb = VERB[v];
  const object = OBJECT[o];
  if (w.done === 0) return notDone(`chưa ${verb} ${object} nào${w.plan !== null ? ` (kế hoạch năm: ${n(w.plan)})` : ""}`);
  if (w.plan === null || w.pctRounded === null || w.planned === null) return done(`${verb} được ${n(w.done)} ${object}`);
  const reached = `đạt ${rate(w.pctRounded, "vi")} kế hoạch năm`;
  // Units without a plan add to what was done but not to the rate: say which fraction the rate is of.
  if (w.planned !== w.done) return done(`${verb} được ${n(w.done)} ${object} (các đơn vị có kế hoạch: ${n(w.planned)}/${n(w.plan)}, ${reached})`);
  return done(`${verb} được ${n(w.done)}/${n(w.plan)} ${object} (${reached})`);
}

function activities(f: SummaryFigures, place: string | null): string | null {
  const flowClauses = flows(f);
  const inspections = f.inspections.map(work);
  const supervisions = f.supervisions.map(work);
  if (flowClauses.length + inspections.length + supervisions.length === 0) return null;
  const actor = place ? "các TCCS đảng trong Cụm" : "các TCCS đảng";
  // Inspections are counted from the start of the year; later in the year the period's words would mislead.
  const sinceYearStart = !f.fromYearStart;
  const opening = flowClauses.length === 0 && sinceYearStart ? "Từ đầu năm đến nay" : periodPhrase(f.period);
  const firstWork = inspections.length ? 1 : 2;
  const lead = (g: number) => (sinceYearStart && flowClauses.length > 0 && g === firstWork ? "lũy kế từ đầu năm, " : "");
  return `${opening}, ${actor} ${joinGroups([flowClauses, inspections, supervisions], "đã ", lead)}.`;
}

function coverage(f: SummaryFigures): string | null {
  const m = f.missing.length;
  if (m === 0) return null;
  if (f.received === 0) return `Cả ${n(m)} đơn vị trong danh sách đều chưa gửi báo cáo.`;
  return `Còn ${n(m)} đơn vị chưa gửi báo cáo: ${f.missing.join(", ")}; số liệu trên tổng hợp từ ${n(f.received)}/${n(f.expected)} đơn vị.`;
}

export function viSentences(f: SummaryFigures, options: SummaryOptions): { key: string; text: string | null }[] {
  const place = placeName(f.cluster, "vi");
  return [
    { key: "organisation", text: sentenceOf([organisation(f, place, options), members(f, place)]) },
    { key: "activities", text: activities(f, place) },
    { key: "coverage", text: coverage(f) },
  ];
}
