/** Files mode's source: the officer's .xlsx files, read in the browser and never sent anywhere. */
import { Button, Caption1, MessageBar, MessageBarBody, Text, useId } from "@fluentui/react-components";
import type { FilesWorkbookHost } from "../host";
import { STRINGS } from "../strings";
import type { Pane } from "../use-pane";
import { FileButton } from "./FileButton";
import { useLayoutStyles } from "./layout";

export function FilePicker({ host, pane }: { host: FilesWorkbookHost; pane: Pane }) {
  const layout = useLayoutStyles();
  const hintId = useId("pick-hint");
  const { lang, state } = pane;
  const t = STRINGS[lang];
  const files = host.files();
  return (
    <>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t.privacy}</MessageBarBody>
      </MessageBar>
      <div>
        <FileButton
          label={t.pickFiles}
          disabled={state.busy !== null}
          describedBy={hintId}
          onFiles={(picked) => void pane.importFiles(picked)}
        />
      </div>
      <Caption1 id={hintId} className={layout.hint}>
        {t.pickHint}
      </Caption1>
      {files.length === 0 ? (
        <Text>{t.noFiles}</Text>
      ) : (
        <ul className={layout.list}>
          {files.map((file) => (
            <li key={file.name} className={layout.row}>
              <Text weight="semibold">{file.name}</Text>
              <Button size="small" appearance="subtle" aria-label={t.removeFile(file.name)} onClick={() => pane.removeFile(file.name)}>
                ×
              </Button>
              {file.sheets.length > 0 && <Caption1 className={layout.hint}>{file.sheets.join(", ")}</Caption1>}
            </li>
          ))}
        </ul>
      )}
      {files.length > 1 && <Caption1>{t.severalFiles}</Caption1>}
    </>
  );
}
