// Splits text into the words the library search matches against: lower case, accents
// removed, letters and digits only ("$38 billion, Reuters’" → ["38", "billion", "reuters"]).

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/** Distinct search words of `text`, in order of first appearance. */
export function searchWords(text: string): string[] {
  const folded = text.normalize('NFKD').replace(MARKS, '').toLowerCase();
  return [...new Set(folded.match(WORD) ?? [])];
}
