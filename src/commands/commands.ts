/**
 * The function file (commands.html) behind the ribbon's "Kiểm tra báo cáo" button. Only wiring: the
 * flow is in command.ts, Excel in src/excel, the dialog in dialog.ts.
 */
import { highlightCells, readActiveSheet } from "../excel";
import { validateReportHandler } from "./command";
import { openResultDialog } from "./dialog";
import { langOf } from "./summary";

Office.onReady(() => {
  Office.actions.associate(
    "validateReport",
    validateReportHandler({
      readActiveSheet,
      highlightCells,
      openDialog: openResultDialog,
      lang: () => langOf(Office.context.displayLanguage),
    }),
  );
});
