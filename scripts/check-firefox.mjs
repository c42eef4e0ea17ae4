// Firefox checks.
//   node scripts/check-firefox.mjs         fails early, with the exact install command, when the
//                                          Firefox the tests drive is missing (like check-browser.mjs).
//   node scripts/check-firefox.mjs --lint  runs web-ext lint on the Firefox build; fails on any error
//                                          (or if the linter did not report), prints the counts and
//                                          every message.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

if (process.argv.includes('--lint')) {
  const sourceDir = '.output/firefox-mv2';
  if (!existsSync(new URL(`../${sourceDir}/manifest.json`, import.meta.url))) {
    console.error(`No Firefox build at ${sourceDir}: run "npm run build" first.`);
    process.exit(1);
  }
  const webExt = fileURLToPath(new URL('../node_modules/.bin/web-ext', import.meta.url));
  const run = spawnSync(webExt, ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    console.error(`web-ext lint did not produce a JSON report (exit ${run.status}).\n${run.stdout}\n${run.stderr}`);
    process.exit(1);
  }
  const { errors = 0, warnings = 0, notices = 0 } = report.summary ?? {};
  for (const kind of ['errors', 'warnings', 'notices']) {
    for (const message of report[kind] ?? []) {
      const where = message.file ? ` ${message.file}${message.line ? `:${message.line}:${message.column ?? 0}` : ''}` : '';
      console.log(`${kind.slice(0, -1).toUpperCase()} ${message.code}${where}: ${message.message}`);
      if (kind === 'errors' && message.description) console.log(`  ${message.description}`);
    }
  }
  console.log(`web-ext lint ${sourceDir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  if (errors > 0 || (report.errors ?? []).length > 0 || run.status !== 0) {
    console.error(`web-ext lint failed (exit ${run.status}, ${errors} errors).`);
    process.exit(1);
  }
  process.exit(0);
}

const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(firefox)) {
  console.error(
    `The Firefox tests need Debian's Firefox ESR at ${firefox}.\n` +
      'Install it with:\n\n  apt-get update && apt-get install -y firefox-esr\n\n' +
      '(or set FIREFOX_PATH to another Firefox binary).',
  );
  process.exit(1);
}
