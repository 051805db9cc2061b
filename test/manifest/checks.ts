/**
 * The offline checks of an add-in only (XML) manifest. No XSD ships with the Office tools and their
 * validator needs the network (TOOLCHAIN.md), so these encode the rules that matter for this manifest:
 * each check returns the problems it sees, in words, and an empty list when it is satisfied.
 */
import { NS, BASIC_TYPE_ELEMENTS, orderFor } from "./order";
import { descendants, parseXml, pathOf, type XmlElement } from "./xml";

export interface ManifestContext {
  /** Where the manifest's own URLs point: the dev server's https://localhost:3000/ or the production URL. */
  baseUrl: string;
  /** Paths (relative to baseUrl) of every file the build serves: `taskpane.html`, `assets/icon-16.png`… */
  served: ReadonlySet<string>;
  /** The bytes of a served file, for the icons' sizes. */
  read(path: string): Uint8Array | null;
}

type Check = (root: XmlElement, ctx: ManifestContext) => string[];

const where = (el: XmlElement) => `<${el.name}> (line ${el.line})`;
const chars = (s: string) => Array.from(s).length;
const all = (root: XmlElement, local: string) => descendants(root).filter((e) => e.local === local);
const child = (el: XmlElement | undefined, local: string) => el?.children.find((c) => c.local === local);
const resources = (root: XmlElement) => child(child(root, "VersionOverrides"), "Resources");

/** Children in the documented order, and no child the documentation does not list for that parent. */
const order: Check = (root) => {
  const problems: string[] = [];
  for (const el of descendants(root)) {
    const rule = orderFor(pathOf(el));
    if (!rule) {
      if (el.children.length) problems.push(`${where(el)} should have no child elements, has <${el.children[0].name}>`);
      continue;
    }
    let last = -1;
    for (const c of el.children) {
      const i = rule.indexOf(c.local);
      if (i < 0) problems.push(`${where(c)} is not a documented child of <${el.name}>`);
      else if (i < last) problems.push(`${where(c)} comes after <${rule[last]}> inside <${el.name}>; the documented order is ${rule.join(", ")}`);
      else last = i;
    }
  }
  return problems;
};

/** The root and the overrides in their namespaces; resources and icons in the basic types' (`bt:`). */
const namespaces: Check = (root) => {
  const problems: string[] = [];
  if (root.local !== "OfficeApp" || root.uri !== NS.app) problems.push(`the root must be OfficeApp in ${NS.app}, is ${root.name} in "${root.uri}"`);
  if (root.attributes["xsi:type"] !== "TaskPaneApp") problems.push(`OfficeApp's xsi:type must be TaskPaneApp, is "${root.attributes["xsi:type"]}"`);
  for (const el of descendants(root)) {
    const inOverrides = pathOf(el).includes("/VersionOverrides/") || el.local === "VersionOverrides";
    const expected = !inOverrides ? NS.app : BASIC_TYPE_ELEMENTS.has(el.local) && el.local !== "VersionOverrides" ? NS.basicTypes : NS.overrides;
    if (el.uri !== expected) problems.push(`${where(el)} is in namespace "${el.uri}", expected ${expected}`);
  }
  const vo = child(root, "VersionOverrides");
  if (vo && vo.attributes["xsi:type"] !== "VersionOverridesV1_0") problems.push(`VersionOverrides' xsi:type must be VersionOverridesV1_0`);
  return problems;
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Id a GUID, a four-part Version, the Workbook host, ExcelApi named with a MinVersion. */
const identity: Check = (root) => {
  const problems: string[] = [];
  const id = child(root, "Id")?.text ?? "";
  if (!GUID.test(id)) problems.push(`Id "${id}" is not a GUID`);
  const version = child(root, "Version")?.text ?? "";
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) problems.push(`Version "${version}" is not n.n.n.n`);
  const hosts = child(root, "Hosts")?.children.map((h) => h.attributes.Name) ?? [];
  if (hosts.join() !== "Workbook") problems.push(`Hosts must be exactly Workbook, are ${hosts.join(", ") || "none"}`);
  const sets = all(child(root, "Requirements") ?? root, "Set").filter((s) => s.parent?.parent?.local === "Requirements");
  const excel = sets.find((s) => s.attributes.Name === "ExcelApi");
  if (!excel) problems.push("Requirements does not name the ExcelApi set");
  else if (!/^1\.\d+$/.test(excel.attributes.MinVersion ?? "")) problems.push(`ExcelApi's MinVersion "${excel.attributes.MinVersion ?? ""}" is not 1.n`);
  return problems;
};

