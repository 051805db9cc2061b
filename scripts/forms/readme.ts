import type { UnitWorkbook } from "./sample";
import type { Style } from "./style";
import { MISSING_UNIT, PERIOD, PERIOD_BTCTW5, SUPERIOR_NAME, styleOf } from "./units";

/** A unit's layout in a few words, in Vietnamese and in English. */
function layoutWords(s: Style, w: UnitWorkbook): { vi: string; en: string } {
  const vi: string[] = [];
  const en: string[] = [];
  const add = (when: unknown, v: string, e: string) => {
    if (!when) return;
    vi.push(v);
    en.push(e);
  };
  add(s.numbering === "tt", "cột TT riêng", "separate TT column");
  add(s.numbering === "label", "số thứ tự trong nhãn", "numbering in the label");
  add(s.headerRows === "extra", "thêm một dòng tiêu đề gộp", "one more merged header row");
  add(s.columnNumbers === "plain", "dòng số cột `1 \\| 2 \\| 3 \\| 4(=2*100/3)`", "numbering row `1 \\| 2 \\| 3 \\| 4(=2*100/3)`");
  add(s.columnNumbers === "paren", "dòng số cột `(1) \\| (2) \\| …`", "numbering row `(1) \\| (2) \\| …`");
  add(s.columnNumbers === "none", "không có dòng số cột", "no numbering row");
  const marker = { own: "`Biểu số N-BTCTW`", short: "`Biểu N-BTCTW`", zero: "`Biểu số 0N-BTCTW`", mau: "`Mẫu N-BTCTW`" }[s.marker];
  add(true, `dấu biểu ${marker}`, `marker ${marker}`);
  add(s.titleLines === 1, "tiêu đề và kỳ trên một dòng", "title and period on one line");
  add(s.zero === "-", "số 0 ghi `-`", "zeros as `-`");
  add(s.zero === "blank", "số 0 để trống", "zeros left blank");
  add(s.ratio === "formula", "cột tỷ lệ là công thức", "ratio column as formulas");
  add(s.aliasRows.length, "vài dòng ghi theo cách gọi khác", "a few rows in other wordings");
  add(s.upperHeader, "tiêu đề cột chữ hoa (`CHỈ TIÊU`)", "upper-case headers (`CHỈ TIÊU`)");
  add(s.unitLine, "dòng `Đơn vị báo cáo:`", "a `Đơn vị báo cáo:` line");
  add(s.unitOfMeasure, "`Đvt: Người`", "`Đvt: Người`");
  add(s.omitOptional, "Biểu 2 không có dòng `- Nữ`, `- Người theo tôn giáo`", "Biểu 2 without its optional rows");
  add(s.top || s.left, "bảng lùi xuống/sang phải", "table offset down/right");
  add(w.unit.extraSheet, `thêm trang \`${w.unit.extraSheet?.name}\``, `extra sheet \`${w.unit.extraSheet?.name}\``);
  return { vi: vi.join("; "), en: en.join("; ") };
}

