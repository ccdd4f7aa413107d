/**
 * The main action, fixed to the pane's bottom edge so it is in view at every step and never moves
 * under the pointer while the steps above it change: "Tạo phụ lục", how many errors block it, and
 * the choice to write anyway.
 */
import { Button, Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../engine";
import { FLOW_STRINGS } from "../flow-strings";
import { STRINGS } from "../strings";
import type { Pane } from "../use-pane";

/** The room the bar takes at most, which the pane keeps free below its last step. */
export const ACTION_BAR_HEIGHT = "96px";

const useStyles = makeStyles({
  bar: {
    position: "fixed",
    left: 0,
    right: 0,
    bottom: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow8,
  },
  inner: {
    boxSizing: "border-box",
    maxWidth: "720px",
    margin: "0 auto",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "flex-end",
    columnGap: tokens.spacingHorizontalS,
  },
  blocking: { flexBasis: "100%", color: tokens.colorPaletteRedForeground1 },
  anyway: { marginRight: "auto" },
});

export function ActionBar({ pane }: { pane: Pane }) {
  const styles = useStyles();
  const { analysis, lang, state } = pane;
  const t = STRINGS[lang];
  const f = FLOW_STRINGS[lang];
  const errors = analysis.issues.filter((issue) => issue.severity === "error").length;
  const blocked = errors > 0 && !state.writeAnyway;
  const writing = state.write.status === "writing";
  return (
    <section className={styles.bar} aria-label={f.actionBar}>
      <div className={styles.inner}>
        {errors > 0 && (
          <>
            <Caption1 className={styles.blocking}>{f.blocking(formatNumber(errors, lang))}</Caption1>
            <Checkbox
              className={styles.anyway}
              label={t.writeAnyway}
              checked={state.writeAnyway}
              onChange={(_, data) =>
                pane.dispatch({
                  type: "setWriteAnyway",
                  writeAnyway: data.checked === true,
                })
              }
            />
          </>
        )}
        <Button appearance="primary" disabled={!analysis.layout || blocked || writing} onClick={() => void pane.writeAppendix()}>
          {t.generate}
        </Button>
      </div>
    </section>
  );
}
