/**
 * Where the keyboard's focus goes around an action (issue 12): it stays on the busy button while the
 * action runs, then moves to what the action produced; after a notice is dismissed or a row removed it
 * moves to a neighbour. Never to the page's body, where a keyboard or screen-reader user is lost.
 */

/** Marks an element as an action's outcome: `problem` for what went wrong (focused first), else `result`. */
export const RESULT_ATTR = "data-focus-result";
export type ResultKind = "result" | "problem";

/** Marks an action's button (BusyButton): its outcome is announced even when nothing on screen changed. */
export const ACTION_ATTR = "data-action";

/** The props that make an element an outcome focus can move to (focusable by script, not by Tab). */
export const resultProps = (kind: ResultKind = "result") => ({ [RESULT_ATTR]: kind, tabIndex: -1 });

/** What the screen looked like when an action started. */
export interface FocusSnapshot {
  /** The element that had the focus: the action's button. */
  origin: HTMLElement | null;
  scope: ParentNode;
  /** Each outcome on screen then, with its text: one that is new or says something else is this action's. */
  before: Map<Element, string>;
}

const focused = (): HTMLElement | null => {
  const el = document.activeElement;
  return el instanceof HTMLElement && el !== document.body ? el : null;
};

const visible = (el: Element) => el instanceof HTMLElement && el.getClientRects().length > 0;

/** Taken as an action starts (the action's button still has the focus). */
export function snapshotResults(): FocusSnapshot {
  const origin = focused();
  const scope: ParentNode = origin?.closest('[role="tabpanel"]') ?? document;
  const before = new Map(Array.from(scope.querySelectorAll(`[${RESULT_ATTR}]`), (el) => [el, el.textContent ?? ""] as const));
  return { origin, scope, before };
}

/**
 * Once the action is done and its outcome rendered: focus the first outcome that is new or changed, a
 * problem before anything else. When nothing changed the focus stays on the button. Focus the user has
 * meanwhile taken elsewhere is left where it is. True when the focus moved to an outcome.
 */
export function focusResult(snap: FocusSnapshot): boolean {
  const now = focused();
  if (now && now !== snap.origin) return true;
  const outcomes = Array.from(snap.scope.querySelectorAll<HTMLElement>(`[${RESULT_ATTR}]`)).filter(visible);
  const fresh = outcomes.filter((el) => snap.before.get(el) !== (el.textContent ?? ""));
  const target = fresh.find((el) => el.getAttribute(RESULT_ATTR) === "problem") ?? fresh[0];
  if (target) {
    target.focus();
    return true;
  }
  if (!now && snap.origin?.isConnected) snap.origin.focus();
  return false;
}

const TABBABLE = 'button, [href], input:not([type="hidden"]), select, textarea, [tabindex]';

function tabbables(scope: ParentNode): HTMLElement[] {
  return Array.from(scope.querySelectorAll<HTMLElement>(TABBABLE)).filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && visible(el) && !el.closest("[data-notice]"),
  );
}

/**
 * The element to focus when `leaving` is about to disappear: the nearest control before it (the buttons
 * that made it, usually), else the first after it, never one inside a notice (which may go too).
 */
export function neighbourOf(leaving: Element | null): HTMLElement | null {
  if (!leaving) return null;
  const scope: ParentNode = leaving.closest('[role="tabpanel"]') ?? document;
  const outside = tabbables(scope).filter((el) => !leaving.contains(el));
  const before = outside.filter((el) => leaving.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
  return before.at(-1) ?? outside.find((el) => leaving.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) ?? null;
}
