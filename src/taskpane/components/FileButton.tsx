/** A button that opens the browser's file chooser for .xlsx files; the input itself carries the label too. */
import { useRef } from "react";
import { Button } from "@fluentui/react-components";

const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

interface Props {
  label: string;
  disabled?: boolean;
  /** Id of the text that says why the button is disabled or what it does. */
  describedBy?: string;
  onFiles(files: File[]): void;
}

export function FileButton({ label, disabled, describedBy, onFiles }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        multiple
        accept={XLSX_ACCEPT}
        aria-label={label}
        hidden
        disabled={disabled}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared so that choosing the same file again (after fixing it) fires a change.
          event.target.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
      <Button disabledFocusable={disabled} aria-describedby={describedBy} onClick={() => input.current?.click()}>
        {label}
      </Button>
    </>
  );
}
