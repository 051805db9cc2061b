import {
  ArrowUpFilled,
  CalendarCancelFilled,
  CheckmarkCircleFilled,
  ClockRegular,
  DocumentCopyFilled,
  DocumentErrorFilled,
  ErrorCircleFilled,
  InfoFilled,
  SubtractCircleFilled,
  TableRegular,
  WarningFilled,
} from "@fluentui/react-icons";
import type { ReactElement } from "react";
import type { Completion, Severity } from "../../engine";
import type { FileStatus } from "../state/status";

/**
 * A shape for every status badge besides its colour and word: in forced colours (Windows high contrast)
 * every badge becomes the same outline, and the shape is what still tells them apart at a glance. The
 * icons are aria-hidden (Fluent's default): the word says it to a screen reader.
 */
export const FILE_STATUS_ICON: Record<FileStatus, ReactElement> = {
  "hợp lệ": <CheckmarkCircleFilled />,
  "cảnh báo": <WarningFilled />,
  lỗi: <ErrorCircleFilled />,
  trùng: <DocumentCopyFilled />,
  "khác kỳ": <CalendarCancelFilled />,
  "không đọc được": <DocumentErrorFilled />,
};

/** A row still being read. */
export const PENDING_ICON = <ClockRegular />;

/** A row that is a sheet of the open workbook, not a file. */
export const SHEET_ICON = <TableRegular />;

export const SEVERITY_ICON: Record<Severity, ReactElement> = {
  error: <ErrorCircleFilled />,
  warning: <WarningFilled />,
  info: <InfoFilled />,
};

/** Completion against plan: above it, reached, short of it. */
// One line, as CompletionTable's colours: the keys are the engine's status words, not texts to show.
export const COMPLETION_ICON: Record<NonNullable<Completion["status"]>, ReactElement> = { vượt: <ArrowUpFilled />, đạt: <CheckmarkCircleFilled />, "chưa đạt": <SubtractCircleFilled /> };
