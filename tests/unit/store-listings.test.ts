/**
 * The store listings (docs/store/*.md) say what the product is: their name and short description
 * are the manifest's (the stores show those), within Chrome's 132 characters, and the counts,
 * permissions, shortcuts and browser versions their long description gives are the product's own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ConfigEnv, UserManifest } from 'wxt';
import en from '../../locales/en.json';
import zhCN from '../../locales/zh-CN.json';
import zhTW from '../../locales/zh-TW.json';
import citations from '../../src/citations/citations.json';
import config from '../../wxt.config';

const LOCALES = { en, 'zh-CN': zhCN, 'zh-TW': zhTW };
/** Chrome's limit for the summary, which it takes from the manifest's description. */
const CHROME_SUMMARY_LIMIT = 132;

function listing(language: string) {
  const text = readFileSync(new URL(`../../docs/store/${language}.md`, import.meta.url), 'utf8');
  const afterFirstHeading = text.slice(text.indexOf('\n## ') + 1).split('\n').slice(1);
  return {
    name: afterFirstHeading.find((line) => line.trim() !== '')!.trim(),
    short: /^> (.*)$/m.exec(text)?.[1],
    long: /```text\n([\s\S]*?)\n```/.exec(text)?.[1] ?? '',
  };
}

function manifestFor(browser: 'chrome' | 'firefox'): UserManifest {
  const env = { browser, manifestVersion: browser === 'chrome' ? 3 : 2, mode: 'production', command: 'build' } as ConfigEnv;
  return (config.manifest as (env: ConfigEnv) => UserManifest)(env);
}

function glossaryCounts(): { all: number; slang: number } {
  const dir = new URL('../../src/glossary/data/', import.meta.url);
  const count = (file: string) => (JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { entries: unknown[] }).entries.length;
  const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
  return { all: files.reduce((sum, file) => sum + count(file), 0), slang: count('slang.json') };
}

describe.each(Object.entries(LOCALES))('the %s store listing', (language, strings) => {
  const { name, short, long } = listing(language);

  it('has the manifest’s name and description, within Chrome’s limit', () => {
    expect(name).toBe(strings.manifest.name);
    expect(short).toBe(strings.manifest.description);
    expect([...short!].length).toBeLessThanOrEqual(CHROME_SUMMARY_LIMIT);
  });

  it('gives the glossary’s and the citations’ counts as they are', () => {
    const { all, slang } = glossaryCounts();
    expect(long).toContain(` ${all} `);
    expect(long).toContain(` ${slang} `);
    expect(long).toContain(` ${citations.citations.length} `);
  });

  it('names the sites, the permissions, the shortcuts and the browser versions of the build', () => {
    const chrome = manifestFor('chrome');
    const firefox = manifestFor('firefox');
    for (const host of ['mp.weixin.qq.com', 'www.qbitai.com']) expect(long).toContain(host);
    for (const permission of chrome.permissions ?? []) expect(long).toContain(permission);
    for (const command of Object.values(chrome.commands ?? {})) expect(long).toContain(command.suggested_key!.default!);
    expect(long).toContain(chrome.minimum_chrome_version!);
    expect(long).toContain(firefox.browser_specific_settings!.gecko!.strict_min_version!.replace(/\.0$/, ''));
  });
});

it('quotes as Taiwan does in the zh-TW listing: with 「 」', () => {
  const { long } = listing('zh-TW');
  expect(long).toContain('「');
  expect(long).not.toMatch(/[“”]/);
});
