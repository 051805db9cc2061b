import { Button, Spinner, type ButtonProps } from "@fluentui/react-components";
import { ACTION_ATTR } from "./focus";

export type BusyButtonProps = ButtonProps & {
  /** This button's own operation is running: show a spinner. */
  busy?: boolean;
  testId?: string;
};

/**
 * A button that shows a Spinner while its operation runs; it refuses clicks then, and while `disabled`.
 * Disabled the focusable way (`aria-disabled`, clicks ignored), never with the `disabled` attribute: a
 * button that becomes disabled under the keyboard's focus would drop the focus to the page's body, and a
 * disabled button a user can reach can tell why it is disabled.
 */
export function BusyButton({ busy = false, disabled, disabledFocusable, testId, children, ...rest }: BusyButtonProps) {
  return (
    <Button
      {...rest}
      data-testid={testId}
      {...{ [ACTION_ATTR]: "" }}
      disabledFocusable={disabled || disabledFocusable || busy}
      // The spinner says nothing of its own: the button's aria-busy does.
      icon={busy ? <Spinner size="tiny" aria-hidden /> : rest.icon}
      aria-busy={busy || undefined}
    >
      {children}
    </Button>
  );
}
