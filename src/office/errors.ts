/** Host failures (not validation findings): each has a code and the officer-facing text in both languages. */

export type OfficeHostErrorCode =
  | "write-failed"
  | "import-unsupported"
  | "import-failed"
  | "import-too-large"
  | "sheet-not-found"
  | "selection-multiple-areas"
  | "settings-save-failed";

export interface HostErrorText {
  vi: string;
  en: string;
}

export class OfficeHostError extends Error {
  readonly code: OfficeHostErrorCode;
  /** What to tell the officer, in Vietnamese and English; `message` is the English text. */
  readonly text: HostErrorText;

  constructor(code: OfficeHostErrorCode, text: HostErrorText, cause?: unknown) {
    super(text.en, cause === undefined ? undefined : { cause });
    this.name = "OfficeHostError";
    this.code = code;
    this.text = text;
  }
}

/** The host's own message, for the English text of a wrapped failure. */
export function describeCause(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
