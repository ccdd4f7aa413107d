/** Office's dark theme for the pane, in a chunk of its own (App.tsx loads it only when Office is dark). */
export { webDarkTheme as darkTheme } from "@fluentui/react-components";
