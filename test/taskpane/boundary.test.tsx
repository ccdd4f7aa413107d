/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PaneBoundary } from "../../src/taskpane/components/PaneBoundary";
import { fakeExcelHost, fakeFilesHost } from "./harness";

/** A host whose list of picked files throws: the file picker fails while the pane renders. */
function brokenHost() {
  const host = fakeFilesHost();
  host.files.mockImplementation(() => {
    throw new TypeError("Cannot read properties of undefined (reading 'map')");
  });
  return host;
}

beforeEach(() => {
  // React reports the caught error on the console; the test looks at the page instead.
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

test("an exception while rendering shows a message in Vietnamese and a way to start again, with a fresh host", async () => {
  const hosts = [brokenHost(), fakeFilesHost()];
  let started = 0;
  const createHost = jest.fn(() => hosts[started++]);
  const user = userEvent.setup();
  render(<PaneBoundary createHost={createHost} />);

  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain("Công cụ gặp lỗi và đã dừng");
  expect(alert.textContent).toContain("Không có gì trong sổ hay tệp của bạn bị thay đổi.");
  // A running read or write of the broken host is stopped before starting again.
  await user.click(screen.getByRole("button", { name: "Bắt đầu lại" }));
  expect(hosts[0].cancel).toHaveBeenCalled();
  expect(createHost).toHaveBeenCalledTimes(2);
  expect(await screen.findByRole("button", { name: "Chọn tệp Excel" })).toBeTruthy();
  expect(screen.queryByRole("alert")).toBeNull();
});

test("inside Excel, starting again stops the broken pane's engine worker", async () => {
  const broken = fakeExcelHost();
  broken.loadSettings.mockImplementation(() => {
    throw new TypeError("settings are not an object");
  });
  const hosts = [broken, fakeExcelHost()];
  let started = 0;
  const user = userEvent.setup();
  render(<PaneBoundary createHost={() => hosts[started++]} />);
  await user.click(await screen.findByRole("button", { name: "Bắt đầu lại" }));
  expect(hosts[0].cancel).toHaveBeenCalledTimes(1);
  expect(hosts[1].cancel).not.toHaveBeenCalled();
  expect(screen.queryByRole("alert")).toBeNull();
});

test("an exception no handler caught (an event handler, a timer) also gives the message, in the pane's language", async () => {
  document.documentElement.lang = "en";
  render(<PaneBoundary createHost={() => fakeFilesHost({ settings: { lang: "en" } })} />);
  await screen.findByRole("button", { name: "Choose Excel files" });
  window.dispatchEvent(new ErrorEvent("error", { error: new TypeError("x is not a function"), message: "x is not a function" }));
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain("The tool ran into an error and stopped");
  expect(alert.textContent).toContain("x is not a function");
});

test("the browser's benign error events without an exception (a ResizeObserver loop) leave the pane alone", async () => {
  render(<PaneBoundary createHost={() => fakeFilesHost()} />);
  await screen.findByRole("button", { name: "Chọn tệp Excel" });
  window.dispatchEvent(new ErrorEvent("error", { message: "ResizeObserver loop completed with undelivered notifications." }));
  expect(screen.queryByRole("alert")).toBeNull();
});
