/**
 * The officer's weights by unit name (--weights, the pane's list), where the table has no weight
 * column. Names are typed by hand: "Tân Long" for "Xã Tân Long", "Xã Hướng Tân" for "Xã Hướng Tân
 * (xã ĐBKK)", "xa tan hop" without marks. A name that is not the unit's own is matched only when one
 * unit alone fits it, and the officer is told which; "Ia Băng" and "Ia Bang" are two communes, so
 * the marks are dropped last.
 */
import { type Issue, makeIssue } from "../findings";
import { fold, nameKey, tidy } from "../cells";
import type { TargetRow } from "./targets";

/** "Xã", "Thị trấn", "TP." before a name, "(xã ĐBKK)" after it: not part of which unit it is. */
const KIND_WORDS = /^(xa|phuong|thi tran|thi xa|thanh pho|tp\.?|tx\.?|quan|huyen)\s+/;
const NOTE_AFTER = /\s*\([^)]*\)\s*$/;

/** The name without its kind word and note; fold keeps one letter per letter, so the folded match's length cuts the name. */
function withoutKind(name: string): string {
  const nfc = tidy(name.replace(NOTE_AFTER, ""));
  const kind = KIND_WORDS.exec(fold(nfc));
  return kind ? [...nfc].slice(kind[0].length).join("") : nfc;
}

/** Looser keys, in turn: without kind words and notes, then without marks too. */
const LOOSER_KEYS: ((name: string) => string)[] = [(name) => nameKey(withoutKind(name)), (name) => fold(withoutKind(name))];

export function applyWeights(rows: TargetRow[], weights: Record<string, number>, sheet: string): Issue[] {
  const issues: Issue[] = [];
  const byKey = new Map<string, TargetRow[]>();
  for (const row of rows) byKey.set(nameKey(row.name), [...(byKey.get(nameKey(row.name)) ?? []), row]);
  for (const [name, weight] of Object.entries(weights)) {
    const exact = byKey.get(nameKey(name));
    const matched = exact ?? looseMatch(rows, name);
    if (!matched) {
      issues.push(makeIssue("weight-unknown-unit", { sheet, cell: null }, { name }));
      continue;
    }
    for (const row of matched) row.weight ??= weight;
    if (!exact) issues.push(makeIssue("weight-matched-loosely", { sheet, cell: null }, { name, text: matched[0].name }));
  }
  return issues;
}

function looseMatch(rows: TargetRow[], name: string): TargetRow[] | null {
  for (const key of LOOSER_KEYS) {
    const wanted = key(name);
    const found = rows.filter((row) => key(row.name) === wanted);
    if (found.length === 1) return found;
    if (found.length > 1) return null;
  }
  return null;
}
