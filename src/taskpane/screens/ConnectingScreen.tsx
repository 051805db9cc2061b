import { makeStyles, Spinner, Text, Title3, tokens } from "@fluentui/react-components";
import { STRINGS } from "../i18n";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalM}`,
    textAlign: "center",
    overflowWrap: "anywhere",
  },
  other: { color: tokens.colorNeutralForeground3 },
});

/**
 * What the pane shows while office.js loads and Excel answers (a held request may take minutes; then the
 * pane goes on in browser mode after its timeout). The language is not known yet: Vietnamese first, then
 * English, each marked with its language.
 */
export function ConnectingScreen() {
  const styles = useStyles();
  const { vi, en } = STRINGS;
  return (
    <div className={styles.page} data-testid="connecting" role="status">
      <Title3 as="h1">{vi.appTitle}</Title3>
      <Spinner size="small" aria-hidden />
      <Text lang="vi">{vi.connecting}</Text>
      <Text lang="en" size={200} className={styles.other}>
        {en.connecting}
      </Text>
    </div>
  );
}
