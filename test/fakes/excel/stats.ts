/**
 * What a test measures about the adapter's conversations with Excel. A sync with nothing queued sends
 * no request (Office.js skips it), so it is not counted.
 */
export class FakeStats {
  /** Requests sent: `context.sync()` calls that had something queued (including the one `Excel.run` makes at the end). */
  syncs = 0;
  /** Commands sent: property sets, method calls, loads, and null-object probes. */
  commands = 0;
  /** Estimated size of each request, in characters of JSON. */
  requests: number[] = [];
  maxRequestBytes = 0;
  /** Estimated size of each response. */
  responses: number[] = [];
  maxResponseBytes = 0;
  /** Calls of `Excel.run`. */
  runs = 0;

  reset(): void {
    this.syncs = 0;
    this.commands = 0;
    this.requests = [];
    this.maxRequestBytes = 0;
    this.responses = [];
    this.maxResponseBytes = 0;
    this.runs = 0;
  }
}
