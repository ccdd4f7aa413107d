/** Files mode's source: the officer's .xlsx files, read in the browser and never sent anywhere. */
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Text, useId } from "@fluentui/react-components";
import type { FilesWorkbookHost } from "../host";
import { STRINGS } from "../strings";
import type { Pane } from "../use-pane";
import { FileButton } from "./FileButton";
import { useLayoutStyles } from "./layout";

const useStyles = makeStyles({
  line: { display: "flex", alignItems: "flex-start", gap: "8px" },
  file: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
});

export function FilePicker({ host, pane }: { host: FilesWorkbookHost; pane: Pane }) {
  const layout = useLayoutStyles();
  const styles = useStyles();
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
            <li key={file.name} className={styles.line}>
              {/* The file's sheets belong under its name; the remove button closes the line. */}
              <div className={styles.file}>
                <Text weight="semibold">{file.name}</Text>
                {file.sheets.length > 0 && <Caption1 className={layout.hint}>{t.fileSheets(file.sheets.join(", "))}</Caption1>}
              </div>
              <Button size="small" appearance="subtle" icon={<span aria-hidden="true">×</span>} aria-label={t.removeFile(file.name)} onClick={() => pane.removeFile(file.name)} />
            </li>
          ))}
        </ul>
      )}
      {files.length > 1 && <Caption1>{t.severalFiles}</Caption1>}
    </>
  );
}
