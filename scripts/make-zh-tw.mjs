// Regenerates locales/zh-TW.json from locales/zh-CN.json with OpenCC (Taiwan phrasing).
// Run after changing zh-CN: `npm run locales`. The locale test checks the keys match.
import * as OpenCC from 'opencc-js';
import { readFileSync, writeFileSync } from 'node:fs';

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'twp' });
const convert = (value) =>
  typeof value === 'string' ? toTaiwan(value) : Object.fromEntries(Object.entries(value).map(([key, child]) => [key, convert(child)]));
const source = new URL('../locales/zh-CN.json', import.meta.url);
const target = new URL('../locales/zh-TW.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(convert(JSON.parse(readFileSync(source, 'utf8'))), null, 2)}\n`);
