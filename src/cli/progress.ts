/** Where the bar is drawn: stderr, or a fake in tests. */
export interface BarStream {
  write(s: string): unknown;
  /** Terminal width; 0 or missing when the terminal does not say (some pseudo-terminals). */
  columns?: number;
}

const MIN_FILES = 5;
const BAR_WIDTH = 30;

/** A one-line progress bar, only on a terminal and only when there are enough files to wait for. */
export function progressBar(total: number, label: string, enabled: boolean, stream: BarStream = process.stderr) {
  const show = enabled && total >= MIN_FILES;
  const width = () => Math.max(40, stream.columns || 80) - 1;
  return {
    tick(done: number, name: string) {
      if (!show) return;
      const filled = Math.round((Math.min(done, total) / total) * BAR_WIDTH);
      const line = `${label} [${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}] ${done}/${total} ${name}`;
      stream.write(`\r${line.slice(0, width()).padEnd(width())}`);
    },
    done() {
      if (show) stream.write(`\r${" ".repeat(width())}\r`);
    },
  };
}
