/** What each step's header says about it, so a collapsed or scrolled-away step still tells its state. */
import { formatNumber } from "../../engine";
import { FLOW_STRINGS } from "../flow-strings";
import type { Pane } from "../use-pane";

export type StepName = "source" | "check" | "plan" | "write";

export function StepStatus({ step, pane }: { step: StepName; pane: Pane }) {
  const text = statusText(step, pane);
  return text ? <> · {text}</> : null;
}

function statusText(step: StepName, { analysis, lang, state }: Pane): string | null {
  const f = FLOW_STRINGS[lang];
  const count = (severity: "error" | "warning") => analysis.issues.filter((issue) => issue.severity === severity).length;
  switch (step) {
    case "source":
      return analysis.tables.length > 0 ? f.sourceStatus(formatNumber(analysis.tables.length, lang)) : null;
    case "check": {
      if (analysis.tables.length === 0) return null;
      const errors = count("error");
      const warnings = count("warning");
      return errors + warnings === 0 ? f.checkClean : f.checkStatus(formatNumber(errors, lang), formatNumber(warnings, lang));
    }
    case "plan": {
      const households = analysis.plan?.total.targetReduction;
      return households === undefined || households === null ? null : f.planStatus(formatNumber(households, lang));
    }
    case "write":
      return state.write.status === "done" ? f.writeDone : null;
  }
}
