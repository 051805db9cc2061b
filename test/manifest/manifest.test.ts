import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { builtManifest, contextFor, loadConfig, MANIFEST_PATH } from "./build";
import { manifestProblems, type CheckName, type ManifestContext } from "./checks";
import { CHILD_ORDER } from "./order";
import { parseXml } from "./xml";

const SOURCE = readFileSync(MANIFEST_PATH, "utf8");
const DEV = "https://localhost:3000/";

let dev: ManifestContext;
let pages: string[];

beforeAll(async () => {
  pages = (await loadConfig()).PAGES.map((p) => p.filename);
  dev = contextFor(DEV, pages);
});

/** `xml` with `from` (which must occur exactly once) replaced, so a mutation can never silently miss. */
function mutate(xml: string, from: string | RegExp, to: string): string {
  const count = typeof from === "string" ? xml.split(from).length - 1 : [...xml.matchAll(new RegExp(from, "g"))].length;
  if (count !== 1) throw new Error(`mutation target ${from} occurs ${count} times`);
  return xml.replace(from, to);
}

describe("manifest.xml as checked in (dev server URLs)", () => {
  it("passes every check", () => {
    expect(manifestProblems(SOURCE, dev)).toEqual([]);
  });

  it("is what the product needs: Vietnamese first, Excel 1.7, the two ribbon buttons", () => {
    const root = parseXml(SOURCE);
    const text = (local: string) => root.children.find((c) => c.local === local)?.text;
    expect(text("DefaultLocale")).toBe("vi-VN");
    expect(text("Permissions")).toBe("ReadWriteDocument");
    expect(SOURCE).toContain('<Set Name="ExcelApi" MinVersion="1.7"/>');
    expect(SOURCE).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
    expect(SOURCE).toMatch(/<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>ButtonId1<\/TaskpaneId>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(SOURCE).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>validateReport<\/FunctionName>/);
    expect(SOURCE).toContain('<OfficeTab id="TabHome">');
    expect(SOURCE).toContain('<FunctionFile resid="Commands.Url"/>');
  });

  it("names in its function file the function commands.ts registers", () => {
    const commands = readFileSync("src/commands/commands.ts", "utf8");
    for (const [, name] of SOURCE.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)) {
      expect(commands).toContain(`"${name}"`);
    }
  });

  it("is served from the pages the build writes", () => {
    expect([...pages].sort()).toEqual(["commands.html", "result.html", "taskpane.html"]);
  });
});

