import type { Page } from "playwright-core";

/** Something on the page that does not fit its width: where it is and a few words to find it by. */
export interface Misfit {
  what: string;
  left: number;
  right: number;
  /** For a box that scrolls or clips sideways: how much wider its content is than the box. */
  hiddenWidth?: number;
}

export interface Fit {
  /** The page's width in CSS pixels (the scrolling element's clientWidth). */
  width: number;
  /** document.scrollingElement.scrollWidth: more than `width` means the page scrolls sideways. */
  scrollWidth: number;
  /** The widest visible element's width, to report how close to the edge the layout is. */
  widest: number;
  /** Visible elements that stick out of the page, and boxes whose own text scrolls or is cut sideways. */
  misfits: Misfit[];
}

/**
 * Measures, in the page, whether it fits its width: the page must not scroll sideways, no visible element
 * may reach past either edge, and no box may hide content sideways (its own horizontal scroll bar, or text
 * cut off by `overflow: hidden`, as a tab cut in half would be). Elements of no size (hidden panels,
 * `display: none`), fixed ones, and whatever sits in a visually hidden 1-pixel box (header rows kept for
 * screen readers) are not seen by a user and are skipped.
 */
export function measureFit(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    // Measured from the page's left edge: a click may have scrolled a page that is too wide.
    root.scrollLeft = 0;
    const width = root.clientWidth;
    const found: { el: Element; misfit: Misfit }[] = [];
    let widest = 0;
    const describe = (el: Element) => {
      const id = el.getAttribute("data-testid") ?? el.id;
      const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${id ? `#${id}` : ""} "${text}"`;
    };
    // Inside a box clipped to a pixel (the visually hidden pattern: text for screen readers only) nothing
    // is seen, however wide it lays out.
    const unseen = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const r = p.getBoundingClientRect();
        if ((r.width <= 1 || r.height <= 1) && getComputedStyle(p).overflow !== "visible") return true;
      }
      return false;
    };
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.position === "fixed" || unseen(el)) continue;
      widest = Math.max(widest, r.width);
      const misfit = { what: describe(el), left: Math.round(r.left), right: Math.round(r.right) };
      if (r.left < -0.5 || r.right > width + 0.5) found.push({ el, misfit });
      // A box that keeps its text inside by scrolling or clipping it sideways: still not a fit. (Boxes
      // without text clip on purpose: the spinner's turning arcs.)
      const clips = style.overflowX !== "visible" && (el.textContent ?? "").trim() !== "";
      const hidden = el.scrollWidth - el.clientWidth;
      if (clips && hidden > 1 && el.clientWidth > 0) found.push({ el, misfit: { ...misfit, hiddenWidth: hidden } });
    }
    // The culprits, not every ancestor they stretch: only misfits with no misfit inside them.
    const misfits = found.filter((f) => !found.some((g) => g.el !== f.el && f.el.contains(g.el))).map((f) => f.misfit);
    return { width, scrollWidth: root.scrollWidth, widest: Math.round(widest), misfits };
  });
}
