import { makeStyles, tokens } from "@fluentui/react-components";

/** The few layouts every screen shares: a column of blocks with even gaps, and a row of buttons. */
export const useLayout = makeStyles({
  screen: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  heading: { margin: 0 },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  factLabel: {
    color: tokens.colorNeutralForeground3,
  },
  factValue: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
});
