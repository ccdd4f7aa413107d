/**
 * The ribbon's function file (manifest FunctionFile). The only button opens the task pane with
 * ShowTaskpane, which Office handles itself, so this page has no action to register: it only has
 * to finish loading Office.js for the ribbon to be ready.
 */
Office.onReady(() => undefined);
