import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../engine";
import { useLang } from "../i18n/LangContext";
import { SEVERITIES } from "./SeverityCounts";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  finding: {
    justifyContent: "flex-start",
    textAlign: "start",
    whiteSpace: "normal",
    height: "auto",
    width: "100%",
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightRegular,
  },
  static: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}` },
  cell: { fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyMonospace, marginInlineEnd: tokens.spacingHorizontalS },
});

export interface FindingListProps {
  /** Sorted as they should read (errors first, then down the sheet). */
  findings: Finding[];
  onSelect(finding: Finding): void;
  disabled?: boolean;
}

/**
 * Findings grouped by severity, each group open. A finding with a cell is a button that selects the
 * cell in Excel; one about the whole sheet is plain text.
 */
export function FindingList({ findings, onSelect, disabled }: FindingListProps) {
  const { t, pick } = useLang();
  const styles = useStyles();
  const groups = SEVERITIES.map((severity) => ({ severity, items: findings.filter((f) => f.severity === severity) })).filter((g) => g.items.length);
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.severity)}>
      {groups.map(({ severity, items }) => (
        <AccordionItem key={severity} value={severity} data-testid={`findings-${severity}`}>
          <AccordionHeader size="small">{`${t.severity[severity as Severity]} (${items.length})`}</AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {items.map((f, i) => (
                <li key={`${f.rule}-${f.cell}-${i}`}>
                  {f.cell ? (
                    <Button
                      appearance="subtle"
                      className={styles.finding}
                      data-testid="finding"
                      data-cell={f.cell}
                      data-rule={f.rule}
                      title={t.goToCell(f.cell)}
                      disabled={disabled}
                      onClick={() => onSelect(f)}
                    >
                      <span>
                        <span className={styles.cell}>{f.cell}</span>
                        {formCellOf(f) && <span className={styles.cell} data-testid="finding-where">{t.findingAt(f.indicator!, f.column ?? null)}</span>}
                        {pick(f.message)}
                      </span>
                    </Button>
                  ) : (
                    <div className={styles.static} data-testid="finding" data-cell="" data-rule={f.rule}>
                      <span className={styles.cell}>{t.wholeSheet}</span>
                      {formCellOf(f) && <span className={styles.cell} data-testid="finding-where">{t.findingAt(f.indicator!, f.column ?? null)}</span>}
                      {pick(f.message)}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

/** A finding about a row of a form other than BC-XDĐ (BTCTW…) names its row code and column (issue 9 §4). */
const formCellOf = (f: Finding) => f.form !== undefined && f.form !== "BC-XDD" && !!f.indicator;
