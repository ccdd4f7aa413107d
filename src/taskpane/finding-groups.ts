/**
 * Many findings of one rule in one column (eight projections that differ, eight plan rates) read
 * as one line, "Cột N: 8 dòng lệch", which opens to its rows: the officer sees what kinds of
 * problems there are before the rows. A group stands where its first finding stood.
 */
import type { Issue } from "../engine";

export interface KeyedIssue {
  issue: Issue;
  key: string;
}

export type FindingEntry =
  | { kind: "one"; finding: KeyedIssue }
  | { kind: "many"; key: string; column: string; findings: KeyedIssue[] };

/** Fewer than this many are listed one by one. */
export const GROUP_FROM = 3;

/** The column letters of a finding's cell ("N" of "N12"), or null for a whole sheet. */
function columnOf(issue: Issue): string | null {
  return issue.cell === null ? null : (/^[A-Z]+/.exec(issue.cell)?.[0] ?? null);
}

export function groupFindings(findings: KeyedIssue[]): FindingEntry[] {
  const byRule = new Map<string, KeyedIssue[]>();
  const ruleOf = ({ issue }: KeyedIssue) => {
    const column = columnOf(issue);
    return column === null ? null : `${issue.code}|${issue.sheet}|${column}`;
  };
  for (const finding of findings) {
    const rule = ruleOf(finding);
    if (rule !== null) byRule.set(rule, [...(byRule.get(rule) ?? []), finding]);
  }
  const entries: FindingEntry[] = [];
  for (const finding of findings) {
    const rule = ruleOf(finding);
    const members = rule === null ? [] : (byRule.get(rule) ?? []);
    if (members.length < GROUP_FROM) entries.push({ kind: "one", finding });
    else if (members[0] === finding) entries.push({ kind: "many", key: `group|${rule}`, column: columnOf(finding.issue) ?? "", findings: members });
  }
  return entries;
}

/** Whether every finding of a group says what the figure should have been. */
export function allDiffer(findings: KeyedIssue[]): boolean {
  return findings.every(({ issue }) => issue.expected !== null);
}
