/** A labelled number input that keeps what the officer types and reports only readable numbers. */
import { useState } from "react";
import { Field, Input, makeStyles } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import { inputText, parseNumber, type NumberKind } from "../numbers";
import { STRINGS } from "../strings";

// An <input> is about 20 characters wide by itself; three of these share a 350 px row.
const useStyles = makeStyles({
  field: { minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
});

interface Props {
  label: string;
  value: number | null;
  kind: NumberKind;
  lang: Lang;
  /**
   * What an empty field means (the table's value or the default), said under the empty field: a
   * greyed number inside it would look like one already typed.
   */
  emptyMeans?: string;
  min?: number;
  onChange(value: number | null): void;
}

export function NumberField({ label, value, kind, lang, emptyMeans, min, onChange }: Props) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const [draft, setDraft] = useState({ text: inputText(value, lang), value, lang });
  const read = (text: string, inLang: Lang) => {
    const parsed = parseNumber(text, kind, inLang);
    return parsed !== null && parsed !== undefined && min !== undefined && parsed < min ? undefined : parsed;
  };
  if (draft.value !== value || draft.lang !== lang) {
    // Changed from outside (settings loaded, language switched): show the new value.
    const unchanged = draft.lang === lang && read(draft.text, lang) === value;
    setDraft({ text: unchanged ? draft.text : inputText(value, lang), value, lang });
  }
  const invalid = read(draft.text, lang) === undefined;
  const message = min !== undefined && parseNumber(draft.text, kind, lang) !== undefined ? t.atLeast(String(min)) : kind === "decimal" ? t.notDecimal : t.notWhole;
  return (
    <Field
      className={styles.field}
      label={label}
      hint={draft.text === "" ? emptyMeans : undefined}
      validationState={invalid ? "error" : "none"}
      validationMessage={invalid ? message : undefined}
    >
      <Input
        className={styles.input}
        input={{ className: styles.input }}
        value={draft.text}
        inputMode={kind === "decimal" ? "decimal" : "numeric"}
        onChange={(_, data) => {
          const parsed = read(data.value, lang);
          const next = parsed === undefined ? value : parsed;
          setDraft({ text: data.value, value: next, lang });
          if (next !== value) onChange(next);
        }}
      />
    </Field>
  );
}
