/**
 * Whatever goes wrong in the pane (a render that throws on an unexpected file, an error no handler
 * caught), the officer sees what happened and a way to start again, never a blank page. Plain HTML:
 * the error may have come from the UI library itself.
 */
import { Component, type ReactNode } from "react";
import type { Lang } from "../../engine";
import { errorText, type WorkbookHost } from "../host";
import { STRINGS } from "../strings";
import { App } from "./App";

interface Props {
  /** A fresh host for each start: a file that broke the pane is not picked again. */
  createHost(): WorkbookHost;
}

interface State {
  host: WorkbookHost;
  error: { value: unknown } | null;
  /** Bumped on "start again", so the pane starts from nothing. */
  attempt: number;
}

export class PaneBoundary extends Component<Props, State> {
  state: State = { host: this.props.createHost(), error: null, attempt: 0 };

  static getDerivedStateFromError(value: unknown): Partial<State> {
    return { error: { value } };
  }

  componentDidMount(): void {
    window.addEventListener("error", this.uncaught);
    window.addEventListener("unhandledrejection", this.unhandled);
  }

  componentWillUnmount(): void {
    window.removeEventListener("error", this.uncaught);
    window.removeEventListener("unhandledrejection", this.unhandled);
  }

  /** Only real exceptions: the browser also reports benign events here (a ResizeObserver loop) with no error object. */
  private uncaught = (event: ErrorEvent) => {
    if (event.error instanceof Error) this.setState({ error: { value: event.error } });
  };

  private unhandled = (event: PromiseRejectionEvent) => {
    if (event.reason instanceof Error) this.setState({ error: { value: event.reason } });
  };

  private restart = () => {
    // The old host's worker would otherwise run on beside the new one's.
    this.state.host.cancel();
    this.setState(({ attempt }) => ({ host: this.props.createHost(), error: null, attempt: attempt + 1 }));
  };

  render(): ReactNode {
    const { host, error, attempt } = this.state;
    if (!error) return <App key={attempt} host={host} />;
    // The pane keeps the page's language in sync with the officer's choice.
    const lang: Lang = document.documentElement.lang === "en" ? "en" : "vi";
    const t = STRINGS[lang];
    return (
      <div role="alert" style={{ fontFamily: "'Segoe UI', system-ui, sans-serif", fontSize: 14, padding: 16, overflowWrap: "anywhere" }}>
        <h1 style={{ fontSize: 18, margin: "0 0 8px" }}>{t.crashTitle}</h1>
        <p>{t.crashBody}</p>
        <p>
          <code>{errorText(error.value, lang)}</code>
        </p>
        <button type="button" onClick={this.restart} style={{ font: "inherit", padding: "4px 12px" }}>
          {t.crashRestart}
        </button>
      </div>
    );
  }
}