/** Each check, shown to fail on a copy of the manifest broken in the way it guards against. */
const BROKEN: { what: string; check: CheckName | "well-formed"; from: string | RegExp; to: string; says: RegExp }[] = [
  { what: "an unclosed element", check: "well-formed", from: "</bt:Images>", to: "", says: /close tag|Unclosed|Unexpected/i },
  { what: "an undeclared prefix", check: "well-formed", from: "<bt:Urls>", to: "<bx:Urls>", says: /Unbound namespace prefix/ },
  { what: "a duplicated attribute", check: "well-formed", from: '<Host Name="Workbook"/>', to: '<Host Name="Workbook" Name="Workbook"/>', says: /duplicate attribute/ },
  { what: "Version before Id", check: "order", from: /(<Id>[^<]+<\/Id>)(\s*)(<Version>[^<]+<\/Version>)/, to: "$3$2$1", says: /<Id>.*comes after <Version>/ },
  { what: "Requirements after DefaultSettings", check: "order", from: /(\s*<Requirements>[\s\S]*<\/Requirements>)(\s*<DefaultSettings>[\s\S]*?<\/DefaultSettings>)/, to: "$2$1", says: /<Requirements>.*comes after <DefaultSettings>/ },
  { what: "FunctionFile after the ExtensionPoint", check: "order", from: /(\s*<FunctionFile resid="Commands.Url"\/>)(\s*<ExtensionPoint[\s\S]*<\/ExtensionPoint>)/, to: "$2$1", says: /<FunctionFile>.*comes after <ExtensionPoint>/ },
  { what: "a button's Icon before its Supertip", check: "order", from: /(<Label resid="CheckButton.Label"\/>)(\s*<Supertip>[\s\S]*?<\/Supertip>)(\s*<Icon>[\s\S]*?<\/Icon>)/, to: "$1$3$2", says: /<Supertip>.*comes after <Icon>/ },
  { what: "Resources inside Hosts", check: "order", from: /(\s*<\/Hosts>)(\s*<Resources>[\s\S]*<\/Resources>)/, to: "$2$1", says: /<Resources>.*not a documented child of <Hosts>/ },
  { what: "a text inside a leaf element", check: "order", from: "<Permissions>ReadWriteDocument</Permissions>", to: "<Permissions><Override/></Permissions>", says: /should have no child elements/ },
  { what: "a ribbon image outside the bt namespace", check: "namespaces", from: /<bt:Image size="16" resid="Icon.16x16"\/>(?=\s*<bt:Image size="32" resid="Icon.32x32"\/>\s*<bt:Image size="80" resid="Icon.80x80"\/>\s*<\/Icon>\s*<Action xsi:type="ExecuteFunction">)/, to: '<Image size="16" resid="Icon.16x16"/>', says: /<Image>.*namespace "http:\/\/schemas.microsoft.com\/office\/taskpaneappversionoverrides"/ },
  { what: "a content add-in type", check: "namespaces", from: 'xsi:type="TaskPaneApp"', to: 'xsi:type="ContentApp"', says: /TaskPaneApp/ },
  { what: "an Id that is not a GUID", check: "identity", from: "<Id>b8cfc3c3-1a98-47f7-9e63-ebd6e96503a4</Id>", to: "<Id>tong-hop</Id>", says: /not a GUID/ },
  { what: "a three-digit version part", check: "identity", from: "<Version>1.0.0.0</Version>", to: "<Version>1.0.0.0.0</Version>", says: /not n\.n\.n\.n/ },
  { what: "no ExcelApi requirement", check: "identity", from: 'Name="ExcelApi"', to: 'Name="DialogApi"', says: /does not name the ExcelApi/ },
  { what: "ExcelApi without a usable MinVersion", check: "identity", from: 'MinVersion="1.7"', to: 'MinVersion="latest"', says: /MinVersion "latest"/ },
  { what: "an http SupportUrl", check: "urls", from: 'SupportUrl DefaultValue="https://', to: 'SupportUrl DefaultValue="http://', says: /is not https/ },
  { what: "an http AppDomain", check: "urls", from: "<AppDomain>https://localhost:3000</AppDomain>", to: "<AppDomain>http://localhost:3000</AppDomain>", says: /AppDomain.*not https/ },
  { what: "a page the build does not write", check: "urls", from: 'DefaultValue="https://localhost:3000/commands.html"', to: 'DefaultValue="https://localhost:3000/command.html"', says: /command\.html, which the build does not serve/ },
  { what: "a 16 px icon where 32 is used", check: "icons", from: 'id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-32.png"', to: 'id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-16.png"', says: /icon-16\.png is 16×16, used at 32×32/ },
  { what: "a 64 px IconUrl", check: "icons", from: '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', to: '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>', says: /icon-64\.png is 64×64, used at 32×32/ },
  { what: "a missing high-resolution icon", check: "icons", from: "assets/icon-64.png", to: "assets/icon-128.png", says: /icon-128\.png is missing/ },
  { what: "an icon that is not a PNG", check: "icons", from: "assets/icon-64.png", to: "assets/help.html", says: /help\.html is not a PNG/ },
  { what: "a label with no resource", check: "resids", from: '<Label resid="Group.Label"/>', to: '<Label resid="Group.Lable"/>', says: /"Group.Lable", which no resource defines/ },
  { what: "a resource id defined twice", check: "resids", from: '<bt:Url id="Taskpane.Url"', to: '<bt:Url id="Commands.Url"', says: /"Commands.Url" is defined more than once/ },
  { what: "a resource nobody uses", check: "resids", from: "</bt:Urls>", to: '<bt:Url id="Spare.Url" DefaultValue="https://localhost:3000/taskpane.html"/></bt:Urls>', says: /"Spare.Url" is defined but never used/ },
  { what: "a long string where a short one belongs", check: "resids", from: '<Title resid="CheckButton.Label"/>', to: '<Title resid="CheckButton.Tooltip"/>', says: /from LongStrings, needs one from ShortStrings/ },
  { what: "a resid over 32 characters", check: "resids", from: /"Group.Label"/g, to: '"Group.Label.With.A.Very.Long.Name.X"', says: /longer than 32 characters/ },
  { what: "a tooltip without English", check: "strings", from: /(<bt:String id="CheckButton.Tooltip"[^>]*>)\s*<bt:Override[^>]*\/>\s*(<\/bt:String>)/, to: "$1$2", says: /"CheckButton.Tooltip" has no en-US override/ },
  { what: "a DisplayName without English", check: "strings", from: /<Override Locale="en-US" Value="Tổng hợp – [^"]*"\/>/, to: '<Override Locale="fr-FR" Value="Tổng hợp"/>', says: /DisplayName .* has no en-US override/ },
  { what: "a 126-character DisplayName", check: "strings", from: '<DisplayName DefaultValue="Tổng hợp">', to: `<DisplayName DefaultValue="${"Tổng hợp ".repeat(14)}">`, says: /DisplayName.*126 characters, more than 125/ },
  { what: "a 126-character short string", check: "strings", from: 'DefaultValue="Kiểm tra báo cáo"', to: `DefaultValue="${"Kiểm tra ".repeat(14)}"`, says: /ShortString.*126 characters, more than 125/ },
  { what: "a 251-character long string", check: "strings", from: /(<bt:String id="OpenButton.Tooltip" DefaultValue=")[^"]*/, to: `$1${"Tổng hợp ".repeat(27)}Đảng ủy.`, says: /LongString.*251 characters, more than 250/ },
];

