import type { FakeRequestContext, Finisher } from "./context";
import { ErrorCodes, invalidArgument, invalidObjectPathError, itemNotFound, officeError, propertyNotLoaded } from "./errors";
import { describeLoad, loadAll, type LoadTree, parseLoad } from "./load";

/**
 * Where a proxy points. Resolved when a queued command first runs, then bound to that object for the
 * rest of the `Excel.run` (Excel tracks objects across syncs inside a run). `null` is a null object.
 */
export class ObjectPath<T> {
  private bound: { value: T | null } | undefined;

  constructor(
    readonly describe: string,
    private readonly resolver: () => T | null,
    private readonly alive: (t: T) => boolean = () => true,
  ) {}

  static of<T>(describe: string, value: T, alive?: (t: T) => boolean): ObjectPath<T> {
    const path = new ObjectPath<T>(describe, () => value, alive);
    path.bound = { value };
    return path;
  }

  /** A path that exists only once the command creating it ran (`worksheets.add`, `tables.add`…). */
  static created<T>(describe: string, alive?: (t: T) => boolean): ObjectPath<T> {
    return new ObjectPath<T>(
      describe,
      () => {
        throw invalidObjectPathError(`${describe} was never created (the command creating it failed or was not synced).`);
      },
      alive,
    );
  }

  child<C>(describe: string, step: (parent: T) => C | null, alive?: (c: C) => boolean): ObjectPath<C> {
    return new ObjectPath<C>(
      `${this.describe}.${describe}`,
      () => {
        const parent = this.resolve();
        return parent === null ? null : step(parent);
      },
      alive,
    );
  }

  resolve(): T | null {
    if (this.bound) {
      const v = this.bound.value;
      if (v !== null && !this.alive(v)) throw itemNotFound(`${this.describe} no longer exists.`);
      return v;
    }
    const value = this.resolver();
    this.bound = { value };
    return value;
  }

  bind(value: T): void {
    this.bound = { value };
  }
}

export interface ScalarDef<T> {
  get(t: T): unknown;
  /** The ExcelApi version the property needs. */
  since?: string;
}

/** Anything a load can descend into (typed loosely: each child knows its own target type). */
export interface Loadable {
  _collect(t: never, tree: LoadTree): Finisher;
  toJSON(): Record<string, unknown>;
}

export interface NavDef<T> {
  proxy(): Loadable;
  target(t: T): unknown;
}

/**
 * The base of every proxy, with Office.js's rules: scalar properties are readable only after they were
 * loaded AND a sync completed (or after the code itself set them, as Office.js caches a set value);
 * writes and calls are queued and run at `context.sync()`.
 */
export abstract class FakeClientObject<T> {
  private readonly _loadedValues = new Map<string, unknown>();
  /** @internal */
  _nullState: boolean | undefined;

  constructor(
    readonly context: FakeRequestContext,
    /** @internal */ readonly _path: ObjectPath<T>,
  ) {}

  protected abstract readonly _typeName: string;
  protected abstract _scalars(): Record<string, ScalarDef<T>>;
  protected _navs(): Record<string, NavDef<T>> {
    return {};
  }

  /** @internal Office.js refuses an object of one request context as an argument in another. */
  _checkSameContext(context: FakeRequestContext, location: string): void {
    if (this.context !== context)
      throw officeError("InvalidRequestContext", "Cannot use the object across different request contexts.", location);
  }

  get isNullObject(): boolean {
    if (this._nullState === undefined) throw propertyNotLoaded(this._typeName, "isNullObject");
    return this._nullState;
  }

  load(arg?: unknown): this {
    const tree = parseLoad(arg);
    this._checkLoadable(tree);
    this._queue("load", [describeLoad(tree)], (t) => this._collect(t, tree), true);
    return this;
  }

  /** Loaded values, as Office.js's `toJSON()` gives them. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = Object.fromEntries(this._loadedValues);
    for (const [name, nav] of Object.entries(this._navs())) {
      const child = nav.proxy().toJSON();
      if (Object.keys(child).length > 0) out[name] = child;
    }
    return out;
  }

  /** A scalar read: throws PropertyNotLoaded unless loaded and synced; a null object gives undefined. */
  protected _get<V = unknown>(name: string): V {
    const def = this._scalars()[name];
    if (def?.since) this.context.requireApi(def.since, `${this._typeName}.${name}`);
    if (this._nullState === true) return undefined as V;
    if (!this._loadedValues.has(name)) throw propertyNotLoaded(this._typeName, name);
    return this._loadedValues.get(name) as V;
  }

  /** A property set: cached locally (as Office.js does) and queued. */
  protected _set(name: string, value: unknown, apply: (t: T, value: unknown, location: string) => void, since?: string): void {
    const location = `${this._typeName}.${name}`;
    if (since) this.context.requireApi(since, location);
    this._queue(name, [value], (t, args) => apply(t, args[0], location));
    this._loadedValues.set(name, value);
  }

