import { Button, Spinner, type ButtonProps } from "@fluentui/react-components";

export type BusyButtonProps = ButtonProps & {
  /** This button's own operation is running: show a spinner. */
  busy?: boolean;
  testId?: string;
};

/** A button that shows a Spinner while its operation runs; it is disabled then, and while `disabled`. */
export function BusyButton({ busy = false, disabled, testId, children, ...rest }: BusyButtonProps) {
  return (
    <Button {...rest} data-testid={testId} disabled={disabled || busy} icon={busy ? <Spinner size="tiny" /> : rest.icon} aria-busy={busy || undefined}>
      {children}
    </Button>
  );
}
