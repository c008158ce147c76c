// Builds a "#:~:text=" link (URL Text Fragments) that scrolls a browser to a fact's words.
// Short quotes are linked whole with their context; long sentences by their first and last
// few words (textStart,textEnd).
import type { TextQuote } from '../../core/model';

/** Percent-encodes a fragment directive term ("-", "," and "&" are syntax there). */
function term(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

const WORDS_AT_EDGE = 4;

function edgeWords(words: string[], fromEnd: boolean): string {
  return (fromEnd ? words.slice(-WORDS_AT_EDGE) : words.slice(0, WORDS_AT_EDGE)).join(' ');
}

/** Last (or first) whole words of a context string, trimmed to a few words. */
function context(s: string, fromEnd: boolean): string {
  const words = s.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  // a cut-off word at the outer edge of the context would not match; drop it
  const whole = fromEnd ? words.slice(1) : words.slice(0, -1);
  return edgeWords(whole.length ? whole : words, fromEnd);
}

export function textFragmentUrl(pageUrl: string, quote: TextQuote): string {
  const base = pageUrl.split('#')[0]!;
  const exact = quote.exact.replace(/\s+/g, ' ').trim();
  const words = exact.split(' ');
  const body =
    words.length > WORDS_AT_EDGE * 2 + 2
      ? `${term(edgeWords(words, false))},${term(edgeWords(words, true))}`
      : term(exact);
  const prefix = context(quote.prefix, true);
  const suffix = context(quote.suffix, false);
  const parts = [prefix ? `${term(prefix)}-,` : '', body, suffix ? `,-${term(suffix)}` : ''];
  return `${base}#:~:text=${parts.join('')}`;
}
