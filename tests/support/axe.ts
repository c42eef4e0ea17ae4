/** Runs axe-core in a page (including extension pages, whose CSP forbids injected script tags). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe's WCAG 2.1 A/AA rules over the page, or over `include` (a selector) only, less `skipRules`. */
export async function axeViolations(page: Page, include?: string, skipRules: string[] = []): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async ([selector, skipped]) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: Object.fromEntries(skipped.map((rule) => [rule, { enabled: false }])),
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  }, [include ?? null, skipRules] as const);
}
