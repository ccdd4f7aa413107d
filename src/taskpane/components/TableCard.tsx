/**
 * One table found: its sheet and unit count, how many columns were recognised, and (on "Sửa") its
 * columns with a field for each. A table still missing a required column shows what is missing, with
 * its columns open to assign it.
 */
import { useMemo, useState } from "react";
import { Badge, Button, Caption1, Card, makeStyles, Select, Text, tokens, useId } from "@fluentui/react-components";
import { FIELD_LABELS, FIELDS, type Field, formatNumber, type IncompleteTable } from "../../engine";
import { FLOW_STRINGS } from "../flow-strings";
import type { TableSummary } from "../pane-analysis";
import { STRINGS } from "../strings";
import { tableColumns, type TableColumn } from "../table-columns";
import type { Pane } from "../use-pane";
import { useLayoutStyles } from "./layout";

/** The "(ignore)" option's value: no field is called that. */
const IGNORE = "ignore";

const useStyles = makeStyles({
  // The field list sits under its column's header, full width, so long field names are not cut at 350 px.
  column: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
  },
  select: { minWidth: 0 },
  summary: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  missing: { color: tokens.colorPaletteRedForeground1 },
});

export function TableCard({ table, pane }: { table: TableSummary | IncompleteTable; pane: Pane }) {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const missing = "missing" in table ? table.missing : [];
  const [open, setOpen] = useState(missing.length > 0);
  const listId = useId("columns");
  const { lang, state } = pane;
  const t = STRINGS[lang];
  const f = FLOW_STRINGS[lang];
  const { overrides } = state.settings;
  const columns = useMemo(() => tableColumns(table, state.grids, overrides), [table, state.grids, overrides]);
  return (
    <Card size="small">
      {"unitCount" in table ? (
        <>
          <Text weight="semibold">{t.tableSummary(table.sheet, formatNumber(table.unitCount, lang))}</Text>
          {table.titleUnit && <Caption1>{table.titleUnit}</Caption1>}
        </>
      ) : (
        <Text weight="semibold">{t.incompleteSummary(table.sheet)}</Text>
      )}
      {missing.map((field) => (
        <Text key={field} className={styles.missing}>
          {t.missingColumn(FIELD_LABELS[field][lang])}
        </Text>
      ))}
      <div className={styles.summary}>
        <Caption1>{f.mappedColumns(formatNumber(columns.filter((column) => column.field !== null).length, lang))}</Caption1>
        <Button size="small" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          {open ? f.closeColumns : f.editColumns}
        </Button>
      </div>
      {open && (
        <ul id={listId} className={layout.list}>
          {columns.map((column) => (
            <ColumnRow key={column.col} column={column} sheet={table.sheet} pane={pane} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function ColumnRow({ column, sheet, pane }: { column: TableColumn; sheet: string; pane: Pane }) {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const labelId = useId("column");
  const { lang } = pane;
  const t = STRINGS[lang];
  const own = column.header[column.header.length - 1];
  const groups = column.header.slice(0, -1).join(" › ");
  return (
    <li className={styles.column}>
      <div id={labelId}>
        <Text size={200} weight="semibold">
          {t.columnLabel(column.letter)}: {own}
        </Text>{" "}
        {column.corrected && (
          <Badge size="small" appearance="tint">
            {t.corrected}
          </Badge>
        )}
        {groups && (
          <>
            <br />
            <Caption1 className={layout.hint}>{groups}</Caption1>
          </>
        )}
      </div>
      {/* A native list: light enough for 15 columns × 10 tables, and at home in every Office webview. */}
      <Select
        size="small"
        className={styles.select}
        aria-labelledby={labelId}
        value={column.field ?? IGNORE}
        onChange={(_, data) =>
          pane.dispatch({
            type: "setOverride",
            override: { sheet, col: column.col, field: data.value === IGNORE ? null : (data.value as Field) },
          })
        }
      >
        <option value={IGNORE}>{t.ignoreField}</option>
        {FIELDS.map((field) => (
          <option key={field} value={field}>
            {FIELD_LABELS[field][lang]}
          </option>
        ))}
      </Select>
    </li>
  );
}
