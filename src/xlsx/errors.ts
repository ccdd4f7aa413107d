/** Host failures of the .xlsx adapter, each with a code callers can branch on. */

export type XlsxFileErrorCode = "unreadable" | "write-failed";

export class XlsxFileError extends Error {
  readonly code: XlsxFileErrorCode;
  /** The file concerned, when there is one (the browser reads buffers without a path). */
  readonly file?: string;

  constructor(code: XlsxFileErrorCode, message: string, options: { file?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "XlsxFileError";
    this.code = code;
    this.file = options.file;
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
