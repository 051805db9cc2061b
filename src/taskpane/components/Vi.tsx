import type { ReactNode } from "react";

/**
 * Text that stays Vietnamese whatever the pane's language (a unit's or an indicator's name, a sheet's):
 * marked `lang="vi"` so that an English screen reader switches voice instead of spelling it out.
 */
export function Vi({ children, className, testId }: { children: ReactNode; className?: string; testId?: string }) {
  return (
    <span lang="vi" className={className} data-testid={testId}>
      {children}
    </span>
  );
}
