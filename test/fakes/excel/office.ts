import { compareVersions } from "./versions";

/**
 * The global `Office`, as the task pane and the ribbon command use it: `onReady`, `context`
 * (host, platform, display language, requirement sets, dialogs), `actions.associate`, `HostType`.
 * Calls that talk to the user are recorded in `FakeOfficeRecorder` for tests to inspect and drive.
 */
export interface FakeOfficeOptions {
  host: "Excel" | null;
  displayLanguage: string;
  apiVersion: string;
}

type Handler = (arg: unknown) => void;

export interface FakeDialog {
  url: string;
  options: unknown;
  closed: boolean;
  /** What the page sent to the dialog with `dialog.messageChild`. */
  messagesToChild: unknown[];
  /** Simulates the dialog calling `Office.context.ui.messageParent(message)`. */
  sendToParent(message: string): void;
  /** Simulates the user closing the dialog (event 12006), or another dialog event code. */
  fireEvent(error: number): void;
}

export interface FakeActionEvent {
  source: { id: string };
  completed(options?: unknown): void;
}

export class FakeOfficeRecorder {
  readonly actions = new Map<string, (event: FakeActionEvent) => unknown>();
  readonly dialogs: FakeDialog[] = [];
  /** Calls of `Office.addin.showAsTaskpane()` / `hide()`. */
  readonly addinCalls: string[] = [];
  /** Messages a dialog page sent with `Office.context.ui.messageParent`. */
  readonly parentMessages: unknown[] = [];

  /** Runs a ribbon command as Office would; resolves when it calls `event.completed()`. */
  invokeAction(id: string): Promise<void> {
    const action = this.actions.get(id);
    if (!action) return Promise.reject(new Error(`No function is associated with '${id}' (known: ${[...this.actions.keys()].join(", ") || "none"})`));
    return new Promise<void>((resolve, reject) => {
      try {
        const returned = action({ source: { id }, completed: () => resolve() });
        if (returned && typeof (returned as Promise<unknown>).then === "function") (returned as Promise<unknown>).catch(reject);
      } catch (e) {
        reject(e);
      }
    });
  }
}

export const HOST_TYPES = Object.freeze({ Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" });
export const PLATFORM_TYPES = Object.freeze({ PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" });
const EVENT_TYPES = Object.freeze({ DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived", DialogParentMessageReceived: "dialogParentMessageReceived" });

/** Requirement sets beyond ExcelApi that an Excel on the web of this kind supports. */
const OTHER_SETS: Record<string, string> = { dialogapi: "1.2", sharedruntime: "1.1", ribbonapi: "1.1", addincommands: "1.1", dialogorigin: "1.1" };

const later = (f: () => void) => setTimeout(f, 0);

export function createOfficeNamespace(options: FakeOfficeOptions, recorder: FakeOfficeRecorder): Record<string, unknown> {
  const inExcel = options.host === "Excel";
  const info = { host: inExcel ? "Excel" : null, platform: inExcel ? "OfficeOnline" : null };

  const isSetSupported = (name: string, minVersion?: string) => {
    const set = String(name).toLowerCase();
    const have = set === "excelapi" ? options.apiVersion : OTHER_SETS[set];
    return have !== undefined && compareVersions(have, minVersion ?? "1.1") >= 0;
  };

  const displayDialogAsync = (url: string, optionsOrCallback?: unknown, maybeCallback?: unknown) => {
    const callback = (typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback) as ((r: unknown) => void) | undefined;
    const handlers = new Map<string, Handler[]>();
    const fire = (type: string, arg: unknown) => (handlers.get(type) ?? []).forEach((h) => h(arg));
    const record: FakeDialog = {
      url,
      options: typeof optionsOrCallback === "function" ? undefined : optionsOrCallback,
      closed: false,
      messagesToChild: [],
      sendToParent: (message) => fire(EVENT_TYPES.DialogMessageReceived, { message, origin: new URL(url, "https://localhost").origin }),
      fireEvent: (error) => fire(EVENT_TYPES.DialogEventReceived, { error }),
    };
    recorder.dialogs.push(record);
    const dialog = {
      addEventHandler: (type: string, handler: Handler) => handlers.set(type, [...(handlers.get(type) ?? []), handler]),
      close: () => void (record.closed = true),
      messageChild: (message: unknown) => void record.messagesToChild.push(message),
    };
    if (callback) later(() => callback({ status: "succeeded", value: dialog, error: null }));
  };

  const ns: Record<string, unknown> = {
    HostType: HOST_TYPES,
    PlatformType: PLATFORM_TYPES,
    EventType: EVENT_TYPES,
    AsyncResultStatus: Object.freeze({ Succeeded: "succeeded", Failed: "failed" }),
    context: {
      host: info.host,
      platform: info.platform,
      displayLanguage: options.displayLanguage,
      contentLanguage: options.displayLanguage,
      // Outside Office, office.js leaves requirements undefined: code must guard it.
      requirements: inExcel ? { isSetSupported } : undefined,
      diagnostics: inExcel ? { host: "Excel", platform: "OfficeOnline", version: "16.0.0.0" } : undefined,
      ui: { displayDialogAsync, messageParent: (message: unknown) => void recorder.parentMessages.push(message) },
    },
    actions: { associate: (id: string, fn: (event: FakeActionEvent) => unknown) => void recorder.actions.set(id, fn) },
    addin: {
      showAsTaskpane: () => (recorder.addinCalls.push("showAsTaskpane"), Promise.resolve()),
      hide: () => (recorder.addinCalls.push("hide"), Promise.resolve()),
      onVisibilityModeChanged: () => Promise.resolve(() => Promise.resolve()),
    },
    /** Resolves (and calls `callback`) asynchronously, as office.js does once the host answered. */
    onReady: (callback?: (i: typeof info) => void) =>
      new Promise((resolve) =>
        later(() => {
          callback?.(info);
          resolve(info);
        }),
      ),
  };
  // A page may set `Office.initialize` instead of calling onReady; office.js calls it once.
  later(() => {
    if (typeof ns.initialize === "function") (ns.initialize as (reason: string) => void)("inserted");
  });
  return ns;
}
