/**
 * One line of the findings list: inside Excel a button that takes the officer to the cell; on the
 * web page, where there is no cell to go to, the finding's sheet and cell, its unit, column, value
 * and expected value as separate fields, then what the rule says. A finding that follows from another
 * cell's error names that cell as a field too ("Nguyên nhân"), inside Excel as a link to it. A group of
 * many findings of one rule is a line that opens to them.
 */
import { Button, Link, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { causeWrong, findingValue, formatNumber, WHOLE_PLAN, type Issue, type Lang } from "../../engine";
import { placeIn } from "../pane-analysis";
import { FLOW_STRINGS } from "../flow-strings";
import { FINDINGS_STRINGS } from "../findings-strings";
import { allDiffer, type KeyedIssue } from "../finding-groups";
import { STRINGS } from "../strings";
import type { Pane } from "../use-pane";
import { useLayoutStyles } from "./layout";

const useStyles = makeStyles({
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
  fields: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalXXS} 0`,
  },
  // dt and dd in one wrapper per field, laid out by the list's grid.
  pair: { display: "contents" },
  name: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
  members: { paddingLeft: tokens.spacingHorizontalL },
  cause: { display: "block", padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}` },
  // The sign that the line opens, drawn with an empty alternative text: screen readers hear
  // aria-expanded, and the line's name stays "Cột N: 8 dòng lệch".
  closed: { "::before": { content: '"▸ " / ""' } },
  opened: { "::before": { content: '"▾ " / ""' } },
});

export interface ItemProps {
  pane: Pane;
  excel: boolean;
  tabStop: string | null | undefined;
}

/** The key of the link to a finding's cause, walked with the arrow keys after the finding. */
export const causeFindingKey = (key: string): string => `${key}|cause`;

/** Where a finding is on the web page; with several files, in which file, as districts mostly send "Sheet1". */
function pagePlace(issue: Issue, lang: Lang): string {
  const f = FLOW_STRINGS[lang];
  const { source, cell } = issue;
  if (source) return cell === null ? f.sheetInFile(source.file, source.sheet) : f.cellInFile(source.file, source.sheet, cell);
  return cell === null ? wholeSheet(issue, lang) : f.cellIn(issue.sheet, cell);
}

/** A finding about a whole sheet, or about the plan of several tables, which is on none of their sheets. */
const wholeSheet = (issue: Issue, lang: Lang) => (issue.sheet === WHOLE_PLAN ? STRINGS[lang].wholePlan : STRINGS[lang].wholeSheet(issue.sheet));

/** "K17 (Số hộ nghèo) sai", or null for a finding that follows from no other cell. */
function causeText(pane: Pane, issue: Issue): string | null {
  return issue.cause === undefined ? null : causeWrong(issue.cause, placeIn(pane.analysis, issue, pane.lang).causeColumn, pane.lang);
}

/** The unit, column, value, expected value and cause a finding has, as a list of named fields. */
function Fields({ issue, pane }: { issue: Issue; pane: Pane }) {
  const styles = useStyles();
  const { lang, analysis } = pane;
  const w = FINDINGS_STRINGS[lang];
  const { unit, column } = placeIn(analysis, issue, lang);
  const fields: [string, string | null][] = [
    [w.unit, unit],
    [w.column, column],
    [w.value, findingValue(issue, issue.actual, lang)],
    [w.expected, findingValue(issue, issue.expected, lang)],
    [w.cause, causeText(pane, issue)],
  ];
  const known = fields.filter((field): field is [string, string] => field[1] !== null);
  if (known.length === 0) return null;
  return (
    <dl className={styles.fields}>
      {known.map(([name, value]) => (
        <div key={name} className={styles.pair}>
          <dt className={styles.name}>{name}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function FindingItem({ finding: { issue, key }, pane, excel, tabStop }: ItemProps & { finding: KeyedIssue }) {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const { lang, state } = pane;
  if (!excel) {
    return (
      <li className={styles.item}>
        <span className={styles.where}>{pagePlace(issue, lang)}</span>
        <Fields issue={issue} pane={pane} />
        <span className={layout.hint}>{issue.message[lang]}</span>
      </li>
    );
  }
  const content = (
    <>
      <span className={styles.where}>{issue.cell === null ? wholeSheet(issue, lang) : `${issue.sheet}!${issue.cell}`}</span>
      {issue.message[lang]}
    </>
  );
  const cause = causeText(pane, issue);
  const causeKey = causeFindingKey(key);
  return (
    <li>
      {issue.cell === null ? (
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
      {cause !== null && (
        // Beside the finding's button, not in it: a link inside a button is not reachable on its own.
        <Link
          as="button"
          data-finding={causeKey}
          tabIndex={causeKey === tabStop ? 0 : -1}
          className={styles.cause}
          onClick={() => pane.selectIssue({ ...issue, cell: issue.cause ?? null }, causeKey)}
        >
          {`${FINDINGS_STRINGS[lang].cause}: ${cause}`}
        </Link>
      )}
    </li>
  );
}

interface GroupProps extends ItemProps {
  groupKey: string;
  column: string;
  findings: KeyedIssue[];
  open: boolean;
  onToggle(): void;
}

export function FindingGroupItem({ groupKey, column, findings, open, onToggle, ...item }: GroupProps) {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const { lang, analysis } = item.pane;
  const w = FINDINGS_STRINGS[lang];
  const first = findings[0].issue;
  const field = placeIn(analysis, first, lang).column;
  return (
    <li>
      <Button
        appearance="subtle"
        data-finding={groupKey}
        tabIndex={groupKey === item.tabStop ? 0 : -1}
        aria-expanded={open}
        className={styles.item}
        onClick={onToggle}
      >
        <span className={mergeClasses(styles.where, open ? styles.opened : styles.closed)}>{w.columnRows(column, formatNumber(findings.length, lang), allDiffer(findings))}</span>
        {field ?? first.sheet}
      </Button>
      {open && (
        <ul className={mergeClasses(layout.list, styles.members)}>
          {findings.map((finding) => (
            <FindingItem key={finding.key} finding={finding} {...item} />
          ))}
        </ul>
      )}
    </li>
  );
}
