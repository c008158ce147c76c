// The facts of a page as spans of the article text: which highlight paints each, and which
// fact a text offset falls in (for hit-testing a pointer or stepping with the keyboard).
// Pure: offsets only, no DOM.
import type { Claim, Facts, Figure, FlaggedSentence, Opinion } from '../../core/model';
import { HL_CLAIM_NAMED, HL_CLAIM_VAGUE, HL_FIGURE, HL_UNSOURCED, type AutoHighlight } from './names';

export type FactRef =
  | { kind: 'figure'; figure: Figure }
  | { kind: 'claim'; claim: Claim }
  | { kind: 'unsourced'; sentence: FlaggedSentence }
  | { kind: 'opinion'; sentence: Opinion };

export interface FactSpan {
  start: number;
  end: number;
  /** the highlight that paints it, or null (opinions are listed, not painted) */
  highlight: AutoHighlight | null;
  fact: FactRef;
}

/** How specific a span is when several cover one offset: the figure beats its sentence. */
const RANK: Record<FactRef['kind'], number> = { figure: 0, claim: 1, unsourced: 2, opinion: 3 };

export function factSpans(facts: Facts): FactSpan[] {
  const spans: FactSpan[] = [];
  for (const figure of facts.figures) {
    spans.push({ ...figure.position, highlight: HL_FIGURE, fact: { kind: 'figure', figure } });
  }
  for (const claim of facts.claims) {
    const highlight = claim.source.kind === 'named' ? HL_CLAIM_NAMED : HL_CLAIM_VAGUE;
    spans.push({ ...claim.position, highlight, fact: { kind: 'claim', claim } });
  }
  for (const sentence of facts.unsourced) {
    spans.push({ ...sentence.position, highlight: HL_UNSOURCED, fact: { kind: 'unsourced', sentence } });
  }
  for (const sentence of facts.opinions) {
    spans.push({ ...sentence.position, highlight: null, fact: { kind: 'opinion', sentence } });
  }
  return spans
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || RANK[a.fact.kind] - RANK[b.fact.kind] || a.end - b.end);
}

/** The most specific painted span containing `offset` (start inclusive, end exclusive). */
export function spanAt(spans: readonly FactSpan[], offset: number): FactSpan | null {
  let best: FactSpan | null = null;
  for (const s of spans) {
    if (s.start > offset) break; // sorted by start
    if (offset >= s.end || s.highlight === null) continue;
    if (!best || RANK[s.fact.kind] < RANK[best.fact.kind] || (RANK[s.fact.kind] === RANK[best.fact.kind] && s.end - s.start < best.end - best.start)) {
      best = s;
    }
  }
  return best;
}

/** The spans a keyboard user steps through: figures and claims, in reading order. */
export function steppable(spans: readonly FactSpan[]): FactSpan[] {
  return spans.filter((s) => s.fact.kind === 'figure' || s.fact.kind === 'claim');
}

/** Index of the next (dir 1) or previous (dir -1) steppable span from `current` (an index,
 *  or -1 for none yet: then the first at or after `fromOffset`). Wraps around. */
export function stepIndex(list: readonly FactSpan[], current: number, dir: 1 | -1, fromOffset = 0): number {
  const n = list.length;
  if (n === 0) return -1;
  if (current < 0 || current >= n) {
    const at = list.findIndex((s) => s.start >= fromOffset);
    if (dir === 1) return at < 0 ? 0 : at;
    return at <= 0 ? n - 1 : at - 1;
  }
  return (current + dir + n) % n;
}
