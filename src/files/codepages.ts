/**
 * SheetJS's code-page tables, loaded only when a file needs them.
 *
 * Excel 5.0/95 (BIFF5) workbooks store text in the code page of the Windows that saved them: 1258 on
 * Vietnamese Windows, 1252 elsewhere (where .VnTime/VNI fonts put TCVN3/VNI bytes, which the engine's
 * legacyText decodes later). SheetJS decodes those bytes only with its tables (`cpexcel`, about 470 KB),
 * which no other format needs; so they are a dynamic import: a separate chunk in the browser bundles,
 * fetched the first time an Excel 95 file is met, and never part of the main page.
 *
 * Once loaded, the tables stay for the life of the page or process (SheetJS keeps them in module
 * state). Reading other formats does not change with them: the tests compare every fixture read
 * before and after.
 */
let loaded = false;
let pending: Promise<boolean> | null = null;

/** Whether readWorkbook can read Excel 5.0/95 files now. */
export function codepagesLoaded(): boolean {
  return loaded;
}

/**
 * Loads the tables once; resolves true when they are in place, false when they could not be loaded
 * (a chunk the browser failed to fetch, for instance), in which case Excel 95 files stay refused
 * with a clear reason. Never rejects. A failed load may be retried by calling again.
 */
export function loadCodepages(): Promise<boolean> {
  if (loaded) return Promise.resolve(true);
  // SheetJS itself is imported here too, not at the top: the CLI's reading workers load it only when a
  // file needs it (read.ts), and an Excel 95 file is one.
  pending ??= Promise.all([import("@e965/xlsx"), import(/* webpackChunkName: "codepages" */ "@e965/xlsx/dist/cpexcel.full.mjs")]).then(
    ([XLSX, tables]) => {
      XLSX.set_cptable(tables);
      loaded = true;
      return true;
    },
    () => {
      pending = null;
      return false;
    },
  );
  return pending;
}