/** Every URL https and well-formed; every URL on our own server names a file the build serves. */
const urls: Check = (root, ctx) => {
  const problems: string[] = [];
  const values: [XmlElement, string][] = [];
  for (const el of descendants(root)) {
    const isUrl =
      ["IconUrl", "HighResolutionIconUrl", "SupportUrl"].includes(el.local) ||
      (el.local === "SourceLocation" && el.parent?.local === "DefaultSettings") ||
      (el.local === "Image" && el.parent?.local === "Images") ||
      (el.local === "Url" && el.parent?.local === "Urls");
    if (isUrl && el.attributes.DefaultValue !== undefined) values.push([el, el.attributes.DefaultValue]);
    if (el.local === "Override" && el.parent && (el.parent.local.endsWith("Url") || ["Url", "Image", "SourceLocation"].includes(el.parent.local)))
      values.push([el, el.attributes.Value ?? ""]);
    if (el.local === "AppDomain") values.push([el, el.text]);
  }
  for (const [el, value] of values) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      problems.push(`${where(el)} "${value}" is not a URL`);
      continue;
    }
    if (url.protocol !== "https:") problems.push(`${where(el)} "${value}" is not https`);
    if (value.length > 2048) problems.push(`${where(el)} URL longer than 2048 characters`);
    if (el.local !== "AppDomain" && value.startsWith(ctx.baseUrl)) {
      const path = decodeURIComponent(url.pathname.slice(new URL(ctx.baseUrl).pathname.length));
      if (!ctx.served.has(path)) problems.push(`${where(el)} "${value}" names ${path}, which the build does not serve`);
    }
  }
  return problems;
};

/** Width and height from a PNG's IHDR, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Each icon a square PNG of the size it is used at: IconUrl 32, HighResolutionIconUrl 64, a ribbon
 * image the `size` of every bt:Image that refers to it; and the size in its file name says the same.
 */
const icons: Check = (root, ctx) => {
  const problems: string[] = [];
  const wanted: { el: XmlElement; url: string; size: number }[] = [];
  const icon = (local: string, size: number) => {
    const el = child(root, local);
    if (el) wanted.push({ el, url: el.attributes.DefaultValue ?? "", size });
  };
  icon("IconUrl", 32);
  icon("HighResolutionIconUrl", 64);
  const images = new Map((child(resources(root), "Images")?.children ?? []).map((i) => [i.attributes.id, i]));
  for (const use of all(root, "Image").filter((i) => i.parent?.local === "Icon")) {
    const image = images.get(use.attributes.resid);
    if (image) wanted.push({ el: image, url: image.attributes.DefaultValue ?? "", size: Number(use.attributes.size) });
  }
  for (const { el, url, size } of wanted) {
    if (!url.startsWith(ctx.baseUrl)) {
      problems.push(`${where(el)} icon "${url}" is not served by the add-in (${ctx.baseUrl})`);
      continue;
    }
    const path = url.slice(ctx.baseUrl.length);
    const bytes = ctx.read(path);
    const png = bytes && pngSize(bytes);
    if (!png) {
      problems.push(`${where(el)} icon ${path} is ${bytes ? "not a PNG" : "missing"}`);
      continue;
    }
    if (png.width !== size || png.height !== size) problems.push(`${where(el)} icon ${path} is ${png.width}×${png.height}, used at ${size}×${size}`);
    const named = /-(\d+)\.png$/.exec(path);
    if (named && Number(named[1]) !== png.width) problems.push(`${where(el)} icon ${path} says ${named[1]} in its name but is ${png.width} wide`);
  }
  return problems;
};

