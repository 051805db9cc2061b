/**
 * The task pane's entry (webpack entry `taskpane`). Renders at once (a spinner), then decides where it
 * runs: inside Excel, or in a plain browser tab (office.js missing, no host, or silent for 3 s).
 */
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";
import { detectHost, readyTimeout } from "./host";
import { STRINGS } from "./i18n";

function rootElement(): HTMLElement {
  const existing = document.getElementById("root");
  if (existing) return existing;
  const div = document.createElement("div");
  div.id = "root";
  document.body.appendChild(div);
  return div;
}

const root = createRoot(rootElement());

function render(children: ReactNode) {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <ErrorBoundary>{children}</ErrorBoundary>
    </FluentProvider>,
  );
}

render(<Spinner style={{ marginTop: "3rem" }} label={`${STRINGS.vi.starting} / ${STRINGS.en.starting}`} data-testid="starting" />);
void detectHost(globalThis as never, readyTimeout(location.href)).then((host) => render(<App host={host} />));
