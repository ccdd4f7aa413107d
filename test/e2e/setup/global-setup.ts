/** Once per run, before any browser starts: the built pages and the office.js stand-in. */
import { buildDist, buildOfficeStub, distIsStale } from "./build";

export default async function globalSetup(): Promise<void> {
  if (distIsStale()) {
    process.stdout.write("\ne2e: dist/ is missing or older than the sources; building it (about 30 s)…\n");
    buildDist();
  }
  await buildOfficeStub();
}
