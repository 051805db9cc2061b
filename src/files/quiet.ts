/**
 * SheetJS writes to the console on some files ("ODS number format may be incorrect", "Bad uncompressed
 * size", defined names it cannot parse…) and has no option to stop it. Those lines mean nothing to the
 * people using the tool and clutter the CLI's output, so the console is silenced for the duration of a
 * call. The call is synchronous, so nothing else can run (and log) while the console is silenced, and
 * `finally` restores it even when SheetJS throws.
 */
type Method = "error" | "warn" | "log" | "info" | "debug";
const METHODS: Method[] = ["error", "warn", "log", "info", "debug"];

export function quietly<T>(fn: () => T): T {
  const saved = METHODS.map((m) => [m, console[m]] as const);
  const noop = () => {};
  for (const m of METHODS) console[m] = noop;
  try {
    return fn();
  } finally {
    for (const [m, f] of saved) console[m] = f;
  }
}
