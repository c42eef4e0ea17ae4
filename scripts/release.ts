/**
 * npm run release: checks that package.json's version is CHANGELOG.md's top entry, builds and zips
 * the extension for Chrome and for Firefox, with the sources archive addons.mozilla.org asks for
 * (its contents: zip.excludeSources in wxt.config.ts), and writes the three archives and their
 * SHA-256 checksums (SHA256SUMS, as sha256sum writes them) to .output/release/, emptied first.
 *
 *   --allow-dirty  release from a working tree with uncommitted changes (to try the script out):
 *                  the sources archive is made from the files on disk, not from a commit.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { releaseVersionProblem } from './release-version';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUT = join(ROOT, '.output');
const RELEASE = join(OUTPUT, 'release');

function fail(message: string): never {
  console.error(`\nrelease: ${message}`);
  process.exit(1);
}

function run(command: string, args: string[]): void {
  const { status, error } = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (error || status !== 0) fail(`${relative(ROOT, command)} ${args.join(' ')} failed (${error?.message ?? `exit ${status}`}).`);
}

/** The files git would see as changed, or undefined where this is no git checkout (an unpacked sources archive). */
function uncommittedChanges(): string[] | undefined {
  const git = spawnSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' });
  if (git.error || git.status !== 0) return undefined;
  return git.stdout.split('\n').filter(Boolean);
}

function checkVersion(): { name: string; version: string } {
  const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const changelog = existsSync(join(ROOT, 'CHANGELOG.md')) ? readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8') : '';
  const problem = releaseVersionProblem(version, changelog);
  if (problem) fail(problem);
  return { name, version };
}

function checkCleanTree(): void {
  const changes = uncommittedChanges();
  if (changes === undefined) {
    console.log('release: not a git checkout; the sources archive holds the files as they are.');
  } else if (changes.length > 0 && !process.argv.includes('--allow-dirty')) {
    fail(
      `the working tree has uncommitted changes, which the sources archive would ship:\n${changes.join('\n')}\n` +
        'Commit or stash them, or pass --allow-dirty to try the release out anyway.',
    );
  }
}

/** Builds and zips; returns the archives WXT wrote for this version, checked to be from this run. */
function buildArchives(name: string, version: string): string[] {
  const started = Date.now();
  const wxt = join(ROOT, 'node_modules', '.bin', 'wxt');
  run(wxt, ['zip']);
  run(wxt, ['zip', '-b', 'firefox']);
  for (const dir of ['chrome-mv3', 'firefox-mv2']) {
    const built = (JSON.parse(readFileSync(join(OUTPUT, dir, 'manifest.json'), 'utf8')) as { version: string }).version;
    if (built !== version) fail(`.output/${dir}/manifest.json has version ${built}, not ${version}.`);
  }
  const archives = ['chrome', 'firefox', 'sources'].map((kind) => join(OUTPUT, `${name}-${version}-${kind}.zip`));
  for (const archive of archives) {
    if (!existsSync(archive) || statSync(archive).mtimeMs < started - 1000) fail(`wxt zip did not write ${relative(ROOT, archive)}.`);
  }
  return archives;
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function writeRelease(archives: string[]): void {
  rmSync(RELEASE, { recursive: true, force: true });
  mkdirSync(RELEASE, { recursive: true });
  const lines: string[] = [];
  console.log(`\nrelease: ${relative(ROOT, RELEASE)}/`);
  for (const archive of archives) {
    const file = archive.slice(OUTPUT.length + 1);
    copyFileSync(archive, join(RELEASE, file));
    const hash = sha256(join(RELEASE, file));
    lines.push(`${hash}  ${file}`);
    console.log(`  ${String(statSync(join(RELEASE, file)).size).padStart(9)} B  ${hash}  ${file}`);
  }
  writeFileSync(join(RELEASE, 'SHA256SUMS'), `${lines.join('\n')}\n`);
  console.log(`  SHA256SUMS (check with: cd ${relative(ROOT, RELEASE)} && sha256sum -c SHA256SUMS)`);
}

const { name, version } = checkVersion();
checkCleanTree();
console.log(`release: version ${version}`);
writeRelease(buildArchives(name, version));
