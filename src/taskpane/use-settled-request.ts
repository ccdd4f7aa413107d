/**
 * The analysis request the pane acts on, in both hosts. An edit of the plan's options (the goal, the
 * growth, the years…) is acted on once typing pauses: at national scale one analysis takes 0.4 s or
 * more, and analysing at every key froze the pane inside Excel (issue 9). Anything else is acted on
 * at once: a new read (which follows the remembered settings' arrival, so the first analysis has them),
 * a column assigned, a sheet passed over, or a unit's own target (its field already waits for typing to pause).
 */
import { useEffect, useMemo, useState } from "react";
import type { Grid } from "../engine";
import type { AnalysisRequest } from "./pane-analysis";

/** How long typing may pause before the plan is analysed again. */
export const ANALYZE_DELAY_MS = 250;

interface Settled {
  grids: Grid[];
  /** What is acted on at once when it changes. */
  urgent: string;
  /** The request as JSON, the form the pane keys its analyses by. */
  key: string;
}

export function useSettledRequest(grids: Grid[], request: AnalysisRequest): string {
  const key = useMemo(() => JSON.stringify(request), [request]);
  const urgent = useMemo(() => {
    const { skipSheets, options } = request;
    return JSON.stringify([skipSheets, options.overrides ?? [], options.unitTargets ?? {}]);
  }, [request]);
  const [settled, setSettled] = useState<Settled>({ grids, urgent, key });
  // Set while rendering, as React advises for state that follows the props: the new request is
  // analysed in this very render, not one render later.
  const now = settled.grids !== grids || settled.urgent !== urgent ? { grids, urgent, key } : settled;
  if (now !== settled) setSettled(now);

  useEffect(() => {
    if (now.key === key) return;
    const timer = setTimeout(() => setSettled({ grids, urgent, key }), ANALYZE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [grids, urgent, key, now.key]);

  return now.key;
}
