/** Step 3's plan over several years: how many, each year's province total, and what the engine said about them. */
import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { formatNumber, formatRate, type PeriodPlan } from "../../engine";
import { STRINGS } from "../strings";
import type { Pane } from "../use-pane";
import { NumberField } from "./NumberField";

export function PeriodField({ pane }: { pane: Pane }) {
  const { analysis, lang, state } = pane;
  const t = STRINGS[lang];
  const notes = analysis.issues.filter((issue) => issue.code.startsWith("period-"));
  return (
    <>
      <NumberField
        label={t.planYears}
        kind="whole"
        lang={lang}
        min={1}
        value={state.settings.plan.planYears}
        onChange={(planYears) => pane.dispatch({ type: "setPlan", patch: { planYears } })}
      />
      {notes.map((issue, i) => (
        <MessageBar key={`${issue.code}-${i}`} intent={issue.severity} layout="multiline">
          <MessageBarBody>{issue.message[lang]}</MessageBarBody>
        </MessageBar>
      ))}
      {analysis.period && <PeriodTotals period={analysis.period} pane={pane} />}
    </>
  );
}

function PeriodTotals({ period, pane }: { period: PeriodPlan; pane: Pane }) {
  const { lang } = pane;
  const t = STRINGS[lang];
  const f = (n: number | null) => (n === null ? "—" : formatNumber(n, lang));
  const r = (n: number | null) => (n === null ? "—" : formatRate(n, lang));
  return (
    <div role="status">
      {period.years.map((year) => (
        <Text key={year.planYear} block>
          {t.periodYear(String(year.planYear), f(year.total.targetReduction), r(year.total.remainingRate))}
        </Text>
      ))}
      <Text block weight="semibold">
        {t.periodWhole(String(period.firstYear), String(period.lastYear), f(period.targetReduction), r(period.rateReduction))}
      </Text>
    </div>
  );
}
