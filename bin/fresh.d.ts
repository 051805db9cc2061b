/** Whether build/cli is there and at least as new as every source it was made from (bin/fresh.js). */
export function buildIsFresh(): boolean;
