/** Host failures of the .xlsx adapter, each with a code callers can branch on. */

export type XlsxFileErrorCode = "unreadable" | "write-failed" | "too-large" | "same-as-input" | "not-a-file";

/** A message in both languages: Vietnamese is the default, English with --lang en or when asked. */
export interface XlsxText {
  vi: string;
  en: string;
}

export class XlsxFileError extends Error {
  readonly code: XlsxFileErrorCode;
  /** What to tell the officer; `message` is the Vietnamese text. */
  readonly text: XlsxText;
  /** The file concerned, when there is one (the browser reads buffers without a path). */
  readonly file?: string;
  /** For "too-large": the limit that was passed, as listed in the README's "Limits". */
  readonly limit?: string;

  constructor(code: XlsxFileErrorCode, text: XlsxText, options: { file?: string; cause?: unknown; limit?: string } = {}) {
    super(text.vi, { cause: options.cause });
    this.name = "XlsxFileError";
    this.code = code;
    this.text = text;
    this.file = options.file;
    this.limit = options.limit;
  }
}

/** Misuse of the writer: a layout that cannot be written as given. */
export class XlsxLayoutError extends Error {
  readonly code = "invalid-layout";

  constructor(message: string) {
    super(message);
    this.name = "XlsxLayoutError";
  }
}
