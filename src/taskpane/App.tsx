import { AriaLiveAnnouncer, makeStyles, Tab, TabList, Title3, tokens } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import { LangSwitch } from "./components/LangSwitch";
import { Notice } from "./components/Notice";
import { ErrorBoundary } from "./ErrorBoundary";
import type { HostInfo, Mode } from "./host";
import { LangProvider, useLang } from "./i18n/LangContext";
import { CheckScreen } from "./screens/CheckScreen";
import { ConsolidateScreen } from "./screens/ConsolidateScreen";
import { FormScreen } from "./screens/FormScreen";
import { OwnFormScreen } from "./screens/OwnFormScreen";
import { PlanScreen } from "./screens/PlanScreen";

export type TabKey = "check" | "plan" | "consolidate" | "form" | "own";

/** Outside Excel only files can be consolidated: the other screens read or write the open workbook. */
export function tabsFor(mode: Mode): TabKey[] {
  return mode === "excel" ? ["check", "plan", "consolidate", "form", "own"] : ["consolidate"];
}

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    // At 320 px zoomed to 200 % (160 CSS px) the title and VI/EN do not fit one line: VI/EN go below.
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  main: { display: "flex", flexDirection: "column" },
  // `anywhere`: a long word may break rather than widen a 160 px pane (test/browser/narrow.test.ts).
  banner: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`, overflowWrap: "anywhere" },
  // The four tabs are 354 px wide in one line; the narrowest task pane is 320 px: they wrap, not scroll.
  tabs: { flexWrap: "wrap", padding: `0 ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

export function App({ host }: { host: HostInfo }) {
  return (
    <LangProvider initial={host.lang}>
      {/* One live region for the pane: outcomes are announced to screen readers (useAnnounce, MessageBar). */}
      <AriaLiveAnnouncer>
        <Shell mode={host.mode} />
      </AriaLiveAnnouncer>
    </LangProvider>
  );
}

function Shell({ mode }: { mode: Mode }) {
  const { t, lang } = useLang();
  const styles = useStyles();
  const tabs = tabsFor(mode);
  const [tab, setTab] = useState<TabKey>(tabs[0]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const screens: Record<TabKey, ReactNode> = {
    check: <CheckScreen />,
    plan: <PlanScreen />,
    consolidate: <ConsolidateScreen mode={mode} />,
    form: <FormScreen />,
    own: <OwnFormScreen />,
  };

  return (
    <div className={styles.app} data-mode={mode}>
      <header className={styles.header}>
        <Title3 as="h1">{t.appTitle}</Title3>
        <LangSwitch />
      </header>
      {/* Everything but the title and the language switch: the page's one main landmark. */}
      <main className={styles.main}>
        {mode === "browser" && (
          <div className={styles.banner}>
            <Notice intent="info" title={t.browserBannerTitle} testId="banner-browser">
              {t.browserBannerBody}
            </Notice>
          </div>
        )}
        <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabKey)}>
          {tabs.map((key) => (
            <Tab key={key} value={key} id={`tab-${key}`} data-testid={`tab-${key}`} aria-controls={`panel-${key}`}>
              {t.tabs[key]}
            </Tab>
          ))}
        </TabList>
        {/* Every screen stays mounted (hidden when not selected): its results and files survive a tab switch. */}
        {tabs.map((key) => (
          <div key={key} role="tabpanel" id={`panel-${key}`} aria-labelledby={`tab-${key}`} hidden={tab !== key} data-testid={`panel-${key}`}>
            <ErrorBoundary>{screens[key]}</ErrorBoundary>
          </div>
        ))}
      </main>
    </div>
  );
}
