import { Badge, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { COMPLETION_STATUS_TEXT, type CompletionRow } from "../../engine";
import { formatNumber, formatPercent, NO_VALUE } from "../format";
import { useLang } from "../i18n/LangContext";

const BADGE = { vượt: "success", đạt: "brand", "chưa đạt": "warning" } as const;

const useStyles = makeStyles({
  // Auto layout: the numbers take the width they need and the indicator's name the rest. `break-word`,
  // not `anywhere`, so that a long name never shrinks its column to one letter.
  table: { tableLayout: "auto" },
  number: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums", paddingInline: tokens.spacingHorizontalXXS },
  name: { overflowWrap: "break-word", minWidth: "6rem", paddingInlineEnd: tokens.spacingHorizontalXS },
  narrow: { width: "1%", textAlign: "end", paddingInline: tokens.spacingHorizontalXXS },
  status: { whiteSpace: "nowrap", paddingInlineStart: tokens.spacingHorizontalXS },
  code: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
});

/** The completion of each indicator: plan, figure, rate (`77,5 %`, `—` without a plan) and its status. */
export function CompletionTable({ rows }: { rows: CompletionRow[] }) {
  const { t, lang } = useLang();
  const styles = useStyles();
  return (
    <Table size="extra-small" className={styles.table} data-testid="plan-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.colIndicator}</TableHeaderCell>
          <TableHeaderCell className={styles.narrow}>{t.colPlan}</TableHeaderCell>
          <TableHeaderCell className={styles.narrow}>{t.colFigure}</TableHeaderCell>
          <TableHeaderCell className={styles.narrow}>{t.colRate}</TableHeaderCell>
          <TableHeaderCell className={styles.status}>{t.colStatus}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map(({ code, name, completion: c }) => (
          <TableRow key={code} data-testid="plan-row" data-code={code} data-status={c.status ?? ""}>
            <TableCell className={styles.name}>
              {name} <span className={styles.code}>{code}</span>
            </TableCell>
            <TableCell className={styles.number}>{formatNumber(c.plan, lang)}</TableCell>
            <TableCell className={styles.number}>{formatNumber(c.figure, lang)}</TableCell>
            <TableCell className={styles.number} data-testid="plan-rate">{formatPercent(c.pctRounded, lang)}</TableCell>
            <TableCell className={styles.status}>
              {c.status ? (
                <Badge appearance="tint" color={BADGE[c.status]}>
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