/** The kind of resource each referring element needs. */
function kindOfUse(el: XmlElement): string | null {
  switch (el.local) {
    case "Label":
      return "ShortStrings";
    case "Title":
      return "ShortStrings";
    case "Description":
      return "LongStrings";
    case "LearnMoreUrl":
    case "SourceLocation":
    case "FunctionFile":
      return "Urls";
    case "Image":
      return "Images";
    default:
      return null;
  }
}

/** Every resid defined once, at most 32 characters, used with the right kind of resource; none left unused. */
const resids: Check = (root) => {
  const problems: string[] = [];
  const defined = new Map<string, string>();
  for (const group of resources(root)?.children ?? []) {
    for (const r of group.children) {
      const id = r.attributes.id ?? "";
      if (defined.has(id)) problems.push(`resource id "${id}" is defined more than once`);
      defined.set(id, group.local);
      if (chars(id) > 32) problems.push(`resource id "${id}" is longer than 32 characters`);
    }
  }
  const used = new Set<string>();
  for (const el of descendants(root)) {
    const resid = el.attributes.resid;
    if (resid === undefined) continue;
    used.add(resid);
    const kind = defined.get(resid);
    const wanted = kindOfUse(el);
    if (!kind) problems.push(`${where(el)} uses resid "${resid}", which no resource defines`);
    else if (wanted && kind !== wanted) problems.push(`${where(el)} uses resid "${resid}" from ${kind}, needs one from ${wanted}`);
  }
  for (const id of defined.keys()) if (!used.has(id)) problems.push(`resource "${id}" is defined but never used`);
  return problems;
};

/** Everything a user reads has an en-US override; all texts within the schema's lengths. */
const strings: Check = (root) => {
  const problems: string[] = [];
  const text = (el: XmlElement, max: number, what: string) => {
    const values = [el.attributes.DefaultValue ?? "", ...el.children.filter((c) => c.local === "Override").map((o) => o.attributes.Value ?? "")];
    for (const v of values) {
      if (chars(v) === 0) problems.push(`${what} ${where(el)} is empty`);
      if (chars(v) > max) problems.push(`${what} ${where(el)} "${v.slice(0, 40)}…" is ${chars(v)} characters, more than ${max}`);
    }
    if (!el.children.some((c) => c.local === "Override" && c.attributes.Locale === "en-US"))
      problems.push(`${what} ${where(el)}${el.attributes.id ? ` "${el.attributes.id}"` : ""} has no en-US override`);
  };
  const displayName = child(root, "DisplayName");
  const description = child(root, "Description");
  if (displayName) text(displayName, 125, "DisplayName");
  else problems.push("no DisplayName");
  if (description) text(description, 250, "Description");
  else problems.push("no Description");
  const provider = child(root, "ProviderName")?.text ?? "";
  if (chars(provider) < 1 || chars(provider) > 125) problems.push(`ProviderName must be 1 to 125 characters`);
  for (const s of child(resources(root), "ShortStrings")?.children ?? []) text(s, 125, "ShortString");
  for (const s of child(resources(root), "LongStrings")?.children ?? []) text(s, 250, "LongString");
  return problems;
};

export const CHECKS = { order, namespaces, identity, urls, icons, resids, strings } satisfies Record<string, Check>;
export type CheckName = keyof typeof CHECKS;

/** Every problem with `xml`, prefixed by the check that found it; [] for a good manifest. */
export function manifestProblems(xml: string, ctx: ManifestContext): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    return [`well-formed: ${(e as Error).message}`];
  }
  return Object.entries(CHECKS).flatMap(([name, check]) => check(root, ctx).map((p) => `${name}: ${p}`));
}
