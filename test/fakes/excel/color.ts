/**
 * Colours as Excel takes them: `#RRGGBB`, `RRGGBB` or an HTML colour name; Excel answers `#RRGGBB`
 * in upper case. Anything else is refused (InvalidArgument), as Excel does.
 */
const NAMED: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  lime: "#00FF00",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  purple: "#800080",
  navy: "#000080",
  maroon: "#800000",
  teal: "#008080",
  aqua: "#00FFFF",
  cyan: "#00FFFF",
  fuchsia: "#FF00FF",
  magenta: "#FF00FF",
  olive: "#808000",
  pink: "#FFC0CB",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  lightyellow: "#FFFFE0",
};

export function normalizeColor(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const text = input.trim();
  const hex = /^#?([0-9A-Fa-f]{6})$/.exec(text);
  if (hex) return `#${hex[1].toUpperCase()}`;
  return NAMED[text.toLowerCase()] ?? null;
}
