import { invalidArgument, itemNotFound } from "./errors";
import type { WorkbookModel } from "./model";
import { FakeClientObject, FakeClientResult, FakeCollection, ObjectPath, type ScalarDef } from "./proxy";

/** One setting, by key; it lives as long as the key is in the workbook's settings. */
interface SettingTarget {
  model: WorkbookModel;
  key: string;
}

/** Settings persist as JSON in the document: what is read back is a copy, never the object that was stored. */
const parse = (json: string) => JSON.parse(json) as unknown;

function checkKey(key: unknown, location: string): string {
  if (typeof key !== "string" || key.length === 0 || key.length > 255) throw invalidArgument("A setting key is a non-empty string of at most 255 characters.", location);
  return key;
}

function store(model: WorkbookModel, key: string, value: unknown, location: string): void {
  const json = JSON.stringify(value);
  if (json === undefined) throw invalidArgument("A setting value must be JSON-serialisable.", location);
  model.settings.set(key, json);
}

export class SettingCollectionProxy extends FakeCollection<WorkbookModel, SettingTarget, SettingProxy> {
  protected readonly _typeName = "SettingCollection";

  protected _elements(m: WorkbookModel): SettingTarget[] {
    return [...m.settings.keys()].map((key) => ({ model: m, key }));
  }

  protected _itemProxy(e: SettingTarget): SettingProxy {
    return new SettingProxy(this.context, ObjectPath.of(`settings(${JSON.stringify(e.key)})`, e, (t) => t.model.settings.has(t.key)));
  }

  /** Adds the setting, or replaces its value when the key exists. */
  add(key: string, value: unknown): SettingProxy {
    this._call("add", [key, value], (m, [k, v], location) => store(m, checkKey(k, location), v, location));
    return this.getItem(key);
  }

  getItem(key: string): SettingProxy {
    return new SettingProxy(
      this.context,
      this._path.child(
        `getItem(${JSON.stringify(key)})`,
        (m) => {
          if (!m.settings.has(key)) throw itemNotFound(`The setting '${key}' doesn't exist.`, "SettingCollection.getItem");
          return { model: m, key };
        },
        (t) => t.model.settings.has(t.key),
      ),
    );
  }

  getItemOrNullObject(key: string): SettingProxy {
    const proxy = new SettingProxy(
      this.context,
      this._path.child(`getItemOrNullObject(${JSON.stringify(key)})`, (m) => (m.settings.has(key) ? { model: m, key } : null), (t) => t.model.settings.has(t.key)),
    );
    proxy._probe();
    return proxy;
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._call("getCount", [], (m) => result._finisher(m.settings.size));
    return result;
  }
}

export class SettingProxy extends FakeClientObject<SettingTarget> {
  protected readonly _typeName = "Setting";

  protected _scalars(): Record<string, ScalarDef<SettingTarget>> {
    return {
      key: { get: (t) => t.key },
      value: { get: (t) => parse(t.model.settings.get(t.key) as string) },
    };
  }

  get key(): string {
    return this._get("key");
  }

  get value(): unknown {
    return this._get("value");
  }

  set value(v: unknown) {
    this._set("value", v, (t, value, location) => store(t.model, t.key, value, location));
  }

  delete(): void {
    this._call("delete", [], (t) => void t.model.settings.delete(t.key));
  }
}