describe("each check fails on a broken copy", () => {
  it.each(BROKEN)("$check: $what", ({ check, from, to, says }) => {
    const broken = from instanceof RegExp && from.global ? SOURCE.replace(from, to) : mutate(SOURCE, from, to);
    expect(broken).not.toBe(SOURCE);
    const problems = manifestProblems(broken, dev);
    const own = problems.filter((p) => p.startsWith(`${check}:`));
    expect(own.join("\n"), problems.join("\n") || "(no problems)").toMatch(says);
  });

  it("the 126 and 251 character mutations are really over the limit, not just different", () => {
    expect(Array.from("Tổng hợp ".repeat(14)).length).toBe(126);
    expect(Array.from(`${"Tổng hợp ".repeat(27)}Đảng ủy`).length).toBe(250);
    expect(Array.from(`${"Tổng hợp ".repeat(27)}Đảng ủy.`).length).toBe(251);
  });
});

describe("the documented element order", () => {
  it("covers every parent element of the manifest", () => {
    // A parent with no rule would only be checked for having no children; make sure that is on purpose.
    const root = parseXml(SOURCE);
    const parents = new Set<string>();
    const walk = (el: ReturnType<typeof parseXml>, path: string) => {
      if (el.children.length) parents.add(path);
      for (const c of el.children) walk(c, `${path}/${c.local}`);
    };
    walk(root, root.local);
    for (const p of parents) {
      expect(Object.keys(CHILD_ORDER).some((key) => p === key || p.endsWith(`/${key}`)), p).toBe(true);
    }
  });
});

describe("the production manifest (npm run build)", () => {
  it("points every URL at the production address and passes every check", async () => {
    const { productionUrl } = await loadConfig();
    const prodUrl = productionUrl();
    const built = await builtManifest("production");
    expect(built).not.toMatch(/localhost/);
    expect(built).toContain(`<SourceLocation DefaultValue="${prodUrl}taskpane.html"/>`);
    expect(built).toContain(`<AppDomain>${new URL(prodUrl).origin}</AppDomain>`);
    expect(manifestProblems(built, contextFor(prodUrl, pages))).toEqual([]);
  });

  it("takes the address from ADDIN_URL, with or without a trailing slash, under a path", async () => {
    const saved = process.env.ADDIN_URL;
    process.env.ADDIN_URL = "https://dangbo.example.org/tong-hop";
    try {
      const built = await builtManifest("production");
      expect(built).toContain('<bt:Url id="Commands.Url" DefaultValue="https://dangbo.example.org/tong-hop/commands.html"/>');
      expect(built).toContain("<AppDomain>https://dangbo.example.org</AppDomain>");
      expect(manifestProblems(built, contextFor("https://dangbo.example.org/tong-hop/", pages))).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = saved;
    }
  });

  it("refuses an ADDIN_URL that is not https", async () => {
    const { productionUrl } = await loadConfig();
    expect(() => productionUrl("http://dangbo.example.org/")).toThrow(/https/);
  });

  it("is copied unchanged in development", async () => {
    expect(await builtManifest("development")).toBe(SOURCE);
  });

  it("would be caught by the checks if the transform left a dev URL behind", async () => {
    const { productionUrl } = await loadConfig();
    const prodUrl = productionUrl();
    const built = await builtManifest("production");
    const leftover = built.replace(`${prodUrl}assets/icon-16.png`, "https://localhost:3000/assets/icon-16.png");
    expect(manifestProblems(leftover, contextFor(prodUrl, pages)).join("\n")).toMatch(/icons: .*not served by the add-in/);
  });
});
