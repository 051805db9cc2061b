import { makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import { useLang } from "../i18n/LangContext";

const useStyles = makeStyles({ group: { display: "flex", gap: tokens.spacingHorizontalXXS } });

const LANGS: { lang: Lang; label: string; name: string }[] = [
  { lang: "vi", label: "VI", name: "Tiếng Việt" },
  { lang: "en", label: "EN", name: "English" },
];

/**
 * VI | EN: each label is in its own language (and marked so), so the way back is always readable. The
 * accessible name starts with the visible text (`VI – Tiếng Việt`): speech-input users say what they see.
 */
export function LangSwitch() {
  const { lang, setLang, t } = useLang();
  const styles = useStyles();
  return (
    <div role="group" aria-label={t.language} className={styles.group}>
      {LANGS.map((l) => (
        <ToggleButton key={l.lang} size="small" appearance="subtle" checked={lang === l.lang} lang={l.lang} aria-label={`${l.label} – ${l.name}`} title={l.name} data-testid={`lang-${l.lang}`} onClick={() => setLang(l.lang)}>
          {l.label}
        </ToggleButton>
      ))}
    </div>
  );
}