export function readme(books: UnitWorkbook[]): string {
  const file = (w: UnitWorkbook) => `units/${w.unit.file}.${w.unit.format}`;
  const rows = books.map((w) => ({ w, words: layoutWords(styleOf(w.unit), w) }));
  const mistakes = books.flatMap((w) =>
    w.mistakes.map((m) => ({ w, m, sheet: w.unit.sheets[["BTCTW-1", "BTCTW-2", "BTCTW-3", "BTCTW-5"].indexOf(m.form)], cell: w.forms[m.form].cells[m.row][m.column] })),
  );
  const other = (m: (typeof mistakes)[number]) => (m.m.pair ? ` (và/and \`${m.w.unit.sheets[0]}\`!${m.w.forms["BTCTW-1"].cells.D["2"]})` : "");
  return `# Bộ biểu thống kê mẫu: ${SUPERIOR_NAME}, ${PERIOD.toLowerCase()}

*Tệp này do \`scripts/make-form-examples.ts\` viết ra (\`npm run examples:forms\`); đừng sửa tay.*

Mười tổ chức cơ sở đảng (6 đảng bộ cơ sở, 4 chi bộ cơ sở) trong các doanh nghiệp của Đảng bộ Khối, mỗi đơn vị gửi **một
sổ làm việc** gồm bốn trang: Biểu 1-BTCTW (tăng, giảm đảng viên), 2-BTCTW (đảng viên mới kết nạp), 3-BTCTW (đội ngũ
đảng viên), 5-BTCTW (tổ chức đảng và đảng viên theo loại hình cơ sở), có đơn vị thêm một trang không liên quan. Kỳ
báo cáo: **${PERIOD}** (6 tháng). Biểu 5 chỉ lập theo năm (mẫu chỉ cho kỳ \`year\`), nên các đơn vị gửi kèm Biểu 5
**${PERIOD_BTCTW5}** (có đến 31/12/2025): cột 7 dòng Cộng bằng dòng A cột 2 của Biểu 1 (đầu kỳ = 31/12/2025), và các
quan hệ chéo chỉ áp dụng cho báo cáo năm không được so sánh.

Mỗi tệp được dựng bằng \`renderWorkbook\` rồi LibreOffice mở và lưu lại thành .xlsx, .xls (BIFF8) hay .ods.
\`danh-sach-don-vi.xlsx\` là danh sách đơn vị (\`Mã đơn vị\`, \`Tên đơn vị\`, \`Loại hình\`) có 11 đơn vị:
**${MISSING_UNIT.code} ${MISSING_UNIT.name}** không gửi báo cáo → \`UNIT_MISSING\`.

Số liệu được sinh (hạt giống cố định) sao cho mọi quan hệ của các mẫu biểu đều đúng — chia ra, trong đó, D = A + B − C,
tỷ lệ = 2*100/3 làm tròn 2 chữ số, các quan hệ giữa các biểu — trừ đúng các lỗi sau.

## Lỗi cố ý (những lỗi đơn vị hay mắc)

| Tệp | Trang | Ô | Mã lỗi | Lỗi |
|---|---|---|---|---|
${mistakes.map((x) => `| \`${file(x.w)}\` | \`${x.sheet}\` | ${x.cell}${other(x)} | \`${x.m.rule}\` | ${x.m.vi} |`).join("\n")}
| \`danh-sach-don-vi.xlsx\` | \`Danh sách\` | — | \`UNIT_MISSING\` | ${MISSING_UNIT.code} có trong danh sách nhưng không gửi báo cáo. |

## Các đơn vị và cách trình bày

| Tệp | Đơn vị | Loại hình | Cách trình bày |
|---|---|---|---|
${rows.map(({ w, words }) => `| \`${file(w)}\` | ${w.unit.name} | ${w.unit.type} | ${words.vi} |`).join("\n")}

---

## English

The sample statistical forms of the ${SUPERIOR_NAME} (Ninh Bình's bloc committee of agencies and enterprises,
see \`shared/domain/articles/003\`) for the first half of 2026: ten TCCS (6 đảng bộ cơ sở, 4 chi bộ cơ sở), each sending
one workbook with Biểu 1, 2, 3 and 5-BTCTW, some beside an unrelated sheet. BTCTW-5's template allows only yearly
reports, so units attach their BTCTW-5 of **${PERIOD_BTCTW5}** (stocks at 31/12/2025): its column 7 total equals BTCTW-1
row A column 2, and the year-only cross-form rules do not apply. Written by our renderer, then opened and saved by
LibreOffice as .xlsx, .xls (BIFF8) or .ods. The roster \`danh-sach-don-vi.xlsx\` lists 11 units; ${MISSING_UNIT.code} sends
nothing (\`UNIT_MISSING\`). The figures are generated from a fixed seed so that every relation holds, except these:

| File | Sheet | Cell | Rule | Mistake |
|---|---|---|---|---|
${mistakes.map((x) => `| \`${file(x.w)}\` | \`${x.sheet}\` | ${x.cell}${other(x)} | \`${x.m.rule}\` | ${x.m.en} |`).join("\n")}
| \`danh-sach-don-vi.xlsx\` | \`Danh sách\` | — | \`UNIT_MISSING\` | ${MISSING_UNIT.code} is on the roster and sent nothing. |

| File | Unit | Type | Layout |
|---|---|---|---|
${rows.map(({ w, words }) => `| \`${file(w)}\` | ${w.unit.name} | ${w.unit.type} | ${words.en} |`).join("\n")}

\`test/examples/formExamples.test.ts\` reads every file back with SheetJS and checks that each unit's figures break
exactly the relations listed here.
`;
}
