/**
 * A small DOM over sax's strict, namespace-aware parser: enough to check the manifest. Throws on any
 * XML that is not well-formed (sax's checks, plus the two it leaves out: one root, unique attributes).
 */
import sax from "sax";

export interface XmlElement {
  /** Local name, without prefix. */
  local: string;
  /** Qualified name as written (`bt:Image`). */
  name: string;
  /** Namespace URI. */
  uri: string;
  /** Attributes by qualified name (`xsi:type`, `DefaultValue`), namespace declarations excluded. */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside, trimmed. */
  text: string;
  parent: XmlElement | null;
  line: number;
}

export function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true, { xmlns: true, position: true });
  let root: XmlElement | null = null;
  const stack: XmlElement[] = [];
  let seen = new Set<string>();
  const fail = (message: string): never => {
    throw new Error(`line ${parser.line + 1}: ${message}`);
  };
  parser.onerror = (e) => fail(e.message.split("\n")[0]);
  parser.onattribute = ({ name }) => {
    if (seen.has(name)) fail(`duplicate attribute ${name}`);
    seen.add(name);
  };
  parser.onopentag = (tag) => {
    seen = new Set();
    const parent = stack[stack.length - 1] ?? null;
    if (!parent && root) fail(`second root element <${tag.name}>`);
    const attributes: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) if (a.uri !== "http://www.w3.org/2000/xmlns/") attributes[a.name] = a.value;
    const el: XmlElement = { local: tag.local, name: tag.name, uri: tag.uri, attributes, children: [], text: "", parent, line: parser.line + 1 };
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  };
  parser.onclosetag = () => {
    const el = stack.pop();
    if (el) el.text = el.text.trim();
  };
  parser.ontext = parser.oncdata = (text) => {
    const el = stack[stack.length - 1];
    if (el) el.text += text;
  };
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

/** Every element under `el` (itself included), document order. */
export function descendants(el: XmlElement): XmlElement[] {
  return [el, ...el.children.flatMap(descendants)];
}

/** Local names from the root down to `el`: `OfficeApp/VersionOverrides/Hosts/Host`. */
export function pathOf(el: XmlElement): string {
  const names: string[] = [];
  for (let e: XmlElement | null = el; e; e = e.parent) names.unshift(e.local);
  return names.join("/");
}
