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

/** Apostrophes typed or not ("Ia HDrai" for "Ia H'Drai"), a hyphen typed as a space ("Đăk Tô" for "Đăk-Tô"). */
const APOSTROPHES = /['’‘`]/g;

/** Looser keys, in turn: without kind words and notes, then without marks too, then without apostrophes and hyphens. */
const LOOSER_KEYS: ((name: string) => string)[] = [
  (name) => nameKey(withoutKind(name)),
  (name) => fold(withoutKind(name)),
  (name) => fold(withoutKind(name)).replace(APOSTROPHES, "").replace(/\s*-\s*/g, " "),
];

export function applyWeights(rows: TargetRow[], weights: Record<string, number>, sheet: string): Issue[] {
  const given = Object.entries(weights);
  // Most plans have no list: the 10,000 units of a national table are not keyed for nothing.
  if (given.length === 0) return [];
  const units = [nameKey, ...LOOSER_KEYS].map((key) => byKey(rows, key));
  const issues: Issue[] = [];
  for (const [name, weight] of given) {
    const exact = units[0].get(nameKey(name));
    const matched = exact ?? looseMatch(units.slice(1), name);
    if (!matched) {
      issues.push(makeIssue("weight-unknown-unit", { sheet, cell: null }, { name }));
      continue;
    }
    for (const row of matched) row.weight ??= weight;
    if (!exact) issues.push(makeIssue("weight-matched-loosely", { sheet, cell: null }, { name, text: matched[0].name }));
  }
  return issues;
}

function byKey(rows: TargetRow[], key: (name: string) => string): Map<string, TargetRow[]> {
  const found = new Map<string, TargetRow[]>();
  for (const row of rows) {
    const k = key(row.name);
    const list = found.get(k);
    if (list) list.push(row);
    else found.set(k, [row]);
  }
  return found;
}

/** The first looser key that one unit alone fits; none when two fit it (or none does at every key). */
function looseMatch(looser: Map<string, TargetRow[]>[], name: string): TargetRow[] | null {
  for (let i = 0; i < looser.length; i++) {
    const found = looser[i].get(LOOSER_KEYS[i](name));
    if (found) return found.length === 1 ? found : null;
  }
  return null;
}
