/** While the files host reads or writes: how many rows so far, and a way to stop. */
import { Button, Caption1 } from "@fluentui/react-components";
import { formatNumber } from "../../engine";
import type { WorkbookHost } from "../host";
import { STRINGS } from "../strings";
import type { Pane } from "../use-pane";
import { useLayoutStyles } from "./layout";

export function WorkProgress({ host, pane }: { host: WorkbookHost; pane: Pane }) {
  const layout = useLayoutStyles();
  const { rows } = pane.state;
  const t = STRINGS[pane.lang];
  // Excel's own calls cannot be stopped half way.
  if (host.kind !== "files") return null;
  const count = rows && formatNumber(rows.rows, pane.lang) + (rows.total === undefined ? "" : `/${formatNumber(rows.total, pane.lang)}`);
  return (
    <div className={layout.row}>
      {rows && count && <Caption1>{rows.phase === "reading" ? t.rowsRead(count) : t.rowsWriting(count)}</Caption1>}
      <Button size="small" onClick={() => pane.cancel()}>
        {t.cancel}
      </Button>
    </div>
  );
}
