import { useCallback, useEffect, useRef, useState } from "react";
import type { SigningSettings } from "../../engine/print/letterhead";
import { loadSigning, saveSigning } from "../../excel";
import type { Mode } from "../host";
import { EMPTY_SIGNING, formOf, signingOf, type SigningForm } from "./signing";

/** How long after the last keystroke the settings are saved in the workbook. */
export const SAVE_DELAY_MS = 800;

/**
 * The letterhead and signature form. In Excel it is loaded from the workbook's settings when the screen
 * opens and saved there (debounced, and at once when consolidating). In the browser it lives only as long as
 * the page: nothing is stored on the computer.
 */
export function useSigning(mode: Mode) {
  const [form, setForm] = useState<SigningForm>(EMPTY_SIGNING);
  const latest = useRef(form);
  const edited = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (mode !== "excel") return;
    let live = true;
    loadSigning()
      .then((saved) => {
        // What the user typed while the workbook was being read wins.
        if (!live || edited.current) return;
        latest.current = formOf(saved);
        setForm(latest.current);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [mode]);

  const save = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // A failed save must not stop the work; the next change or consolidation tries again.
    if (mode === "excel") saveSigning(signingOf(latest.current)).catch(() => undefined);
  }, [mode]);

  // Saved when the pane closes with a change still waiting.
  useEffect(() => () => void (timer.current && save()), [save]);

  const change = useCallback(
    (patch: Partial<SigningForm>) => {
      edited.current = true;
      latest.current = { ...latest.current, ...patch };
      setForm(latest.current);
      if (mode !== "excel") return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(save, SAVE_DELAY_MS);
    },
    [mode, save],
  );

  /** The settings for a consolidation, saved in the workbook first if a change is still waiting. */
  const settings = useCallback((): SigningSettings => {
    if (timer.current) save();
    return signingOf(latest.current);
  }, [save]);

  return { form, change, settings };
}
