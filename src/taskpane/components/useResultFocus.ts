import { useAnnounce } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useLang } from "../i18n/LangContext";
import { ACTION_ATTR, focusResult, snapshotResults, type FocusSnapshot } from "./focus";

/**
 * For a hook that runs actions: `begin()` as an action starts (its button has the focus), `end()` when it
 * is over; once the outcome has rendered, the focus moves to it (see focusResult). When an action button
 * changed nothing on screen (the same check again), that is said aloud, so that pressing it is never met
 * with silence.
 */
export function useResultFocus() {
  const snapshot = useRef<FocusSnapshot | null>(null);
  const [settled, setSettled] = useState(0);
  const { t } = useLang();
  const { announce } = useAnnounce();
  const said = useRef({ t, announce });
  said.current = { t, announce };

  // After the render that shows the outcome: its elements are in the document by now.
  useEffect(() => {
    const snap = snapshot.current;
    if (!snap || !settled) return;
    snapshot.current = null;
    const moved = focusResult(snap);
    if (!moved && snap.origin?.hasAttribute(ACTION_ATTR)) said.current.announce(said.current.t.sameOutcome, { polite: true });
  }, [settled]);

  const begin = useCallback(() => {
    snapshot.current = snapshotResults();
  }, []);
  const end = useCallback(() => setSettled((n) => n + 1), []);
  return useMemo(() => ({ begin, end }), [begin, end]);
}
