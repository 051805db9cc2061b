import { Badge, makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { COMPLETION_STATUS_TEXT, type CompletionRow } from "../../engine";
import { formatNumber, formatPercent, NO_VALUE } from "../format";
import { useLang } from "../i18n/LangContext";
import { NARROW_PANE } from "./layout";
import { resultProps } from "./focus";
import { COMPLETION_ICON } from "./statusIcons";
import { Vi } from "./Vi";

const BADGE = { vượt: "success", đạt: "brand", "chưa đạt": "warning" } as const;

/** Seen, and read, only where the header row is out of sight. */
const visuallyHidden = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
} as const;

const useStyles = makeStyles({
  // Auto layout: the numbers take the width they need and the indicator's name the rest. `break-word`,
  // not `anywhere`, so that a long name never shrinks its column to one letter.
  //
  // In a narrow pane (under 400 px, where five columns need ~330 px) each row becomes a card: the name on
  // its own line, then "Kế hoạch 40 · Lũy kế 11 · Tỷ lệ 27,5 % · chưa đạt" wrapping as the width allows,
  // each figure with its column's name beside it. The header row stays for screen readers (visually
  // hidden), and the explicit table roles keep the table a table to them once `display` has changed.
  table: {
    tableLayout: "auto",
    overflowWrap: "break-word",
    [NARROW_PANE]: { display: "block", overflowWrap: "anywhere" },
  },
  group: { [NARROW_PANE]: { display: "block" } },
  head: { [NARROW_PANE]: visuallyHidden },
  row: {
    [NARROW_PANE]: {
      display: "flex",
      flexWrap: "wrap",
      alignItems: "baseline",
      columnGap: tokens.spacingHorizontalM,
      rowGap: tokens.spacingVerticalXXS,
      padding: `${tokens.spacingVerticalXS} 0`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  cell: { [NARROW_PANE]: { display: "block", height: "auto", padding: 0, minWidth: 0 } },
  number: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums", paddingInline: tokens.spacingHorizontalXXS },
  name: {
    overflowWrap: "break-word",
    minWidth: "6rem",
    paddingInlineEnd: tokens.spacingHorizontalXS,
    [NARROW_PANE]: { flexBasis: "100%", minWidth: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  },
  narrow: { width: "1%", textAlign: "end", paddingInline: tokens.spacingHorizontalXXS },
  status: { whiteSpace: "nowrap", paddingInlineStart: tokens.spacingHorizontalXS },
  code: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, fontWeight: tokens.fontWeightRegular },
  // The column's name beside each figure, only in the narrow layout; hidden from screen readers, which
  // get it from the (visually hidden) header cell instead of twice.
  label: {
    display: "none",
    [NARROW_PANE]: { display: "inline", color: tokens.colorNeutralForeground3, marginInlineEnd: tokens.spacingHorizontalXS },
  },
});

/** The completion of each indicator: plan, figure, rate (`77,5 %`, `—` without a plan) and its status. */
export function CompletionTable({ rows }: { rows: CompletionRow[] }) {
  const { t, lang } = useLang();
  const styles = useStyles();
  const cell = (extra: string) => mergeClasses(extra, styles.cell);
  const label = (text: string) => (
    <span className={styles.label} aria-hidden="true">
      {text}
    </span>
  );
  return (
    <Table size="extra-small" role="table" className={styles.table} data-testid="plan-table" {...resultProps()}>
      <TableHeader role="rowgroup" className={mergeClasses(styles.group, styles.head)}>
        <TableRow role="row">
          <TableHeaderCell role="columnheader">{t.colIndicator}</TableHeaderCell>
          <TableHeaderCell role="columnheader" className={styles.narrow}>{t.colPlan}</TableHeaderCell>
          <TableHeaderCell role="columnheader" className={styles.narrow}>{t.colFigure}</TableHeaderCell>
          <TableHeaderCell role="columnheader" className={styles.narrow}>{t.colRate}</TableHeaderCell>
          <TableHeaderCell role="columnheader" className={styles.status}>{t.colStatus}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody role="rowgroup" className={styles.group}>
        {rows.map(({ code, name, completion: c }) => (
          <TableRow key={code} role="row" className={styles.row} data-testid="plan-row" data-code={code} data-status={c.status ?? ""}>
            <TableCell role="cell" className={cell(styles.name)}>
              <Vi>{name}</Vi> <span className={styles.code}>{code}</span>
            </TableCell>
            <TableCell role="cell" className={cell(styles.number)}>
              {label(t.colPlan)}
              {formatNumber(c.plan, lang)}
            </TableCell>
            <TableCell role="cell" className={cell(styles.number)}>
              {label(t.colFigure)}
              {formatNumber(c.figure, lang)}
            </TableCell>
            <TableCell role="cell" className={cell(styles.number)}>
              {label(t.colRate)}
              <span data-testid="plan-rate">{formatPercent(c.pctRounded, lang)}</span>
            </TableCell>
            <TableCell role="cell" className={cell(styles.status)}>
              {c.status ? (
                <Badge appearance="tint" color={BADGE[c.status]} icon={COMPLETION_ICON[c.status]}>
                  {COMPLETION_STATUS_TEXT[c.status][lang]}
                </Badge>
              ) : (
                NO_VALUE
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
