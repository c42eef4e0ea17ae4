/** Placeholder until the lint branch lands its reading-budgets module (same name and value). */
export const ANNOTATOR_SAMPLES = [
  { chars: 8_000, nodes: 250 },
  { chars: 400_000, nodes: 50_000 },
] as const;
