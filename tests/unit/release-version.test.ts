/**
 * `npm run release` releases package.json's version only when CHANGELOG.md's top entry is that
 * version, and says what to do when it is not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isStoreVersion, releaseVersionProblem, topChangelogEntry } from '../../scripts/release-version';

const changelog = (...headings: string[]) => ['# Changelog', '', 'Newest first.', '', ...headings.flatMap((heading) => [heading, '', '- a change', ''])].join('\n');

describe('the changelog’s top entry', () => {
  it.each([
    ['## [1.2.0] - 2026-12-01', '1.2.0'],
    ['## 1.2.0', '1.2.0'],
    ['## 1.2.0 (2026-12-01)', '1.2.0'],
    ['##  [ 1.2.0 ]  — 1 December 2026', '1.2.0'],
    ['## [Unreleased]', 'Unreleased'],
  ])('is read from %j', (heading, entry) => {
    expect(topChangelogEntry(changelog(heading, '## [1.1.0] - 2026-11-01'))).toBe(entry);
  });

  it('is the first entry, not a deeper heading above it', () => {
    expect(topChangelogEntry(changelog('### Fixed', '## [1.2.0] - 2026-12-01'))).toBe('1.2.0');
  });

  it('does not exist in a changelog without entries', () => {
    expect(topChangelogEntry('# Changelog\n\nNothing yet.\n')).toBeUndefined();
  });
});

describe('the release version check', () => {
  it('passes when package.json’s version is the top entry', () => {
    expect(releaseVersionProblem('1.2.0', changelog('## [1.2.0] - 2026-12-01', '## [1.1.0] - 2026-11-01'))).toBeUndefined();
  });

  it('names both versions and the entry to add when package.json is ahead of the changelog', () => {
    const problem = releaseVersionProblem('1.3.0', changelog('## [1.2.0] - 2026-12-01'));
    expect(problem).toContain('package.json says version 1.3.0');
    expect(problem).toContain('top entry is 1.2.0');
    expect(problem).toContain('"## [1.3.0] - YYYY-MM-DD"');
  });

  it('fails when the changelog is ahead of package.json', () => {
    expect(releaseVersionProblem('1.2.0', changelog('## [1.3.0] - 2026-12-01', '## [1.2.0] - 2026-11-01'))).toContain('top entry is 1.3.0');
  });

  it('does not take an entry further down for the top one', () => {
    expect(releaseVersionProblem('1.2.0', changelog('## [1.3.0] - 2026-12-01', '## [1.2.0] - 2026-11-01'))).toBeDefined();
  });

  it('asks for the unreleased entry to be named for the release', () => {
    expect(releaseVersionProblem('1.2.0', changelog('## [Unreleased]', '## [1.1.0] - 2026-11-01'))).toContain('top entry is "Unreleased", not a version');
  });

  it('asks for an entry when the changelog has none, or is missing', () => {
    expect(releaseVersionProblem('1.2.0', '# Changelog\n')).toContain('has no entries');
    expect(releaseVersionProblem('1.2.0', '')).toContain('has no entries');
  });

  it('refuses a version the stores would not accept', () => {
    expect(releaseVersionProblem('1.2.0-beta.1', changelog('## [1.2.0-beta.1]'))).toContain('not one the stores accept');
  });

  it('passes for this repository', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(releaseVersionProblem(version, readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8'))).toBeUndefined();
  });
});

describe('versions the stores accept', () => {
  it.each(['1', '0.1.0', '1.2.3.4', '65535.0.0'])('accepts %s', (version) => expect(isStoreVersion(version)).toBe(true));
  it.each(['', '1.2.3.4.5', '01.2', '1.65536', '1.2.0-beta.1', 'v1.2', '1..2'])('refuses %j', (version) => expect(isStoreVersion(version)).toBe(false));
});
