import { describe, expect, it } from 'vitest';
import { ANCHOR_BUDGET, ANNOTATOR_SAMPLES, SHORT_LOOK, TITLED_LOOK } from './reading-budgets';

describe('the reading budgets', () => {
  it('let the annotator and the anchoring walk read as far as the detector ever does', () => {
    const longest = ANNOTATOR_SAMPLES[ANNOTATOR_SAMPLES.length - 1]!;
    for (const detector of [SHORT_LOOK, TITLED_LOOK]) {
      for (const annotator of [longest, ANCHOR_BUDGET]) {
        expect(annotator.chars).toBeGreaterThanOrEqual(detector.chars);
        expect(annotator.nodes).toBeGreaterThanOrEqual(detector.nodes);
      }
    }
  });
});
