/**
 * Step 2: the findings grouped by severity, many of one rule in one column as one line that opens
 * to them. Inside Excel choosing a finding takes the officer to its cell; on the web page each
 * shows its sheet, cell, unit, column and values. The lines are one Tab stop walked with the
 * arrow keys.
 */
import { type KeyboardEvent, useState } from "react";
import { Badge, Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { formatNumber, type Issue, type Severity } from "../../engine";
import { groupFindings, type FindingEntry, type KeyedIssue } from "../finding-groups";
import { FLOW_STRINGS } from "../flow-strings";
import type { WorkbookHost } from "../host";
import { STRINGS } from "../strings";
import type { Pane } from "../use-pane";
import { Failure } from "./Failure";
import { causeFindingKey, FindingGroupItem, FindingItem } from "./FindingItem";
import { useLayoutStyles } from "./layout";

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const BADGE_COLOR = {
  error: "danger",
  warning: "warning",
  info: "informative",
} as const;
/** Lines shown at first per severity: a large province can have thousands. */
const PAGE = 50;

const useStyles = makeStyles({
  heading: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
});

function issueKey(issue: Issue, index: number): string {
  return `${issue.code}|${issue.sheet}|${issue.cell ?? ""}|${index}`;
}

const FINDING = "[data-finding]";

/** Up and Down (Home, End) move the focus between the findings, which leave one Tab stop among them. */
function moveFocus(event: KeyboardEvent<HTMLElement>): void {
  const steps: Record<string, (at: number, last: number) => number> = {
    ArrowDown: (at, last) => Math.min(at + 1, last),
    ArrowUp: (at) => Math.max(at - 1, 0),
    Home: () => 0,
    End: (_, last) => last,
  };
  const step = steps[event.key];
  if (!step) return;
  const findings = [...event.currentTarget.querySelectorAll<HTMLElement>(FINDING)];
  const at = findings.indexOf(document.activeElement as HTMLElement);
  if (at < 0) return;
  event.preventDefault();
  findings[step(at, findings.length - 1)].focus();
}

/** The keys of the lines that take the focus, in order: groups, and inside Excel the findings with a cell and the links to their causes. */
function focusable(entries: FindingEntry[], open: Set<string>, excel: boolean): string[] {
  const one = ({ issue, key }: KeyedIssue) => (!excel ? [] : [...(issue.cell !== null ? [key] : []), ...(issue.cause !== undefined ? [causeFindingKey(key)] : [])]);
  return entries.flatMap((entry) =>
    entry.kind === "one" ? one(entry.finding) : [entry.key, ...(open.has(entry.key) ? entry.findings.flatMap(one) : [])],
  );
}

export function CheckStep({ host, pane }: { host: WorkbookHost; pane: Pane }) {
  const layout = useLayoutStyles();
  const { analysis, lang, state } = pane;
  const t = STRINGS[lang];
  const f = FLOW_STRINGS[lang];
  // The line that holds the Tab stop: the last one focused, else the first.
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const checkAgain = (
    <div>
      <Button size="small" disabled={state.busy !== null} onClick={() => pane.dispatch({ type: "recheck" })}>
        {f.checkAgain}
      </Button>
    </div>
  );
  if (analysis.issues.length === 0) {
    return (
      <div className={layout.stack}>
        <Text>{analysis.tables.length === 0 ? t.checkNoData : t.noIssues}</Text>
        {analysis.tables.length > 0 && checkAgain}
      </div>
    );
  }
  const excel = host.kind === "excel";
  const keyed = analysis.issues.map((issue, index) => ({ issue, key: issueKey(issue, index) }));
  const bySeverity = SEVERITIES.map((severity) => ({
    severity,
    count: keyed.filter(({ issue }) => issue.severity === severity).length,
    entries: groupFindings(keyed.filter(({ issue }) => issue.severity === severity)),
  }));
  const keys = focusable(
    bySeverity.flatMap(({ entries }) => entries),
    open,
    excel,
  );
  const tabStop = focusKey !== null && keys.includes(focusKey) ? focusKey : keys[0];
  const toggle = (key: string) => {
    const next = new Set(open);
    if (!next.delete(key)) next.add(key);
    setOpen(next);
  };
  return (
    <div className={layout.stack}>
      <Caption1 className={layout.hint}>{excel ? t.checkHintExcel : t.checkHintFiles}</Caption1>
      {checkAgain}
      {state.failure?.action === "select" && <Failure title={t.selectFailed} error={state.failure.error} lang={lang} />}
      <div
        role="group"
        aria-label={f.findings}
        className={layout.stack}
        onKeyDown={moveFocus}
        onFocus={(event) => {
          const key = (event.target as HTMLElement).dataset.finding;
          if (key) setFocusKey(key);
        }}
      >
        {bySeverity.map(
          ({ severity, count, entries }) =>
            count > 0 && (
              <SeverityGroup key={severity} severity={severity} count={count} entries={entries} pane={pane} excel={excel} tabStop={tabStop} open={open} onToggle={toggle} />
            ),
        )}
      </div>
    </div>
  );
}

interface GroupProps {
  severity: Severity;
  count: number;
  entries: FindingEntry[];
  pane: Pane;
  excel: boolean;
  tabStop: string | undefined;
  open: Set<string>;
  onToggle(key: string): void;
}

function SeverityGroup({ severity, count, entries, pane, excel, tabStop, open, onToggle }: GroupProps) {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const [shown, setShown] = useState(PAGE);
  const { lang } = pane;
  const t = STRINGS[lang];
  const more = entries.length - shown;
  const item = { pane, excel, tabStop };
  return (
    <section>
      <Text as="h3" weight="semibold" className={styles.heading}>
        {t.severity[severity]}
        <Badge appearance="filled" color={BADGE_COLOR[severity]}>
          {formatNumber(count, lang)}
        </Badge>
      </Text>
      <ul className={layout.list}>
        {entries.slice(0, shown).map((entry) =>
          entry.kind === "one" ? (
            <FindingItem key={entry.finding.key} finding={entry.finding} {...item} />
          ) : (
            <FindingGroupItem
              key={entry.key}
              groupKey={entry.key}
              column={entry.column}
              findings={entry.findings}
              open={open.has(entry.key)}
              onToggle={() => onToggle(entry.key)}
              {...item}
            />
          ),
        )}
      </ul>
      {more > 0 && (
        <Button size="small" onClick={() => setShown(shown + PAGE)}>
          {t.showMore(formatNumber(Math.min(PAGE, more), lang))}
        </Button>
      )}
    </section>
  );
}
