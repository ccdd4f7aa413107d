/**
 * Words of the parts that load after the first paint (the action bar, the steps' status, the
 * findings list): kept out of strings.ts so that they stay out of the pane's first download.
 */
import type { Lang } from "../engine";

const vi = {
  actionBar: "Thao tác chính",
  blocking: (count: string) => `Còn ${count} lỗi chặn việc tạo phụ lục.`,
  sourceStatus: (tables: string) => `${tables} bảng`,
  checkStatus: (errors: string, warnings: string) => `${errors} lỗi, ${warnings} cảnh báo`,
  checkClean: "không có lỗi",
  planStatus: (households: string) => `giảm ${households} hộ`,
  writeDone: "đã tạo",
  editColumns: "Sửa",
  closeColumns: "Xong",
  mappedColumns: (count: string) => `${count} cột đã nhận`,
  checkAgain: "Kiểm tra lại",
  findings: "Các phát hiện: mũi tên lên/xuống để chuyển dòng",
  cellIn: (sheet: string, cell: string) => `Trang ${sheet}, ô ${cell}`,
  sheetInFile: (file: string, sheet: string) => `Tệp ${file}, trang ${sheet}`,
  cellInFile: (file: string, sheet: string, cell: string) => `Tệp ${file}, trang ${sheet}, ô ${cell}`,
};

export type FlowStrings = typeof vi;

const en: FlowStrings = {
  actionBar: "Main action",
  blocking: (count) => `${count} errors block the appendix.`,
  sourceStatus: (tables) => `${tables} ${tables === "1" ? "table" : "tables"}`,
  checkStatus: (errors, warnings) => `${errors} errors, ${warnings} warnings`,
  checkClean: "no errors",
  planStatus: (households) => `${households} households out`,
  writeDone: "written",
  editColumns: "Edit",
  closeColumns: "Done",
  mappedColumns: (count) => `${count} columns recognised`,
  checkAgain: "Check again",
  findings: "Findings: up and down arrows move between them",
  cellIn: (sheet, cell) => `Sheet ${sheet}, cell ${cell}`,
  sheetInFile: (file, sheet) => `File ${file}, sheet ${sheet}`,
  cellInFile: (file, sheet, cell) => `File ${file}, sheet ${sheet}, cell ${cell}`,
};

export const FLOW_STRINGS: Record<Lang, FlowStrings> = { vi, en };
