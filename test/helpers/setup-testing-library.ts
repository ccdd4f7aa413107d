/**
 * The pane loads its later steps lazily: on a loaded machine compiling them takes longer than
 * testing-library's default one-second wait. A wait is no time budget: it only bounds how long a
 * test looks for what must appear.
 */
import { configure } from "@testing-library/dom";

configure({ asyncUtilTimeout: 15000 });
