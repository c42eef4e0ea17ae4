/**
 * Fails when the code that runs on every page outgrows its budget. Prints every built script's
 * gzipped size so growth is visible in each test run.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../tests/support/chromium';

const DETECTOR_BUDGET_BYTES = 5 * 1024;

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return scripts(path);
    return path.endsWith('.js') ? [path] : [];
  });
}

let detectorBytes = -1;
for (const file of scripts(EXTENSION_DIR).sort()) {
  const gzipped = gzipSync(readFileSync(file), { level: 9 }).length;
  const name = relative(EXTENSION_DIR, file);
  if (name === 'detector.js') detectorBytes = gzipped;
  console.log(`${(gzipped / 1024).toFixed(2).padStart(7)} KB gzipped  ${name}`);
}
if (detectorBytes < 0) throw new Error(`No detector.js in ${EXTENSION_DIR}: run "npm run build" first.`);
if (detectorBytes > DETECTOR_BUDGET_BYTES) {
  console.error(`The every-page detector is ${detectorBytes} B gzipped, over its ${DETECTOR_BUDGET_BYTES} B budget.`);
  process.exit(1);
}
console.log(`every-page detector within budget: ${detectorBytes} B of ${DETECTOR_BUDGET_BYTES} B gzipped`);
