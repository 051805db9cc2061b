import { ErrorCodes, FakeOfficeError, invalidObjectPathError, isOfficeError, officeError } from "./errors";
import { COMMAND_OVERHEAD, PAYLOAD_LIMIT } from "./limits";
import type { WorkbookModel } from "./model";
import type { FakeStats } from "./stats";
import { apiNotFound, compareVersions } from "./versions";
import { ApplicationProxy, WorkbookProxy } from "./workbook";

/** What a load hands back once the whole request succeeded. */

/**
 * Requests travel as UTF-8: a Vietnamese letter weighs two or three bytes, not one. Counted here on its own,
 * not with src/excel/bytes.ts: the fake must not share the estimate of the adapter it checks.
 */
function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return n;
}
export interface Finisher {
  bytes: number;
  deliver(): void;
}

export interface QueuedAction {
  /** `Range.values`, `Worksheet.delete`…: becomes `debugInfo.errorLocation` when it fails. */
  name: string;
  /** The command as it would travel (object path, member, JSON arguments): its UTF-8 length is its size. */
  json: string;
  run(): Finisher | void;
}

/** State shared by every context of one fake workbook. */
export interface FakeCore {
  model: WorkbookModel;
  stats: FakeStats;
  apiVersion: string;
  /** Requests sent since the fake was made; unlike `stats.syncs`, never reset. */
  requestNumber: number;
  /** Request numbers (see `requestNumber`) that must fail, with their code. */
  plannedFailures: Map<number, string>;
}

const nextMacrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * `Excel.RequestContext`: queues commands and sends them as one request at `sync()`. The request is
 * refused whole (nothing applied) when it is too large or planned to fail; otherwise commands run in
 * order and the first failing one rejects the sync — the commands before it stay applied, as in Excel.
 */
export class FakeRequestContext {
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  /** Excel.run tracks its objects itself; these exist so code that calls them runs. */
  readonly trackedObjects = { add: (_o: unknown) => undefined, remove: (_o: unknown) => undefined };
  private pending: { action: QueuedAction; bytes: number }[] = [];
  private finished = false;

  constructor(readonly core: FakeCore) {
    this.workbook = new WorkbookProxy(this);
    this.application = this.workbook.application;
  }

  /** @internal */
  _enqueue(action: QueuedAction): void {
    if (this.finished)
      throw invalidObjectPathError(
        `${action.name} was used after its Excel.run finished. Objects live only inside their batch: do the work inside Excel.run, and await every context.sync().`,
        action.name,
      );
    this.pending.push({ action, bytes: utf8Length(action.json) + COMMAND_OVERHEAD });
  }

  /** Office.js refuses, on the client, a member from a requirement set the host lacks. */
  requireApi(version: string, member: string): void {
    if (compareVersions(this.core.apiVersion, version) < 0) throw apiNotFound(member, version);
  }

  async sync<T>(passThrough?: T): Promise<T> {
    if (this.finished) throw invalidObjectPathError("context.sync() was called after its Excel.run finished.", "RequestContext.sync");
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) {
      await Promise.resolve();
      return passThrough as T;
    }
    await nextMacrotask();
    const stats = this.core.stats;
    const requestNumber = ++this.core.requestNumber;
    stats.syncs++;
    stats.commands += batch.length;
    const bytes = batch.reduce((n, b) => n + b.bytes, 0);
    stats.requests.push(bytes);
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, bytes);

    const planned = this.core.plannedFailures.get(requestNumber);
    if (planned !== undefined) {
      this.core.plannedFailures.delete(requestNumber);
      throw officeError(planned, `This request was made to fail by failOnSync; nothing of it was applied.`, "RequestContext.sync");
    }
    if (bytes > PAYLOAD_LIMIT) throw officeError(ErrorCodes.requestPayloadSizeLimitExceeded, undefined, "RequestContext.sync");

    const finishers: Finisher[] = [];
    for (const { action } of batch) {
      try {
        const finisher = action.run();
        if (finisher) finishers.push(finisher);
      } catch (e) {
        throw located(e, action.name);
      }
    }
    const responseBytes = finishers.reduce((n, f) => n + f.bytes, 0);
    stats.responses.push(responseBytes);
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
    if (responseBytes > PAYLOAD_LIMIT) throw officeError(ErrorCodes.responsePayloadSizeLimitExceeded, undefined, "RequestContext.sync");
    finishers.forEach((f) => f.deliver());
    return passThrough as T;
  }

  /** @internal */
  _finish(): void {
    this.finished = true;
    this.pending = [];
  }
}

function located(e: unknown, location: string): unknown {
  if (isOfficeError(e) && !e.debugInfo.errorLocation) return new FakeOfficeError(e.code, e.message, location, e.httpStatusCode);
  return e;
}

/** `Excel.run(batch)` / `Excel.run(options, batch)`: one context, a final sync, then the context is closed. */
export function runBatch(core: FakeCore, args: unknown[]): Promise<unknown> {
  return (async () => {
    const batch = args[args.length - 1];
    if (typeof batch !== "function") throw officeError(ErrorCodes.invalidArgument, undefined, "Excel.run");
    core.stats.runs++;
    const context = new FakeRequestContext(core);
    try {
      const returned = (batch as (c: FakeRequestContext) => unknown)(context);
      if (!returned || typeof (returned as Promise<unknown>).then !== "function")
        throw officeError(
          ErrorCodes.runMustReturnPromise,
          'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
          "Excel.run",
        );
      const result = await returned;
      await context.sync();
      return result;
    } finally {
      context._finish();
    }
  })();
}
