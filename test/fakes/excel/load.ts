/**
 * What `load()` asked for, as a tree: scalar names per object and sub-trees for navigation properties
 * (`"format/fill/color"`, `"items/name"`, `{ select, expand }`, `{ values: true, format: { font: { bold: true } } }`).
 * The proxy decides, at apply time, which names are scalars and which are navigation properties.
 */
export interface LoadTree {
  /** `load()` with nothing: every scalar property. */
  all: boolean;
  names: Set<string>;
  children: Map<string, LoadTree>;
}

export const loadAll = (): LoadTree => ({ all: true, names: new Set(), children: new Map() });
const empty = (): LoadTree => ({ all: false, names: new Set(), children: new Map() });

function insertPath(tree: LoadTree, path: string): void {
  const parts = path
    .split("/")
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return;
  let node = tree;
  for (const part of parts.slice(0, -1)) {
    let child = node.children.get(part);
    if (!child) node.children.set(part, (child = empty()));
    node = child;
  }
  node.names.add(parts[parts.length - 1]);
}

function insertPaths(tree: LoadTree, text: string): void {
  for (const path of text.split(",")) insertPath(tree, path);
}

function insertObject(tree: LoadTree, spec: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(spec)) {
    if (value === true) tree.names.add(key);
    else if (value && typeof value === "object") {
      let child = tree.children.get(key);
      if (!child) tree.children.set(key, (child = empty()));
      insertObject(child, value as Record<string, unknown>);
    }
  }
}

export function parseLoad(arg: unknown): LoadTree {
  if (arg === undefined || arg === null) return loadAll();
  const tree = empty();
  if (typeof arg === "string") insertPaths(tree, arg);
  else if (Array.isArray(arg)) arg.forEach((a) => typeof a === "string" && insertPaths(tree, a));
  else if (typeof arg === "object") {
    const o = arg as Record<string, unknown>;
    if (typeof o.select === "string" || typeof o.expand === "string") {
      if (typeof o.select === "string") insertPaths(tree, o.select);
      if (typeof o.expand === "string") for (const path of o.expand.split(",")) insertPath(tree, `${path}/$all`);
    } else insertObject(tree, o);
  }
  return tree.names.size === 0 && tree.children.size === 0 ? loadAll() : tree;
}

/** Serialised for the request-size estimate. */
export function describeLoad(tree: LoadTree): unknown {
  return { all: tree.all, names: [...tree.names], children: Object.fromEntries([...tree.children].map(([k, v]) => [k, describeLoad(v)])) };
}
