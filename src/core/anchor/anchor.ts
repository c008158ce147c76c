// Finds a described span again in (possibly edited) text. Order, as Hypothesis does it:
// 1. the quote still sits at its recorded position → done;
// 2. the quote occurs verbatim in matching context → the best such occurrence;
// 3. fuzzy: approximate matches of the quote (Myers bit-vector search, approx-string-match),
//    near the old position first, then in the whole text, ranked by quote similarity, prefix
//    and suffix similarity and closeness to the old position (weights as in Hypothesis).
import search from 'approx-string-match';
import type { TextPosition, TextQuote } from '../model/facts';

export interface AnchorSelectors {
  quote: TextQuote;
  /** where it was; a hint, checked first and used to rank candidates */
  position?: TextPosition;
}

export interface AnchorMatch {
  start: number;
  end: number;
  /** true when text[start, end) equals quote.exact; false for a fuzzy match */
  exact: boolean;
}

/** Relative weight of each signal when ranking candidates. */
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const WEIGHT_SUM = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;
/** A fuzzy match may differ from the quote in at most this share of its characters… */
const MAX_ERROR_RATE = 0.5;
/** …and never in more than this many (bounds the search cost for very long quotes). */
const MAX_ERRORS_CAP = 256;
/** Quotes shorter than this need their context to agree too before a fuzzy match counts. */
const SHORT_QUOTE = 16;
const MIN_SHORT_CONTEXT_SCORE = 0.5;
/** Characters searched each side of the old position before searching the whole text. */
const NEAR_WINDOW_MIN = 256;
/** A match near the old position this good is taken without searching the whole text. */
const GOOD_NEAR_QUOTE_SCORE = 0.9;
const GOOD_NEAR_CONTEXT_SCORE = 0.75;
/** Stands in for masked characters; never part of article text. */
const MASK = '\u0000';

/** Where `selectors` point in `text`, or null when nothing close enough is there. */
export function anchor(text: string, selectors: AnchorSelectors): AnchorMatch | null {
  const { quote, position } = selectors;
  const exact = quote.exact;
  if (exact === '') return null;

  if (position && text.slice(position.start, position.end) === exact) {
    return { start: position.start, end: position.end, exact: true };
  }

  const maxErrors = Math.min(MAX_ERRORS_CAP, Math.floor(exact.length * MAX_ERROR_RATE));
  const verbatim = exactOccurrences(text, exact).map((start) => ({ start, end: start + exact.length, errors: 0 }));
  const bestVerbatim = bestCandidate(text, selectors, verbatim);
  // A verbatim copy whose context fits is the answer. One in a different context (a repeated
  // caption, say) must still be weighed against an edited original near the old position.
  if (bestVerbatim && (bestVerbatim.context === 1 || !position || maxErrors < 1)) return { ...pick(bestVerbatim), exact: true };
  if (maxErrors < 1) return null;

  // Fuzzy: near the old position first (cheap), then everywhere. Verbatim copies are masked out
  // of the searched text, since the search only reports the matches with the fewest errors.
  const searched = verbatim.length > 0 ? masked(text, verbatim) : text;
  const near = position ? searchNear(searched, exact, maxErrors, position) : [];
  let best = bestCandidate(text, selectors, [...verbatim, ...near]);
  if (!best || best.quote < GOOD_NEAR_QUOTE_SCORE || best.context < GOOD_NEAR_CONTEXT_SCORE) {
    best = bestCandidate(text, selectors, [...verbatim, ...near, ...search(searched, exact, maxErrors)]);
  }
  if (!best) return null;
  const isExact = text.slice(best.start, best.end) === exact;
  if (!isExact && exact.length < SHORT_QUOTE && best.context < MIN_SHORT_CONTEXT_SCORE) {
    // a short approximate match needs agreeing context; a verbatim one, if any, is better than none
    return bestVerbatim ? { ...pick(bestVerbatim), exact: true } : null;
  }
  return { ...pick(best), exact: isExact };
}

/** Approximate matches inside a window around the old position, with offsets into `text`. */
function searchNear(text: string, exact: string, maxErrors: number, position: TextPosition): Candidate[] {
  const slack = Math.max(NEAR_WINDOW_MIN, exact.length);
  const from = Math.max(0, Math.min(text.length, position.start) - slack);
  const to = Math.min(text.length, Math.max(position.end, position.start + exact.length) + slack);
  return search(text.slice(from, to), exact, maxErrors).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
}

/** `text` with the given spans blanked out (same length, so offsets still hold). */
function masked(text: string, spans: readonly Candidate[]): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    out += text.slice(at, span.start) + MASK.repeat(span.end - span.start);
    at = span.end;
  }
  return out + text.slice(at);
}

function pick(c: { start: number; end: number }): { start: number; end: number } {
  return { start: c.start, end: c.end };
}

function exactOccurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) found.push(i);
  return found;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** The highest-scoring candidate with its quote score and context score (mean of prefix and suffix similarity). */
function bestCandidate(
  text: string,
  { quote, position }: AnchorSelectors,
  candidates: readonly Candidate[],
): { start: number; end: number; quote: number; context: number } | null {
  let best: { start: number; end: number; quote: number; context: number; score: number } | null = null;
  for (const c of candidates) {
    const quoteScore = 1 - c.errors / quote.exact.length;
    const prefixScore = similarity(text.slice(Math.max(0, c.start - quote.prefix.length), c.start), quote.prefix);
    const suffixScore = similarity(text.slice(c.end, c.end + quote.suffix.length), quote.suffix);
    const positionScore = position ? 1 - Math.abs(c.start - position.start) / Math.max(1, text.length) : 1;
    const score =
      (WEIGHT.quote * quoteScore + WEIGHT.prefix * prefixScore + WEIGHT.suffix * suffixScore + WEIGHT.position * positionScore) /
      WEIGHT_SUM;
    if (!best || score > best.score) best = { start: c.start, end: c.end, quote: quoteScore, context: (prefixScore + suffixScore) / 2, score };
  }
  return best;
}

/** 1 when `actual` equals `expected`, falling towards 0 with the edit distance between them. */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual === expected) return 1;
  return Math.max(0, 1 - editDistance(actual, expected) / expected.length);
}

/** Levenshtein distance (context strings are at most 32 characters, so O(n·m) is cheap). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
