/** Step 4: how the writing goes and what it made; the button that starts it is in the action bar. */
import { useEffect, useState } from "react";
import {
  Checkbox,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
} from "@fluentui/react-components";
import { formatNumber } from "../../engine";
import type { WorkbookHost, WriteOutcome } from "../host";
import { STRINGS, type Strings } from "../strings";
import type { Pane } from "../use-pane";
import { Failure } from "./Failure";
import { useLayoutStyles } from "./layout";
import { WorkProgress } from "./WorkProgress";

/** leftOut entries the adapters report, in the officer's words. */
const LEFT_OUT: Record<string, (t: Strings) => string> = { "print setup": (t) => t.leftOutPrintSetup, chart: (t) => t.leftOutChart };

export function WriteStep({ host, pane }: { host: WorkbookHost; pane: Pane }) {
  const layout = useLayoutStyles();
  const { analysis, lang, state } = pane;
  const t = STRINGS[lang];
  const { write } = state;
  if (!analysis.layout) return <Text>{t.noLayout}</Text>;
  const errors = analysis.issues.filter((issue) => issue.severity === "error").length;
  return (
    <div className={layout.stack}>
      <Checkbox
        label={t.checksSheet}
        checked={state.settings.checksSheet}
        onChange={(_, data) => pane.dispatch({ type: "setChecksSheet", checksSheet: data.checked === true })}
      />
      {errors > 0 && !state.writeAnyway && write.status === "idle" && <Text>{t.blockedByErrors(formatNumber(errors, lang))}</Text>}
      {write.status === "writing" && (
        <Field label={t.writing}>
          {/* No value until the host reports progress: an indeterminate bar. */}
          <ProgressBar value={write.progress > 0 ? write.progress : undefined} />
        </Field>
      )}
      {write.status === "writing" && <WorkProgress host={host} pane={pane} />}
      {write.status === "done" && <Written host={host} outcome={write.outcome} t={t} />}
      {write.status === "failed" && <Failure title={t.writeFailed} error={write.error} lang={lang} />}
      {state.failure?.action === "settings" && <Failure title={t.settingsFailed} error={state.failure.error} lang={lang} />}
    </div>
  );
}

function Written({ host, outcome, t }: { host: WorkbookHost; outcome: WriteOutcome; t: Strings }) {
  const { sheetName, checksSheet, leftOut, download } = outcome;
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{host.kind === "excel" ? t.doneExcel(sheetName) : t.doneFiles(sheetName)}</MessageBarTitle>
        {checksSheet && <div>{t.doneChecks(checksSheet)}</div>}
        {download && <DownloadLink fileName={download.fileName} blob={download.blob} t={t} />}
        {leftOut.length > 0 && (
          <div>
            {t.leftOut} {leftOut.map((part) => LEFT_OUT[part]?.(t) ?? part).join("; ")}
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The object URL lives as long as the link, so the workbook's memory is given back afterwards. */
function DownloadLink({ fileName, blob, t }: { fileName: string; blob: Blob; t: Strings }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const created = URL.createObjectURL(blob);
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [blob]);
  if (!url) return null;
  return (
    <div>
      <Link href={url} download={fileName}>
        {t.download(fileName)}
      </Link>
    </div>
  );
}
