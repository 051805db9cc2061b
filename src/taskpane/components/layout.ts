import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * Below this width the pane takes its narrow layout (tables become one card per row). The pane is the
 * viewport, so a media query sees its width; Excel's narrowest pane is 320 px, and 200 % zoom halves that.
 * A media query rather than a container query: Excel on older Macs renders in a WebKit without them.
 */
export const NARROW_PANE = "@media (max-width: 399.98px)";

/** The few layouts every screen shares: a column of blocks with even gaps, and a row of buttons. */
export const useLayout = makeStyles({
  screen: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    // Whatever a screen holds must reflow in a 160 px wide pane (320 px at 200 %): file names, unit
    // names and messages wrap anywhere rather than widen the pane, and so do the texts inside Fluent's
    // message bars and buttons, whose own styles keep them on one line or give them a minimum width.
    overflowWrap: "anywhere",
    minWidth: 0,
    "& .fui-MessageBar": { minWidth: 0 },
    "& .fui-MessageBarBody": { minWidth: 0 },
    "& .fui-Button": { maxWidth: "100%", minWidth: 0, height: "auto" },
    [NARROW_PANE]: {
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    },
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
  /** What to do first, or why a button is disabled: small text beside the controls it explains. */
  hint: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    margin: 0,
  },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    [NARROW_PANE]: { gridTemplateColumns: "minmax(0, 1fr)" },
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
