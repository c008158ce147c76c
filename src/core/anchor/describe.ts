// Describes a span of text as a TextQuoteSelector (exact + up to 32 chars of context each side)
// and a TextPositionSelector.
import type { TextPosition, TextQuote } from '../model/facts';

/** How much context prefix and suffix carry (spec/facts.md: up to 32). */
export const CONTEXT_CHARS = 32;

/** Selectors for text[start, end). Offsets are clamped into the text and ordered. */
export function describe(text: string, start: number, end: number): { quote: TextQuote; position: TextPosition } {
  const a = clamp(Math.min(start, end), 0, text.length);
  const b = clamp(Math.max(start, end), 0, text.length);
  return {
    quote: {
      exact: text.slice(a, b),
      prefix: text.slice(Math.max(0, a - CONTEXT_CHARS), a),
      suffix: text.slice(b, b + CONTEXT_CHARS),
    },
    position: { start: a, end: b },
  };
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.trunc(n))) : lo;
}
