#!/usr/bin/env node
// Writes src/citations/quote-folds.json: the Traditional characters the article's quotes may be
// written in, each with the Simplified one it stands for (see src/citations/quote-folds.build.ts).
// Run after changing a quote in src/citations/citations.json; a unit test says when it is needed.
import { writeFileSync } from 'node:fs';
import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url);
const { computeQuoteFolds } = await jiti.import('../src/citations/quote-folds.build.ts');
const { default: data } = await import('../src/citations/citations.json', { with: { type: 'json' } });
const folds = computeQuoteFolds(data.citations.map((citation) => citation.article.quote));
writeFileSync(new URL('../src/citations/quote-folds.json', import.meta.url), `${JSON.stringify(folds, null, 2)}\n`);
console.log(`src/citations/quote-folds.json: ${[...folds.traditional].length} characters`);
