/** Step 2: the findings grouped by severity; choosing one takes the officer to its cell. */
import { useState } from "react";
import { Badge, Button, Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { formatNumber, type Issue, type Severity } from "../../engine";
import type { WorkbookHost } from "../host";
import { STRINGS } from "../strings";
import type { Pane } from "../use-pane";
import { Failure } from "./Failure";
import { useLayoutStyles } from "./layout";

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const BADGE_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;
/** Findings shown at first per group: a large province can have thousands. */
const PAGE = 50;

const useStyles = makeStyles({
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
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
  selected: { backgroundColor: tokens.colorBrandBackground2, outline: `1px solid ${tokens.colorBrandStroke1}` },
  where: { display: "block", fontWeight: tokens.fontWeightSemibold },
});

function issueKey(issue: Issue): string {
  return `${issue.code}|${issue.sheet}|${issue.cell ?? ""}`;
}

export function CheckStep({ host, pane }: { host: WorkbookHost; pane: Pane }) {
  const layout = useLayoutStyles();
  const { analysis, lang, state } = pane;
  const t = STRINGS[lang];
  if (analysis.issues.length === 0) {
    return <Text>{analysis.tables.length === 0 ? t.checkNoData : t.noIssues}</Text>;
  }
  return (
    <div className={layout.stack}>
      <Caption1 className={layout.hint}>{host.kind === "excel" ? t.checkHintExcel : t.checkHintFiles}</Caption1>
      {state.failure?.action === "select" && <Failure title={t.selectFailed} error={state.failure.error} lang={lang} />}
      {SEVERITIES.map((severity) => {
        const issues = analysis.issues.filter((issue) => issue.severity === severity);
        return issues.length > 0 && <IssueGroup key={severity} severity={severity} issues={issues} pane={pane} />;
      })}
    </div>
  );
}

function IssueGroup({ severity, issues, pane }: { severity: Severity; issues: Issue[]; pane: Pane }) {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const [shown, setShown] = useState(PAGE);
  const { lang, state } = pane;
  const t = STRINGS[lang];
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
        {issues.slice(0, shown).map((issue, index) => {
          const key = issueKey(issue);
          const where = issue.cell === null ? t.wholeSheet(issue.sheet) : `${issue.sheet}!${issue.cell}`;
          const content = (
            <>
              <span className={styles.where}>{where}</span>
              {issue.message[lang]}
            </>
          );
          return (
            <li key={`${key}|${index}`}>
              {issue.cell === null ? (
                <div className={styles.item}>{content}</div>
              ) : (
                <Button
                  appearance="subtle"
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
