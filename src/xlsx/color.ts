/** Colours arrive as `RRGGBB` (optionally `#RRGGBB`); SpreadsheetML wants opaque `AARRGGBB`. */
export function argb(color: string, what: string): string {
  const hex = color.startsWith("#") ? color.slice(1) : color;
  if (!/^[0-9A-Fa-f]{6}$/.test(hex)) throw new Error(`${what}: colour "${color}" is not RRGGBB`);
  return `FF${hex.toUpperCase()}`;
}
