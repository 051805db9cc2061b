/** A one-line progress bar on stderr, only when stderr is a terminal and there are many files. */
export function progressBar(total: number, label: string, enabled: boolean) {
  const show = enabled && total >= 5;
  const width = 30;
  return {
    tick(done: number, name: string) {
      if (!show) return;
      const filled = Math.round((done / total) * width);
      const line = `${label} [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total} ${name}`;
      process.stderr.write(`\r${line.slice(0, (process.stderr.columns ?? 100) - 1).padEnd((process.stderr.columns ?? 100) - 1)}`);
    },
    done() {
      if (show) process.stderr.write(`\r${" ".repeat((process.stderr.columns ?? 100) - 1)}\r`);
    },
  };
}
