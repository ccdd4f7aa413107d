/** Step 1: where the data comes from, and the tables found in it with their column mapping. */
import { lazy, Suspense } from "react";
import { Button, Caption1, Field, Radio, RadioGroup, Spinner, Text, useId } from "@fluentui/react-components";
import { formatNumber } from "../../engine";
import { sheetsArrived, type WorkbookHost } from "../host";
import type { ScopeKind } from "../settings";
import { STRINGS } from "../strings";
import type { Pane } from "../use-pane";
import { FileButton } from "./FileButton";
import { useLayoutStyles } from "./layout";

// The web page's picker, which the pane inside Excel never shows.
const FilePicker = lazy(() => import(/* webpackChunkName: "files" */ "./FilePicker").then((m) => ({ default: m.FilePicker })));
// Inside Excel, when the officer chose the active sheet or the selection: the tables left out. Its own
// chunk, as it detects tables with the engine, which the web page's thread never loads.
const OtherTables = lazy(() => import(/* webpackChunkName: "other-tables" */ "./OtherTables").then((m) => ({ default: m.OtherTables })));
const ReadLeftOut = lazy(() => import(/* webpackChunkName: "steps" */ "./ReadLeftOut").then((m) => ({ default: m.ReadLeftOut })));
// A failed read, with Fluent's message bar: rare, and the message bar is large for a first download.
const Failure = lazy(() => import(/* webpackChunkName: "steps" */ "./Failure").then((m) => ({ default: m.Failure })));
// Rows read and Cancel: the web page's alone (Excel's own calls cannot be stopped).
const WorkProgress = lazy(() => import(/* webpackChunkName: "files" */ "./WorkProgress").then((m) => ({ default: m.WorkProgress })));
// Only once a table is found: with the column lists, the larger part of this step.
const TableCard = lazy(() => import(/* webpackChunkName: "steps" */ "./TableCard").then((m) => ({ default: m.TableCard })));

export function SourceStep({ host, pane }: { host: WorkbookHost; pane: Pane }) {
  const layout = useLayoutStyles();
  const { state, lang, analysis } = pane;
  const t = STRINGS[lang];
  const { failure, busy } = state;
  const { overrides, appendixSheets } = state.settings;
  const skipped = state.grids.filter((grid) => appendixSheets.includes(grid.sheet)).map((grid) => grid.sheet);
  return (
    <div className={layout.stack}>
      {host.kind === "excel" ? (
        <ExcelSource host={host} pane={pane} />
      ) : (
        <Suspense fallback={<Spinner size="tiny" />}>
          <FilePicker host={host} pane={pane} />
        </Suspense>
      )}
      {busy && <Spinner size="tiny" labelPosition="after" label={busy === "reading" ? t.reading : t.importing} />}
      {busy && host.kind === "files" && (
        <Suspense fallback={null}>
          <WorkProgress host={host} pane={pane} />
        </Suspense>
      )}
      {(failure?.action === "read" || failure?.action === "import") && (
        <Suspense fallback={null}>
          <Failure title={failure.action === "read" ? t.readFailed : t.importFailed} error={failure.error} lang={lang} />
        </Suspense>
      )}
      {failure?.action === "import" && host.kind === "excel" && <ReadArrived sheets={sheetsArrived(failure.error)} pane={pane} />}
      {state.readLeftOut.length > 0 && (
        <Suspense fallback={null}>
          <ReadLeftOut notes={state.readLeftOut} lang={lang} />
        </Suspense>
      )}
      <Text role="status">{t.tablesFound(analysis.tables.length, formatNumber(analysis.tables.length, lang))}</Text>
      {host.kind === "excel" && (
        <Suspense fallback={null}>
          <OtherTables host={host} pane={pane} />
        </Suspense>
      )}
      <Suspense fallback={<Spinner size="tiny" />}>
        {analysis.tables.map((table) => (
          <TableCard key={`${table.sheet}:${table.headerTop}`} table={table} pane={pane} />
        ))}
        {analysis.incomplete.map((table) => (
          <TableCard key={`${table.sheet}:${table.headerTop}`} table={table} pane={pane} />
        ))}
      </Suspense>
      {overrides.length > 0 && (
        <div>
          <Button size="small" onClick={() => pane.dispatch({ type: "resetOverrides" })}>
            {t.resetColumns}
          </Button>
        </div>
      )}
      {skipped.length > 0 && <Caption1 className={layout.hint}>{t.skippedAppendix(skipped.join(", "))}</Caption1>}
    </div>
  );
}

function ExcelSource({ host, pane }: { host: Extract<WorkbookHost, { kind: "excel" }>; pane: Pane }) {
  const layout = useLayoutStyles();
  const hintId = useId("import-hint");
  const { state, lang } = pane;
  const t = STRINGS[lang];
  const { scope, importedSheets } = state.settings;
  const scopes: [ScopeKind, string][] = [
    ["active", t.scopeActive],
    ["selection", t.scopeSelection],
    ["all", t.scopeAll],
  ];
  if (importedSheets.length > 0) scopes.push(["imported", t.scopeSheets(formatNumber(importedSheets.length, lang))]);
  const { canImport } = host;
  return (
    <>
      <Field label={t.scopeLabel}>
        <RadioGroup value={scope} onChange={(_, data) => pane.dispatch({ type: "setScope", scope: data.value as ScopeKind })}>
          {scopes.map(([value, label]) => (
            <Radio key={value} value={value} label={label} />
          ))}
        </RadioGroup>
      </Field>
      <div className={layout.row}>
        <Button disabled={state.busy !== null} onClick={() => pane.dispatch({ type: "sourcesChanged" })}>
          {t.readAgain}
        </Button>
        <FileButton
          label={t.importButton}
          disabled={!canImport.ok || state.busy !== null}
          describedBy={hintId}
          onFiles={(files) => void pane.importFiles(files)}
        />
      </div>
      <Caption1 id={hintId} className={layout.hint}>
        {canImport.ok ? t.importHint : canImport.reason[lang]}
      </Caption1>
    </>
  );
}

/** After an import that failed but inserted sheets: reading them is one click away. */
function ReadArrived({ sheets, pane }: { sheets: string[]; pane: Pane }) {
  const t = STRINGS[pane.lang];
  if (sheets.length === 0) return null;
  return (
    <div>
      <Button appearance="primary" onClick={() => pane.dispatch({ type: "imported", sheets })}>
        {t.readArrived(sheets.join(", "))}
      </Button>
    </div>
  );
}
