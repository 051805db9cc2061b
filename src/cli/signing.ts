/**
 * `consolidate`'s letterhead and signature options (`--committee`, `--parent`, `--place`, `--signer`,
 * `--on-behalf`) as the engine's SigningSettings. Unset options stay unset: the sheets print dots there.
 */
import { Option, type Command } from "commander";
import { parseSigner, type SigningSettings } from "../engine/print/letterhead";
import { foldText } from "../engine/text";
import { UsageError } from "./errors";

export interface SigningOptions {
  committee?: string;
  parent?: string;
  place?: string;
  signer?: string;
  onBehalf?: string;
}

export function addSigningOptions(command: Command): Command {
  return command
    .option("--committee <name>", "tên cấp ủy tổng hợp, in đậm góc trái / the consolidating committee (ĐẢNG ỦY CỤM II)")
    .option("--parent <name>", "cấp ủy cấp trên, dòng trên cùng góc trái / the superior committee (ĐẢNG BỘ KHỐI …)")
    .option("--place <name>", "địa danh trước “ngày … tháng … năm …” / where the report is signed")
    .option("--signer <title: name>", "chức vụ và họ tên người ký, ví dụ “PHÓ BÍ THƯ: Nguyễn Văn A” / the signatory")
    .addOption(new Option("--on-behalf <body>", "ký thay mặt / signing on behalf of: “BAN THƯỜNG VỤ” | “ĐẢNG ỦY”"));
}

const ON_BEHALF: Record<string, SigningSettings["onBehalf"]> = {
  "ban thuong vu": "BAN THƯỜNG VỤ",
  btv: "BAN THƯỜNG VỤ",
  "dang uy": "ĐẢNG ỦY",
  du: "ĐẢNG ỦY",
};

export function signingOf(opts: SigningOptions): SigningSettings {
  const s: SigningSettings = {};
  if (opts.committee?.trim()) s.committee = opts.committee.trim();
  if (opts.parent?.trim()) s.parent = opts.parent.trim();
  if (opts.place?.trim()) s.place = opts.place.trim();
  if (opts.signer?.trim()) s.signer = parseSigner(opts.signer);
  if (opts.onBehalf !== undefined) {
    const body = ON_BEHALF[foldText(opts.onBehalf).replace(/[-_]/g, " ").replace(/\s+/g, " ").trim()];
    if (!body) throw new UsageError(`--on-behalf: “${opts.onBehalf}” — ghi “BAN THƯỜNG VỤ” hoặc “ĐẢNG ỦY” / write BAN THƯỜNG VỤ or ĐẢNG ỦY`);
    s.onBehalf = body;
  }
  return s;
}
