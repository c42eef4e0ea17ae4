import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import zhCN from '../../locales/zh-CN.json';
import { pickUiLanguage } from '../../src/i18n/i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('locales', () => {
  it('zh-CN has exactly the keys en has, none empty', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort());
    for (const key of keys(zhCN)) {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], zhCN);
      expect(value, key).not.toBe('');
    }
  });

  it('follows the browser language', () => {
    expect(pickUiLanguage('zh-CN')).toBe('zh-CN');
    expect(pickUiLanguage('zh-TW')).toBe('zh-CN');
    expect(pickUiLanguage('en-US')).toBe('en');
    expect(pickUiLanguage('de')).toBe('en');
    expect(pickUiLanguage(undefined)).toBe('en');
  });
});
