/**
 * result.html: the small dialog the "Kiểm tra báo cáo" command opens. No framework: it reads the summary
 * from its URL hash (read at once, before anything can change it) and writes resultView's text into the page.
 */
import { resultView, type ResultView } from "./resultView";
import { decodeSummary, langOf } from "./summary";

const summary = decodeSummary(window.location.hash);

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function close(): void {
  // Inside Office the parent closes the dialog (and completes the command); opened directly, just close.
  try {
    Office.context.ui.messageParent("close");
  } catch {
    window.close();
  }
}

function render(view: ResultView): void {
  document.documentElement.lang = view.lang;
  document.title = view.title;
  const root = document.getElementById("result") ?? document.body;
  root.replaceChildren();
  root.className = `tone-${view.tone}`;
  root.append(element("h1", "title", view.title), element("p", "headline", view.headline));
  if (view.sheetLine) root.append(element("p", "meta", view.sheetLine));
  if (view.highlightLine) root.append(element("p", "meta", view.highlightLine));
  if (view.lines.length) {
    const list = element("ol", "lines");
    for (const line of view.lines) {
      const item = element("li", `line ${line.severity}`);
      item.append(element("span", "label", line.label), element("span", "cell", line.cell), element("span", "text", line.text));
      list.append(item);
    }
    root.append(list);
  }
  if (view.moreLine) root.append(element("p", "more", view.moreLine));
  const button = element("button", "close", view.closeLabel);
  button.type = "button";
  button.addEventListener("click", close);
  root.append(button);
  button.focus();
}

render(resultView(summary, langOf(navigator.language)));
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") close();
});
// Office's display language is known once office.js is ready; it matters only for the damaged-hash apology.
if (!summary && typeof Office !== "undefined") {
  void Office.onReady(() => render(resultView(null, langOf(Office.context?.displayLanguage))));
}
