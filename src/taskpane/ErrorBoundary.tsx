import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { STRINGS } from "./i18n";

interface State {
  error: unknown;
}

/**
 * Never a blank pane: a render error shows what to do instead. Both languages, since the failure may be
 * in the part that knows which language to use. "Thử lại" remounts the children.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // The only log the user can send us: the console of the pane.
    console.error("Tổng hợp: render error", error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const detail = this.state.error instanceof Error ? this.state.error.message : String(this.state.error);
    const { vi, en } = STRINGS;
    return (
      <MessageBar intent="error" layout="multiline" data-testid="crash">
        <MessageBarBody>
          <MessageBarTitle>{vi.crashTitle}</MessageBarTitle>
          <div>{vi.crashBody}</div>
          <div lang="en">
            <strong>{en.crashTitle}.</strong> {en.crashBody}
          </div>
          <div>
            {vi.crashDetail} {detail}
          </div>
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={() => this.setState({ error: null })}>
            {vi.retry} / {en.retry}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
