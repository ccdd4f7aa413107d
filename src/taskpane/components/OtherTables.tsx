/** The sheets holding a table that the chosen scope (active sheet, selection) leaves out, and the way to read them all. */
import { Button, Text } from "@fluentui/react-components";
import { formatNumber } from "../../engine";
import type { WorkbookHost } from "../host";
import { SHEETS_STRINGS } from "../sheets-strings";
import { useOtherTables } from "../use-other-tables";
import type { Pane } from "../use-pane";
import { useLayoutStyles } from "./layout";

export function OtherTables({ host, pane }: { host: WorkbookHost; pane: Pane }) {
  const layout = useLayoutStyles();
  const otherTables = useOtherTables(host, pane.state);
  const { lang } = pane;
  if (otherTables.length === 0) return null;
  const s = SHEETS_STRINGS[lang];
  return (
    <div className={layout.row}>
      <Text>{s.otherTables(formatNumber(otherTables.length, lang), otherTables.join(", "))}</Text>
      <Button size="small" onClick={() => pane.dispatch({ type: "setScope", scope: "all" })}>
        {s.readAll}
      </Button>
    </div>
  );
}