  /** A method call, queued. Arguments travel as JSON (as they do to Excel): `undefined` and `NaN` become `null`. */
  protected _call(name: string, args: unknown[], run: (t: T, args: unknown[], location: string) => Finisher | void, since?: string): void {
    const location = `${this._typeName}.${name}`;
    if (since) this.context.requireApi(since, location);
    this._queue(name, args, (t, copy) => run(t, copy, location));
  }

  private _queue(name: string, args: unknown[], run: (t: T, args: unknown[]) => Finisher | void, isLoad = false): void {
    const json = JSON.stringify(args) ?? "[]";
    const copy = JSON.parse(json) as unknown[];
    const location = `${this._typeName}.${name}`;
    this.context._enqueue({
      name: location,
      json: `${this._path.describe}.${name}${json}`,
      run: () => {
        const target = this._path.resolve();
        if (target === null) return isLoad ? { bytes: 4, deliver: () => this._markNull() } : undefined;
        return run(target, copy);
      },
    });
  }

  /** Queues a probe that tells whether an `*OrNullObject` result exists (readable as `isNullObject` after sync). */
  /** @internal */
  _probe(): void {
    this.context._enqueue({
      name: `${this._typeName}.isNullObject`,
      json: `${this._path.describe}.probe`,
      run: () => {
        const isNull = this._path.resolve() === null;
        return { bytes: 16, deliver: () => (this._nullState = isNull) };
      },
    });
  }

  private _checkLoadable(tree: LoadTree): void {
    for (const name of tree.names) {
      const since = this._scalars()[name]?.since;
      if (since) this.context.requireApi(since, `${this._typeName}.${name}`);
    }
  }

  /** @internal Reads what `tree` asks for from `t`, now; the values reach the proxy only if the sync succeeds. */
  _collect(t: T | null, tree: LoadTree): Finisher {
    if (t === null) return { bytes: 4, deliver: () => this._markNull() };
    const scalars = this._scalars();
    const navs = this._navs();
    const values: Record<string, unknown> = {};
    const children: Finisher[] = [];
    const names = tree.all ? Object.keys(scalars) : [...tree.names];
    for (const name of names) {
      if (name === "$all") {
        for (const [n, def] of Object.entries(scalars)) values[n] = def.get(t);
      } else if (scalars[name]) values[name] = scalars[name].get(t);
      else if (navs[name]) children.push(navs[name].proxy()._collect(navs[name].target(t) as never, loadAll()));
      else throw invalidArgument(`'${name}' is not a property of ${this._typeName}.`, `${this._typeName}.load`);
    }
    for (const [name, sub] of tree.children) {
      const nav = navs[name];
      if (!nav) throw invalidArgument(`'${name}' is not a navigation property of ${this._typeName}.`, `${this._typeName}.load`);
      children.push(nav.proxy()._collect(nav.target(t) as never, sub));
    }
    const bytes = JSON.stringify(values).length + children.reduce((n, f) => n + f.bytes, 0);
    return {
      bytes,
      deliver: () => {
        for (const [k, v] of Object.entries(values)) this._loadedValues.set(k, v);
        this._nullState = false;
        children.forEach((f) => f.deliver());
      },
    };
  }

  /** @internal */
  _markNull(): void {
    this._nullState = true;
  }
}

/**
 * A collection proxy: `items` is readable after a load; names loaded on the collection apply to its
 * items (`load("name")` = `load("items/name")`), as in Office.js.
 */
export abstract class FakeCollection<T, E, I extends FakeClientObject<E>> extends FakeClientObject<T> {
  private _itemProxies: I[] | undefined;

  protected abstract _elements(t: T): E[];
  protected abstract _itemProxy(e: E): I;
  protected _scalars(): Record<string, ScalarDef<T>> {
    return {};
  }

  get items(): I[] {
    if (this._nullState === true) return [];
    if (!this._itemProxies) throw propertyNotLoaded(this._typeName, "items");
    return this._itemProxies;
  }

  override _collect(t: T | null, tree: LoadTree): Finisher {
    if (t === null) return { bytes: 4, deliver: () => this._markNull() };
    const itemTree = tree.children.get("items") ?? (tree.names.has("items") || tree.all ? loadAll() : tree);
    const elements = this._elements(t);
    const proxies = elements.map((e) => this._itemProxy(e));
    const finishers = proxies.map((p, i) => p._collect(elements[i], itemTree));
    return {
      bytes: 16 + finishers.reduce((n, f) => n + f.bytes, 0),
      deliver: () => {
        this._itemProxies = proxies;
        this._nullState = false;
        finishers.forEach((f) => f.deliver());
      },
    };
  }

  override toJSON(): Record<string, unknown> {
    return this._itemProxies ? { items: this._itemProxies.map((p) => p.toJSON()) } : {};
  }
}

/** `getCount()` and the like: `.value` is readable after the sync. */
export class FakeClientResult<V> {
  private _value: V | undefined;
  private _ready = false;

  get value(): V {
    if (!this._ready)
      throw officeError(
        ErrorCodes.valueNotLoaded,
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
        "ClientResult.value",
      );
    return this._value as V;
  }

  /** @internal */
  _finisher(value: V): Finisher {
    return {
      bytes: JSON.stringify(value ?? null).length,
      deliver: () => {
        this._value = value;
        this._ready = true;
      },
    };
  }
}
