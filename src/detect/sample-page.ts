/**
 * Reads the start of a page's visible text for the detector, within a budget
 * (src/detect/text-walker.ts): a portal's 340 KB of inline CSS before its article must not use up
 * the sample. Only long hidden text is passed over (isLongHiddenText), which is what can use it up.
 */
import type { TextBudget } from './reading-budgets';
import { isLongHiddenText, walkText } from './text-walker';

export interface TextSample {
  text: string;
  /** True when the walk ran out of text before the budget did: the sample is the whole page's text. */
  wholePage: boolean;
}

export function sampleText(root: Node, budget: TextBudget): TextSample {
  let text = '';
  const wholePage = walkText(
    root,
    budget,
    (part) => {
      text += part;
    },
    { hidden: isLongHiddenText },
  );
  return { text, wholePage };
}
