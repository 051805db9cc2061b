import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import type { Lang, Localized } from "../../engine";
import { STRINGS, type Strings } from "./index";

export interface LangValue {
  lang: Lang;
  /** The texts of the current language. */
  t: Strings;
  setLang(lang: Lang): void;
  /** The current language's side of a bilingual text (engine findings, Excel errors). */
  pick(text: Localized): string;
}

const LangContext = createContext<LangValue | null>(null);

export function LangProvider({ initial, children }: { initial: Lang; children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(initial);
  const value = useMemo<LangValue>(() => ({ lang, t: STRINGS[lang], setLang, pick: (text) => text[lang] }), [lang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangValue {
  const value = useContext(LangContext);
  if (!value) throw new Error("useLang outside LangProvider");
  return value;
}
