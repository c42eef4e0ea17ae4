// Regenerates locales/zh-TW.json from locales/zh-CN.json: OpenCC's character-by-character cn → tw,
// then the reviewed Taiwan usage of src/glossary/zh-tw-usage.json (the glossary's texts are converted
// the same way). Run after changing either: `npm run locales` (jiti, for the TypeScript it imports).
// tests/unit/locales.test.ts checks the file is up to date.
import { readFileSync, writeFileSync } from 'node:fs';
import { taiwanConverter } from '../src/glossary/taiwan-usage.ts';

const toTaiwan = taiwanConverter('interface');
const convert = (value) =>
  typeof value === 'string' ? toTaiwan(value) : Object.fromEntries(Object.entries(value).map(([key, child]) => [key, convert(child)]));
const source = new URL('../locales/zh-CN.json', import.meta.url);
const target = new URL('../locales/zh-TW.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(convert(JSON.parse(readFileSync(source, 'utf8'))), null, 2)}\n`);
