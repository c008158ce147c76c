// Length-preserving normalisation for matching: curly quotes, dashes and odd spaces become
// their plain ASCII forms, one UTF-16 unit for one, so offsets into the result are offsets
// into the original text and recognizers can match plain patterns against it.

const REPLACEMENTS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
  '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u2009': ' ', '\u202F': ' ', '\u200A': ' ',
};

const SPECIAL = /[\u2018\u2019\u201A\u201B\u2032\u201C-\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212\u00A0\u2007\u2009\u202F\u200A]/g;

/** The same text with typographic quotes, dashes and spaces made plain; same length. */
export function normalizeForMatching(text: string): string {
  return text.replace(SPECIAL, (ch) => REPLACEMENTS[ch] ?? ch);
}
