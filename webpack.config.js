/**
 * webpack in the `yo office` shape: `webpack --mode production|development`, `webpack serve` on
 * https://localhost:3000. Pages: taskpane.html (the React task pane), commands.html (the ribbon's function
 * file) and result.html (the small dialog the "Kiểm tra báo cáo" button opens). office.js is not bundled:
 * each page loads it from Microsoft's CDN with a plain script tag, as Office requires.
 */
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/** Where the dev server serves, and what the checked-in manifest.xml points at. */
export const DEV_URL = "https://localhost:3000/";
/** The production address when ADDIN_URL is not set: deliberately not a real host. */
export const PLACEHOLDER_PROD_URL = "https://tonghop.example.vn/";

/** ADDIN_URL with one trailing slash; Office loads add-ins over https only. */
export function productionUrl(value = process.env.ADDIN_URL) {
  const url = (value && value.trim()) || PLACEHOLDER_PROD_URL;
  if (!/^https:\/\/[^/]/.test(url)) throw new Error(`ADDIN_URL must be an https:// address, got "${url}"`);
  return url.replace(/\/*$/, "/");
}

/**
 * The production manifest: every https://localhost:3000/ becomes the production URL, as the yo office
 * template does, and the bare origin (AppDomain) becomes the production origin.
 */
export function productionManifest(xml, prodUrl = productionUrl()) {
  const origin = new URL(prodUrl).origin;
  return xml.split(DEV_URL).join(prodUrl).split(DEV_URL.slice(0, -1)).join(origin);
}

/** The pages HtmlWebpackPlugin writes, each with its template and its one entry chunk. */
export const PAGES = [
  { filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] },
  { filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] },
  { filename: "result.html", template: "./src/commands/result.html", chunks: ["result"] },
];

/** What CopyWebpackPlugin copies: the icons and help page, and the manifest (rewritten for production). */
export function copyPatterns(dev, prodUrl) {
  return [
    { from: "assets/*", to: "assets/[name][ext]", globOptions: { ignore: ["**/README.md"] } },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => (dev ? content : productionManifest(content.toString(), prodUrl)),
    },
  ];
}

/**
 * office-addin-dev-certs' trusted localhost certificate, only when it is already installed: asking it for
 * options otherwise makes it generate and install a CA (with sudo). Without it, webpack-dev-server's own
 * self-signed certificate is used (the browser must be told to accept it once).
 */
async function httpsServer() {
  const dir = join(homedir(), ".office-addin-dev-certs");
  const files = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => join(dir, f));
  if (files.every((f) => existsSync(f))) {
    try {
      const devCerts = (await import("office-addin-dev-certs")).default;
      if (devCerts.verifyCertificates()) {
        const { ca, cert, key } = await devCerts.getHttpsServerOptions();
        console.log(`[tong-hop] https: office-addin-dev-certs certificate in ${dir}`);
        return { type: "https", options: { ca, cert, key } };
      }
    } catch (error) {
      console.log(`[tong-hop] office-addin-dev-certs unusable (${error instanceof Error ? error.message : error})`);
    }
  }
  console.log("[tong-hop] https: webpack-dev-server's self-signed certificate (run `npx office-addin-dev-certs install` for a trusted one)");
  return "https";
}

export default async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const prodUrl = dev ? DEV_URL : productionUrl();
  // Imported here, not at the top, so the exports above load without the plugins (test/manifest uses them).
  const { default: CopyWebpackPlugin } = await import("copy-webpack-plugin");
  const { default: HtmlWebpackPlugin } = await import("html-webpack-plugin");

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      result: "./src/commands/result.ts",
    },
    output: {
      filename: dev ? "[name].js" : "[name].[contenthash].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          // Type errors are `npm run typecheck`'s job. The tsconfig says noEmit (and so may allow .ts imports),
          // which a loader that emits cannot obey.
          options: { transpileOnly: true, compilerOptions: { noEmit: false, allowImportingTsExtensions: false } },
        },
      ],
    },
    plugins: [new CopyWebpackPlugin({ patterns: copyPatterns(dev, prodUrl) }), ...PAGES.map((page) => new HtmlWebpackPlugin(page))],
    // The file-reading worker carries SheetJS and is fetched only when a file is dropped; the figures that
    // matter are gzipped sizes of what taskpane.html loads (bench/bundle.ts), so the raw-size hints are
    // set where only a real regression would trip them.
    performance: { hints: dev ? false : "warning", maxEntrypointSize: 2_500_000, maxAssetSize: 2_500_000 },
    devServer: {
      port: 3000,
      client: { overlay: false },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.WEBPACK_SERVE ? await httpsServer() : "https",
    },
  };
};
