/** Least privilege: every permission the built manifests ask for is one the README explains. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The first column of the README's "Permissions, and why" table, split into permission names. */
function explainedPermissions(): Set<string> {
  const section = read('README.md').split('## Permissions, and why')[1]?.split('\n## ')[0] ?? '';
  const names = new Set<string>();
  for (const row of section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Permission') && !line.startsWith('|---'))) {
    const [first = '', second = ''] = row.split('|').slice(1).map((cell) => cell.trim());
    for (const code of first.matchAll(/`([^`]+)`/g)) names.add(code[1]!);
    expect(second, row).not.toBe('');
  }
  return names;
}

describe.each(['chrome-mv3', 'firefox-mv2'])('the %s manifest', (build) => {
  const manifest = JSON.parse(read(`.output/${build}/manifest.json`)) as {
    permissions?: string[];
    host_permissions?: string[];
    optional_permissions?: string[];
    web_accessible_resources?: unknown[];
    content_scripts?: Array<{ matches: string[]; js: string[] }>;
  };

  it('asks only for permissions the README table explains', () => {
    const asked = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? []), ...(manifest.optional_permissions ?? [])];
    expect(asked.length).toBeGreaterThan(0);
    const explained = explainedPermissions();
    for (const permission of asked) expect(explained, `${permission} is not explained in the README`).toContain(permission);
  });

  it('exposes no extension files to web pages, and declares no script that runs on every page', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    // The background injects the detector into loaded pages worth a look, and nothing else.
    expect(manifest.content_scripts ?? []).toEqual([]);
  });
});
