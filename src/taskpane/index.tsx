/**
 * The task pane's entry (webpack entry `taskpane`). Renders at once ("Đang kết nối với Excel…"), then
 * decides where it runs: inside Excel, or in a plain browser tab (office.js missing, held, no host, or
 * silent for 3 s). taskpane.html loads office.js `async`, so a proxy that holds its request never keeps
 * this page blank: host.ts waits for the script within the same timeout.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";
import { detectHost, loadingPage, officeLoaded, readyTimeout } from "./host";
import { ConnectingScreen } from "./screens/ConnectingScreen";

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

render(<ConnectingScreen />);
// Listening for office.js starts now, before anything is awaited: its load or error may come next.
const loaded = officeLoaded(globalThis as never, loadingPage());
void detectHost(globalThis as never, readyTimeout(location.href), loaded).then((host) => render(<App host={host} />));
