/**
 * A usage error, or an output that cannot or may not be written: the command stops with its message
 * and exit code 2 (1 is kept for "an error-level finding").
 */
export class UsageError extends Error {}
