/**
 * Step 2: the findings grouped by severity. Inside Excel choosing one takes the officer to its cell,
 * and all of them are one Tab stop walked with the arrow keys; on the web page, where there is no
 * cell to go to, each is plain text naming its sheet and cell.
 */
import { type KeyboardEvent, useState } from "react";
import { Badge, Button, Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { formatNumber, type Issue, type Severity } from "../../engine";
import { FLOW_STRINGS } from "../flow-strings";
import type { WorkbookHost } from "../host";
import { STRINGS } from "../strings";
import type { Pane } from "../use-pane";
import { Failure } from "./Failure";
import { useLayoutStyles } from "./layout";

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const BADGE_COLOR = {
  error: "danger",
  warning: "warning",
  info: "informative",
} as const;
/** Findings shown at first per group: a large province can have thousands. */
const PAGE = 50;

const useStyles = makeStyles({
  heading: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  item: {
    // border-box: a finding without a cell is a plain div, and its padding would add to 100 %.
    boxSizing: "border-box",
    width: "100%",
    minWidth: 0,
    display: "block",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `1px solid ${tokens.colorBrandStroke1}`,
  },
  where: { display: "block", fontWeight: tokens.fontWeightSemibold },
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

export function CheckStep({ host, pane }: { host: WorkbookHost; pane: Pane }) {
  const layout = useLayoutStyles();
  const { analysis, lang, state } = pane;
  const t = STRINGS[lang];
  const f = FLOW_STRINGS[lang];
  // The finding that holds the Tab stop: the last one focused, else the first.
  const [focusKey, setFocusKey] = useState<string | null>(null);
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
  const keyed = analysis.issues.map((issue, index) => ({
    issue,
    key: issueKey(issue, index),
  }));
  const tabStop = keyed.some(({ key }) => key === focusKey) ? focusKey : keyed.find(({ issue }) => issue.cell !== null)?.key;
  const excel = host.kind === "excel";
  return (
    <div className={layout.stack}>
      <Caption1 className={layout.hint}>{excel ? t.checkHintExcel : t.checkHintFiles}</Caption1>
      {checkAgain}
      {state.failure?.action === "select" && <Failure title={t.selectFailed} error={state.failure.error} lang={lang} />}
      <div
        role={excel ? "group" : undefined}
        aria-label={excel ? f.findings : undefined}
        className={layout.stack}
        onKeyDown={moveFocus}
        onFocus={(event) => {
          const key = (event.target as HTMLElement).dataset.finding;
          if (key) setFocusKey(key);
        }}
      >
        {SEVERITIES.map((severity) => {
          const issues = keyed.filter(({ issue }) => issue.severity === severity);
          return (
            issues.length > 0 && (
              <IssueGroup key={severity} severity={severity} issues={issues} pane={pane} excel={excel} tabStop={tabStop} />
            )
          );
        })}
      </div>
    </div>
  );
}

interface GroupProps {
  severity: Severity;
  issues: { issue: Issue; key: string }[];
  pane: Pane;
  excel: boolean;
  tabStop: string | null | undefined;
}

function IssueGroup({ severity, issues, pane, excel, tabStop }: GroupProps) {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const [shown, setShown] = useState(PAGE);
  const { lang, state } = pane;
  const t = STRINGS[lang];
  const f = FLOW_STRINGS[lang];
  const more = issues.length - shown;
  return (
    <section>
      <Text as="h3" weight="semibold" className={styles.heading}>
        {t.severity[severity]}
        <Badge appearance="filled" color={BADGE_COLOR[severity]}>
          {formatNumber(issues.length, lang)}
        </Badge>
      </Text>
      <ul className={layout.list}>
        {issues.slice(0, shown).map(({ issue, key }) => {
          const where =
            issue.cell === null ? t.wholeSheet(issue.sheet) : excel ? `${issue.sheet}!${issue.cell}` : f.cellIn(issue.sheet, issue.cell);
          const content = (
            <>
              <span className={styles.where}>{where}</span>
              {issue.message[lang]}
            </>
          );
          return (
            <li key={key}>
              {issue.cell === null || !excel ? (
                <div className={styles.item}>{content}</div>
              ) : (
                <Button
                  appearance="subtle"
                  data-finding={key}
                  tabIndex={key === tabStop ? 0 : -1}
                  className={mergeClasses(styles.item, state.selectedIssue === key && styles.selected)}
                  aria-current={state.selectedIssue === key ? "true" : undefined}
                  onClick={() => pane.selectIssue(issue, key)}
                >
                  {content}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {more > 0 && (
        <Button size="small" onClick={() => setShown(shown + PAGE)}>
          {t.showMore(formatNumber(Math.min(PAGE, more), lang))}
        </Button>
      )}
    </section>
  );
}
