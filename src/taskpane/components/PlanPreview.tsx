/** The plan per unit, narrow enough for the pane; a unit's target can be typed over here. */
import { useEffect, useRef, useState } from "react";
import {
  Badge,
  Button,
  Caption1,
  Input,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { formatNumber, formatRate, type Lang, shownTotalName, unitTargetKey, type Plan, type PlanRow } from "../../engine";
import { parseNumber } from "../numbers";
import { PLAN_STRINGS } from "../plan-strings";
import { STRINGS } from "../strings";
import type { Pane } from "../use-pane";

/**
 * Rows on one page of the preview: a national table has 10,600, and each row's target field costs
 * the page its rendering (300 of them froze it for most of a second at every change).
 */
export const PAGE_ROWS = 50;

/** Below this pane width the unit names keep their 120 px only without the reduction column. */
const NARROW = "@media (max-width: 359.98px)";

const useStyles = makeStyles({
  // The unit column takes what the numbers leave; on a wide page the table stops growing, so the
  // names stay near their numbers.
  table: { tableLayout: "fixed", width: "100%", maxWidth: "480px" },
  number: { width: "62px", textAlign: "right" },
  target: { width: "72px", textAlign: "right" },
  // A header cell lays its text out in a flex box: right-aligned over right-aligned numbers.
  numberHeader: { justifyContent: "flex-end", textAlign: "right" },
  narrowHidden: { [NARROW]: { display: "none" } },
  strong: { fontWeight: tokens.fontWeightSemibold },
  // An <input> is about 20 characters wide by itself: held to its narrow column here.
  input: { width: "100%", minWidth: 0, boxSizing: "border-box" },
  inputField: { width: "100%", minWidth: 0, textAlign: "right" },
  officer: { fontWeight: tokens.fontWeightBold },
  reshared: { marginLeft: tokens.spacingHorizontalXS, verticalAlign: "middle" },
  pager: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
});

type Line = { row: PlanRow; editable: boolean; strong: boolean };

/** `reshared` holds the keys of the units whose share was computed again after the officer's own targets. */
export function PlanPreview({ plan, pane, reshared }: { plan: Plan; pane: Pane; reshared: Set<string> }) {
  const styles = useStyles();
  const { lang, state } = pane;
  const t = STRINGS[lang];
  const p = PLAN_STRINGS[lang];
  const { unitTargets } = state.settings.plan;
  const lines: Line[] = plan.groups
    ? plan.groups.flatMap((group) => [
        ...(group.subtotal ? [{ row: group.subtotal, editable: false, strong: true }] : []),
        ...group.units.map((row) => ({ row, editable: true, strong: false })),
      ])
    : plan.units.map((row) => ({ row, editable: true, strong: false }));
  const pages = Math.max(1, Math.ceil(lines.length / PAGE_ROWS));
  // A new plan may have fewer rows than the page the officer was on.
  const [wanted, setPage] = useState(0);
  const page = Math.min(wanted, pages - 1);
  const first = page * PAGE_ROWS;
  const shown = lines.slice(first, first + PAGE_ROWS);
  const num = (value: number | null) => (value === null ? "—" : formatNumber(value, lang));
  const rate = (value: number | null) => (value === null ? "—" : formatRate(value, lang));
  return (
    <>
      <Table size="extra-small" className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.previewUnit}</TableHeaderCell>
            <TableHeaderCell className={styles.target} button={{ className: styles.numberHeader }}>
              {t.previewTarget}
            </TableHeaderCell>
            <TableHeaderCell className={styles.number} button={{ className: styles.numberHeader }}>
              {t.previewRate}
            </TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.number, styles.narrowHidden)} button={{ className: styles.numberHeader }}>
              {t.previewReduction}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {[...shown, { row: plan.total, editable: false, strong: true }].map(({ row, editable, strong }, index) => (
            <TableRow key={`${row.sheet}|${row.row}|${index}`} className={strong ? styles.strong : undefined}>
              <TableCell>
                {strong ? shownTotalName(row.name, lang) : row.name}
                {editable && reshared.has(unitTargetKey(row)) && (
                  <Badge className={styles.reshared} size="small" appearance="tint" color="informative" title={p.resharedTitle}>
                    {p.reshared}
                  </Badge>
                )}
              </TableCell>
              <TableCell className={styles.target}>
                {editable ? (
                  <TargetInput row={row} officer={unitTargetKey(row) in unitTargets} reshared={reshared.has(unitTargetKey(row))} lang={lang} pane={pane} />
                ) : (
                  num(row.targetReduction)
                )}
              </TableCell>
              <TableCell className={styles.number}>{rate(row.remainingRate)}</TableCell>
              <TableCell className={mergeClasses(styles.number, styles.narrowHidden)}>{rate(row.rateReduction)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {pages > 1 && (
        <div className={styles.pager}>
          <Button size="small" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t.previousPage}
          </Button>
          <Caption1 role="status">
            {t.previewRows(formatNumber(first + 1, lang), formatNumber(first + shown.length, lang), formatNumber(lines.length, lang))}
          </Caption1>
          <Button size="small" disabled={page === pages - 1} onClick={() => setPage(page + 1)}>
            {t.nextPage}
          </Button>
        </div>
      )}
      {Object.keys(unitTargets).length > 0 && (
        <div>
          <Button size="small" onClick={() => pane.dispatch({ type: "setPlan", patch: { unitTargets: {} } })}>
            {t.clearUnitTargets}
          </Button>
        </div>
      )}
    </>
  );
}

/** How long typing may pause before a unit's target is applied. */
const APPLY_DELAY_MS = 300;

/**
 * Applies a readable target shortly after the officer stops typing (so "Tạo phụ lục" clicked at once
 * writes it), and again on Enter or on leaving the field; the typed text stays while the field is in
 * use, so clearing it to type anew does not jump back meanwhile.
 */
function TargetInput({ row, officer, reshared, lang, pane }: { row: PlanRow; officer: boolean; reshared: boolean; lang: Lang; pane: Pane }) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const mark = officer ? t.officerTarget : reshared ? PLAN_STRINGS[lang].reshared : null;
  const [typed, setTyped] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const apply = (text: string) => {
    clearTimeout(timer.current);
    const households = parseNumber(text, "whole", lang);
    if (households === undefined || households === row.targetReduction) return;
    pane.dispatch({ type: "setUnitTarget", key: unitTargetKey(row), households });
  };
  const commit = () => {
    if (typed === null) return;
    setTyped(null);
    // Unreadable text is dropped; the field shows the plan's value again.
    apply(typed);
  };
  return (
    <Input
      size="small"
      appearance="underline"
      inputMode="numeric"
      className={mergeClasses(styles.input, officer && styles.officer)}
      input={{ className: styles.inputField }}
      aria-label={mark ? `${t.unitTarget(row.name)} (${mark})` : t.unitTarget(row.name)}
      title={officer ? t.officerTarget : undefined}
      value={typed ?? (row.targetReduction === null ? "" : String(row.targetReduction))}
      onChange={(_, data) => {
        setTyped(data.value);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => apply(data.value), APPLY_DELAY_MS);
      }}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === "Enter") commit();
      }}
    />
  );
}

