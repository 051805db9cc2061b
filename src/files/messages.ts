/**
 * Every reason a file can be refused, in plain Vietnamese for the committee staff who read it and in
 * English for logs and developers. Each one says what to do next, because the reader of the message
 * usually has to go back to the unit that sent the file. Limits are named with their value so that a
 * refusal can be argued with.
 */
import type { Failure, ReadFailure } from "./types";

function fail(failure: ReadFailure, vi: string, en: string): Failure {
  return { failure, reason: { vi, en } };
}

/** 2000000 → "2.000.000" (vi-VN grouping) and "2,000,000" (en). */
function groupVi(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}
function groupEn(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A size for people: "25 MB", "6.3 KB", "900 bytes"; in vi-VN "25 MB", "6,3 KB", "900 byte". */
function size(bytes: number, vi: boolean): string {
  const group = vi ? groupVi : groupEn;
  for (const [unit, name] of [
    [1024 * 1024, "MB"],
    [1024, "KB"],
  ] as const) {
    if (bytes >= unit) {
      const v = bytes / unit;
      const text = v >= 10 || Number.isInteger(v) ? group(v) : vi ? v.toFixed(1).replace(".", ",") : v.toFixed(1);
      return `${text} ${name}`;
    }
  }
  return `${group(bytes)} ${vi ? "byte" : "bytes"}`;
}
const sizeVi = (bytes: number) => size(bytes, true);
const sizeEn = (bytes: number) => size(bytes, false);

const RESEND_VI = "Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại thành .xlsx rồi gửi lại.";
const RESEND_EN = "Open it in Excel or LibreOffice, save it as .xlsx and send it again.";

export const messages = {
  empty(): Failure {
    return fail("empty", "Tệp rỗng, không có nội dung. Hãy đề nghị đơn vị gửi lại tệp báo cáo.", "The file is empty; ask the unit to send the report again.");
  },

  noData(): Failure {
    return fail(
      "empty",
      "Tệp không có dữ liệu: mọi trang tính đều trống. Hãy kiểm tra lại tệp báo cáo và gửi lại.",
      "The workbook holds no data: every sheet is empty. Check the report file and send it again.",
    );
  },

  tooManyBytes(size: number, max: number): Failure {
    return fail(
      "too_large",
      `Tệp quá lớn: ${sizeVi(size)}, vượt giới hạn ${sizeVi(max)} một tệp. Hãy xóa các trang tính không cần thiết hoặc chỉ gửi trang báo cáo.`,
      `The file is ${sizeEn(size)}, over the ${sizeEn(max)} limit for one file; remove unneeded sheets or send the report sheet alone.`,
    );
  },

  tooManyUncompressed(declared: number, max: number): Failure {
    return fail(
      "too_large",
      `Nội dung tệp khi giải nén lên tới ${sizeVi(declared)}, vượt giới hạn ${sizeVi(max)} sau giải nén. Hãy xóa các trang tính, hình ảnh không cần thiết rồi gửi lại.`,
      `Once unzipped the file holds ${sizeEn(declared)}, over the ${sizeEn(max)} uncompressed limit; remove unneeded sheets and pictures and send it again.`,
    );
  },

  compressionRatio(ratio: number, max: number): Failure {
    return fail(
      "too_large",
      `Tệp nén bất thường: khi giải nén lớn gấp ${groupVi(ratio)} lần tệp gốc, vượt giới hạn ${groupVi(max)} lần. Tệp có thể bị hỏng hoặc không an toàn. ${RESEND_VI}`,
      `The file is abnormally compressed: it expands ${groupEn(ratio)} times its size, over the compression ratio limit of ${groupEn(max)}. It may be damaged or unsafe. ${RESEND_EN}`,
    );
  },

  textTooLong(where: string, length: number, max: number): Failure {
    return fail(
      "too_large",
      `Ô ${where} chứa ${groupVi(length)} ký tự, vượt giới hạn ${groupVi(max)} ký tự một ô. Hãy rút gọn nội dung ô này rồi gửi lại.`,
      `Cell ${where} holds ${groupEn(length)} characters, over the limit of ${groupEn(max)} characters per cell; shorten it and send the file again.`,
    );
  },

  tooManyCells(max: number, sheet?: string): Failure {
    const inVi = sheet ? ` (đến trang "${sheet}")` : "";
    const inEn = sheet ? ` (reached on sheet "${sheet}")` : "";
    return fail(
      "too_many_cells",
      `Bảng tính quá lớn: vượt giới hạn ${groupVi(max)} ô${inVi}. Hãy xóa các dòng, cột thừa hoặc chỉ gửi trang báo cáo.`,
      `The workbook is too big: over the limit of ${groupEn(max)} cells${inEn}. Delete unused rows and columns, or send the report sheet alone.`,
    );
  },

  encrypted(): Failure {
    return fail(
      "encrypted",
      "Tệp được bảo vệ bằng mật khẩu nên không đọc được. Hãy đề nghị đơn vị gỡ mật khẩu (kể cả khóa cấu trúc bảng tính) và gửi bản không đặt mật khẩu.",
      "The file is password-protected (or its workbook structure is locked, which encrypts old .xls files); ask for an unprotected copy.",
    );
  },

  corrupt(): Failure {
    return fail(
      "corrupt",
      `Tệp bị hỏng hoặc chưa tải về đầy đủ nên không đọc được. ${RESEND_VI}`,
      `The file is damaged or incomplete and cannot be read. ${RESEND_EN}`,
    );
  },

  /** `what` names what the file really is, e.g. { vi: "ảnh PNG", en: "a PNG image" }. */
  notWorkbook(what?: { vi: string; en: string }): Failure {
    const vi = what ? `Tệp này là ${what.vi}, không phải bảng tính.` : "Tệp này không phải bảng tính.";
    const en = what ? `This file is ${what.en}, not a spreadsheet.` : "This file is not a spreadsheet.";
    return fail(
      "not_workbook",
      `${vi} Hãy gửi tệp báo cáo dạng Excel (.xlsx, .xls), LibreOffice (.ods) hoặc CSV.`,
      `${en} Send the report as an Excel (.xlsx, .xls), LibreOffice (.ods) or CSV file.`,
    );
  },

  plainText(): Failure {
    return fail(
      "not_workbook",
      "Tệp này là văn bản thường, không có dạng bảng (không có cột ngăn cách bằng dấu phẩy, chấm phẩy hay tab). Hãy gửi tệp báo cáo dạng Excel (.xlsx, .xls), LibreOffice (.ods) hoặc CSV.",
      "This file is plain text with no table in it (no columns separated by commas, semicolons or tabs). Send the report as an Excel (.xlsx, .xls), LibreOffice (.ods) or CSV file.",
    );
  },

  /**
   * A door stopped reading the file after `seconds` (CLI and task pane read in a worker they can stop):
   * a damaged or crafted file can make the parser spin, and the rest of the batch must go on.
   */
  tooSlow(seconds: number): Failure {
    return fail(
      "too_slow",
      `Đọc tệp quá ${groupVi(seconds)} giây nên đã dừng: tệp có thể bị hỏng hoặc có cấu trúc bất thường. ${RESEND_VI}`,
      `Reading the file was stopped after ${groupEn(seconds)} seconds: it may be damaged or abnormally built. ${RESEND_EN}`,
    );
  },

  /** The worker reading the file died (out of memory, most often): said as plainly as tooSlow. */
  readerDied(): Failure {
    return fail(
      "too_slow",
      `Đọc tệp phải dừng vì dùng quá nhiều bộ nhớ: tệp có thể bị hỏng hoặc có cấu trúc bất thường. ${RESEND_VI}`,
      `Reading the file was stopped because it used too much memory: it may be damaged or abnormally built. ${RESEND_EN}`,
    );
  },

  unsupported(what: { vi: string; en: string }): Failure {
    return fail("unsupported", `Chưa đọc được ${what.vi}. ${RESEND_VI}`, `${capitalize(what.en)} cannot be read yet. ${RESEND_EN}`);
  },
};

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** What a file really is, for messages.notWorkbook / messages.unsupported. */
export const KINDS = {
  png: { vi: "ảnh PNG", en: "a PNG image" },
  jpeg: { vi: "ảnh JPEG", en: "a JPEG image" },
  gif: { vi: "ảnh GIF", en: "a GIF image" },
  tiff: { vi: "ảnh TIFF", en: "a TIFF image" },
  pdf: { vi: "tài liệu PDF", en: "a PDF document" },
  rtf: { vi: "văn bản RTF", en: "an RTF document" },
  exe: { vi: "tệp chương trình", en: "a program" },
  rar: { vi: "tệp nén RAR", en: "a RAR archive" },
  sevenZip: { vi: "tệp nén 7z", en: "a 7z archive" },
  gzip: { vi: "tệp nén gzip", en: "a gzip archive" },
  zip: { vi: "tệp nén ZIP", en: "a zip archive" },
  word: { vi: "văn bản Word", en: "a Word document" },
  powerpoint: { vi: "bản trình chiếu PowerPoint", en: "a PowerPoint presentation" },
  odfText: { vi: "văn bản OpenDocument (Writer)", en: "an OpenDocument text (Writer)" },
  odfOther: { vi: "tài liệu OpenDocument không phải bảng tính", en: "an OpenDocument file that is not a spreadsheet" },
  ole: { vi: "tài liệu Office không phải bảng tính", en: "an Office document that is not a spreadsheet" },
  xml: { vi: "tệp XML không phải bảng tính", en: "an XML file that is not a spreadsheet" },
  htmlNoTable: { vi: "trang web không có bảng", en: "a web page without a table" },
  numbers: { vi: "tệp Apple Numbers", en: "an Apple Numbers file" },
  excel95: { vi: "tệp Excel 5.0/95 (định dạng quá cũ)", en: "an Excel 5.0/95 workbook (too old a format)" },
  excelOld: { vi: "tệp Excel 2.x–4.x (định dạng quá cũ)", en: "an Excel 2.x–4.x worksheet (too old a format)" },
  mht: { vi: "trang web lưu một tệp (.mht)", en: "a single-file web page (.mht)" },
  zipMethod: { vi: "tệp nén theo cách không thông dụng", en: "a zip package compressed with an unusual method" },
  binary: { vi: "dữ liệu nhị phân không rõ loại", en: "binary data of an unknown kind" },
} as const;
