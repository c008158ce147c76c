// Token-level agreement between an extracted text and the expected one: a bag of
// normalised words, precision / recall / F1. Used by the extraction bench and its tests.

export interface Agreement {
  precision: number;
  recall: number;
  f1: number;
}

export function tokens(s: string): string[] {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .toLowerCase()
    .split(/[^\p{L}\p{N}$%'.,-]+/u)
    .map((t) => t.replace(/^[.,'-]+|[.,'-]+$/g, ''))
    .filter(Boolean);
}

export function agreement(got: string, want: string): Agreement {
  const bag = new Map<string, number>();
  const wanted = tokens(want);
  for (const t of wanted) bag.set(t, (bag.get(t) ?? 0) + 1);
  const found = tokens(got);
  let hits = 0;
  for (const t of found) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      hits++;
      bag.set(t, n - 1);
    }
  }
  const precision = found.length ? hits / found.length : 0;
  const recall = wanted.length ? hits / wanted.length : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
