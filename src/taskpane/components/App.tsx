/**
 * The pane: a title with the language switch, then the four steps, all open, each collapsible and
 * saying its state in its header, and the main action fixed at the bottom.
 */
import { Fragment, lazy, Suspense, useEffect, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  Spinner,
  Text,
  type Theme,
  tokens,
  useId,
  webLightTheme,
} from "@fluentui/react-components";
import type { WorkbookHost } from "../host";
import { STRINGS } from "../strings";
import { usePane } from "../use-pane";
import { SourceStep } from "./SourceStep";

// Steps 2–4 (and what only they use: tables, inputs, checkboxes) load after the first paint, to keep
// the pane's first download small; they arrive while the first step reads the data.
const CheckStep = lazy(() => import(/* webpackChunkName: "steps" */ "./CheckStep").then((m) => ({ default: m.CheckStep })));
const PlanStep = lazy(() => import(/* webpackChunkName: "steps" */ "./PlanStep").then((m) => ({ default: m.PlanStep })));
const WriteStep = lazy(() => import(/* webpackChunkName: "steps" */ "./WriteStep").then((m) => ({ default: m.WriteStep })));
const ActionBar = lazy(() => import(/* webpackChunkName: "steps" */ "./ActionBar").then((m) => ({ default: m.ActionBar })));
const StepStatus = lazy(() => import(/* webpackChunkName: "steps" */ "./StepStatus").then((m) => ({ default: m.StepStatus })));

const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  pane: {
    boxSizing: "border-box",
    width: "100%",
    // On the web page's wide window the numbers stay near their unit names.
    maxWidth: "720px",
    margin: "0 auto",
    // Room for the action bar, so the last step can scroll out from under it.
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS} 120px`,
    // Unit names and file names are long and unbreakable at 350 px: wrap them anywhere.
    overflowWrap: "anywhere",
  },
  title: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
  heading: { margin: 0 },
  panel: { margin: `0 0 ${tokens.spacingVerticalL} 0` },
});

const STEPS = ["source", "check", "plan", "write"] as const;

/** Few officers use Office's dark theme: its colours load only for them. */
function useTheme(dark: boolean): Theme | null {
  const [darkTheme, setDarkTheme] = useState<Theme | null>(null);
  useEffect(() => {
    if (dark) void import(/* webpackChunkName: "dark-theme" */ "./dark-theme").then((loaded) => setDarkTheme(loaded.darkTheme));
  }, [dark]);
  return dark ? darkTheme : webLightTheme;
}

export function App({ host }: { host: WorkbookHost }) {
  useGlobalStyles();
  const styles = useStyles();
  const pane = usePane(host);
  const ids = useId("step");
  const { lang } = pane;
  const t = STRINGS[lang];

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const theme = useTheme(host.darkTheme);
  const titles = { source: t.stepSource, check: t.stepCheck, plan: t.stepPlan, write: t.stepWrite };
  const steps = {
    source: <SourceStep host={host} pane={pane} />,
    check: <CheckStep host={host} pane={pane} />,
    plan: <PlanStep pane={pane} />,
    write: <WriteStep host={host} pane={pane} />,
  };
  // A moment without the pane rather than a flash of white in a dark Excel.
  if (!theme) return null;
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <main className={styles.pane}>
        <div className={styles.title}>
          <Text as="h1" size={500} weight="semibold" className={styles.heading}>
            {t.appTitle}
          </Text>
          <Button
            size="small"
            appearance="subtle"
            lang={lang === "vi" ? "en" : "vi"}
            aria-label={t.switchLanguageLabel}
            onClick={() => pane.dispatch({ type: "setLang", lang: lang === "vi" ? "en" : "vi" })}
          >
            {t.switchLanguage}
          </Button>
        </div>
        <Accordion multiple collapsible defaultOpenItems={[...STEPS]}>
          {STEPS.map((step) => (
            <Fragment key={step}>
              <AccordionItem value={step}>
                <AccordionHeader as="h2" size="large">
                  <span id={`${ids}-${step}`}>{titles[step]}</span>
                  <Suspense fallback={null}>
                    <StepStatus step={step} pane={pane} />
                  </Suspense>
                </AccordionHeader>
                {/* A named region per step (by its title, not its changing status), so screen readers (and tests) can go straight to it. */}
                <AccordionPanel className={styles.panel} role="region" aria-labelledby={`${ids}-${step}`}>
                  <Suspense fallback={<Spinner size="tiny" />}>{steps[step]}</Suspense>
                </AccordionPanel>
              </AccordionItem>
              {/* The bar shows fixed at the bottom, but comes right after the data in the Tab order: once
                  the data is chosen, writing the appendix is a few key presses away. */}
              {step === "source" && (
                <Suspense fallback={null}>
                  <ActionBar pane={pane} />
                </Suspense>
              )}
            </Fragment>
          ))}
        </Accordion>
      </main>
    </FluentProvider>
  );
}
