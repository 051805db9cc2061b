/**
 * Breaks a sentence into lines of at most `max` characters, at spaces. The sheet writes one line per row
 * because a wrapped cell needs a row height that no renderer sets for us (Excel does not fit the height of
 * merged cells, and Office.js writes none): pre-broken lines print the same in Excel, LibreOffice and the
 * add-in. A word longer than a line keeps its own line whole.
 */
export function breakLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
