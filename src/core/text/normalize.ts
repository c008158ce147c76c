// Length-preserving normalisation for matching: curly quotes, dashes and odd spaces become
// their plain ASCII forms, one UTF-16 unit for one, so offsets into the result are offsets
// into the original text and recognizers can match plain patterns against it.

/** Each plain form and the typographic characters that become it. */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE_QUOTES = /[\u201C-\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\u00A0\u2007\u2009\u202F\u200A]/g;
/** Any of them: most sentences have none, and then the text comes back as it is. */
const SPECIAL = /[\u2018\u2019\u201A\u201B\u2032\u201C-\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212\u00A0\u2007\u2009\u202F\u200A]/;

/** The same text with typographic quotes, dashes and spaces made plain; same length. */
export function normalizeForMatching(text: string): string {
  if (!SPECIAL.test(text)) return text;
  // one native pass per plain form: no callback per character
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-').replace(SPACES, ' ');
}
