/** Step 3: growth, years and where the targets come from; the preview shows what they give. */
import { Caption1, Checkbox, Field, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Text, tokens } from "@fluentui/react-components";
import { formatNumber, formatRate, shownTotalName, type AllocationMethod } from "../../engine";
import { officerSharing } from "../officer-targets";
import { PLAN_STRINGS } from "../plan-strings";
import type { GoalKind, PlanSettings } from "../settings";
import { STRINGS } from "../strings";
import type { Pane } from "../use-pane";
import { useLayoutStyles } from "./layout";
import { NumberField } from "./NumberField";
import { PeriodField } from "./PeriodField";
import { PlanPreview } from "./PlanPreview";

const useStyles = makeStyles({
  fields: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(90px, 1fr))", gap: tokens.spacingHorizontalS },
  // A native list is as wide as its longest option: held to the pane's width, the option wraps in its popup.
  select: { minWidth: 0, maxWidth: "100%" },
});

/** The engine's findings about the targets themselves, shown next to the choice that caused them. */
const TARGET_CODES = ["no-target", "goal-exceeds-poor", "goal-from-rate", "goal-allocated", "targets-from-points", "points-in-period", "plan-short-of-points", "allocation-needs-households", "minimum-exceeds-goal", "weight-unknown-unit", "step-exceeds-share"];

export function PlanStep({ pane }: { pane: Pane }) {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const { analysis, lang, state } = pane;
  const t = STRINGS[lang];
  const { plan } = analysis;
  if (!plan) return <Text>{t.noPlan}</Text>;
  const settings = state.settings.plan;
  const set = (patch: Partial<PlanSettings>) => pane.dispatch({ type: "setPlan", patch });
  const { total } = plan;
  const targetNotes = analysis.issues.filter((issue) => TARGET_CODES.includes(issue.code));
  const sharing = officerSharing(plan, settings.unitTargets, lang);
  const emptyMeans = PLAN_STRINGS[lang].emptyMeans;
  return (
    <div className={layout.stack}>
      <div className={styles.fields}>
        <NumberField
          label={t.growth}
          kind="decimal"
          lang={lang}
          value={settings.growthPercent}
          emptyMeans={emptyMeans(formatNumber(plan.growthPercent, lang))}
          onChange={(growthPercent) => set({ growthPercent })}
        />
        <NumberField
          label={t.baseYear}
          kind="whole"
          lang={lang}
          value={settings.baseYear}
          emptyMeans={emptyMeans(String(plan.baseYear))}
          onChange={(baseYear) => set({ baseYear })}
        />
        <NumberField
          label={t.planYear}
          kind="whole"
          lang={lang}
          value={settings.planYear}
          emptyMeans={emptyMeans(String(plan.planYear))}
          onChange={(planYear) => set({ planYear })}
        />
      </div>
      <Caption1 className={layout.hint}>{t.emptyFromTable}</Caption1>
      <Field label={t.targetsLabel}>
        <RadioGroup value={settings.goal} onChange={(_, data) => set({ goal: data.value as GoalKind })}>
          <Radio value="table" label={t.goalTable} />
          <Radio value="rate" label={t.goalRate} />
          <Radio value="households" label={t.goalHouseholds} />
        </RadioGroup>
      </Field>
      {settings.goal === "rate" && (
        <NumberField label={t.goalPoints} kind="decimal" lang={lang} value={settings.goalPoints} onChange={(goalPoints) => set({ goalPoints })} />
      )}
      {settings.goal === "households" && (
        <NumberField
          label={t.goalHouseholdCount}
          kind="whole"
          lang={lang}
          value={settings.goalHouseholds}
          onChange={(goalHouseholds) => set({ goalHouseholds })}
        />
      )}
      {/* The table's points per unit are rounded to the step too. */}
      {(settings.goal !== "table" || plan.target.kind === "tablePoints") && (
        <NumberField
          label={t.roundStep}
          kind="whole"
          lang={lang}
          min={1}
          value={settings.roundStep}
          emptyMeans={emptyMeans("5")}
          onChange={(roundStep) => set({ roundStep })}
        />
      )}
      {settings.goal !== "table" && (
        <>
          <Field label={t.allocationLabel}>
            <Select className={styles.select} value={settings.allocation} onChange={(_, data) => set({ allocation: data.value as AllocationMethod })}>
              <option value="poor">{t.allocationPoor}</option>
              <option value="rate">{t.allocationRate}</option>
              <option value="weights">{t.allocationWeights}</option>
            </Select>
          </Field>
          <NumberField label={t.minimumTarget} kind="whole" lang={lang} min={0} value={settings.minimumTarget} onChange={(minimumTarget) => set({ minimumTarget })} />
        </>
      )}
      {analysis.tables.every((table) => table.columns.some((c) => c.field === "nearPoorHouseholds")) && (
        <NumberField label={t.nearPoorGoal} kind="decimal" lang={lang} value={settings.nearPoorGoalPoints} onChange={(nearPoorGoalPoints) => set({ nearPoorGoalPoints })} />
      )}
      <PeriodField pane={pane} />
      {analysis.tables.length > 1 && (
        <Checkbox label={t.detail} checked={settings.detail} onChange={(_, data) => set({ detail: data.checked === true })} />
      )}
      {analysis.tables.length === 1 && analysis.tables[0].groupCount > 0 && (
        <Checkbox label={t.summary} checked={settings.summary} onChange={(_, data) => set({ summary: data.checked === true })} />
      )}
      {targetNotes.map((issue, i) => (
        // A period plan has one goal finding per year.
        <MessageBar key={`${issue.code}-${i}`} intent={issue.severity} layout="multiline">
          <MessageBarBody>{issue.message[lang]}</MessageBarBody>
        </MessageBar>
      ))}
      {sharing?.warning && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{sharing.warning}</MessageBarBody>
        </MessageBar>
      )}
      <PlanPreview plan={plan} pane={pane} reshared={sharing?.reshared ?? new Set()} />
      {total.targetReduction !== null && <Text>{t.totalTarget(formatNumber(total.targetReduction, lang))}</Text>}
      {total.poorRate !== null && total.remainingRate !== null && total.rateReduction !== null && (
        <Text weight="semibold" role="status">
          {t.totalReduction(shownTotalName(total.name, lang), formatRate(total.poorRate, lang), formatRate(total.remainingRate, lang), formatRate(total.rateReduction, lang))}
        </Text>
      )}
      {total.nearPoorRate !== null && total.nearPoorRemainingRate !== null && total.nearPoorTarget !== null && (
        <Text role="status">{t.nearPoorTotal(formatRate(total.nearPoorRate, lang), formatRate(total.nearPoorRemainingRate, lang), formatNumber(total.nearPoorTarget, lang))}</Text>
      )}
    </div>
  );
}
