/**
 * A bound on the bytes of files read ahead and not yet answered. The command reads as many files
 * ahead as keep its workers busy (boundedRead.ts, capacity): a few dozen report workbooks are a few
 * MB, but as many files near the 25 MB limit would be most of a GB. One file is always let through,
 * whatever its size.
 */
export class ByteBudget {
  private held = 0;
  private readonly waiting: { bytes: number; go(): void }[] = [];

  constructor(private readonly limit: number) {}

  /** Resolves once `bytes` more can be held. */
  take(bytes: number): Promise<void> {
    if (this.fits(bytes) && !this.waiting.length) {
      this.held += bytes;
      return Promise.resolve();
    }
    return new Promise((go) => this.waiting.push({ bytes, go }));
  }

  /** Gives `bytes` back, and lets the waiting through in order while they fit. */
  give(bytes: number): void {
    this.held -= bytes;
    while (this.waiting.length && this.fits(this.waiting[0].bytes)) {
      const next = this.waiting.shift()!;
      this.held += next.bytes;
      next.go();
    }
  }

  private fits(bytes: number): boolean {
    return this.held === 0 || this.held + bytes <= this.limit;
  }
}
