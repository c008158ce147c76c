// Names inside a source phrase: capitalised runs ("Josh Earnest", "World Travel and Tourism
// Council"), titles stripped from a person's name, and whether a name looks like a person.
import { CAPITALISED_FUNCTION_WORDS, isHonorific, ORG_WORDS, TITLE_WORDS } from './attribution-lexicon';
import { withoutPossessive } from '../text/chars';

export interface NameRun {
  start: number;
  end: number;
  text: string;
  words: string[];
}

const PERSON_WORD = /^[A-Z\u00C0-\u00D6\u00D8-\u00DE][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F'\-.]*$/;
const CONNECTORS = new Set(['of', 'and', 'for', 'de', 'van', 'von', 'al', 'bin', 'la', 'le', 'del', 'da', '&']);

function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

function bareLower(word: string): string {
  let w = word.toLowerCase();
  if (w.endsWith('.')) w = w.slice(0, -1);
  if (w.endsWith("'s")) w = w.slice(0, -2);
  return w;
}

/** A letter or digit (ASCII fast path, Unicode letters via case). */
function isWordChar(code: number, ch: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return ch.toLowerCase() !== ch.toUpperCase() || /\p{N}/u.test(ch);
}

interface Token {
  start: number;
  end: number;
  word: string;
}

/** Words of `s`: letters and digits with inner apostrophes, hyphens, ampersands and dots. */
function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordChar(s.charCodeAt(i), s[i]!)) i++;
    if (i >= n) break;
    const start = i;
    let end = i + 1;
    let j = i + 1;
    while (j < n) {
      const code = s.charCodeAt(j);
      if (isWordChar(code, s[j]!)) end = ++j;
      else if (code === 39 || code === 45 || code === 38 || code === 46) j++;
      else break;
    }
    tokens.push({ start, end, word: s.slice(start, end) });
    i = Math.max(end, j);
  }
  return tokens;
}

/** Runs of capitalised words in `s` (connectors like "of"/"and" allowed inside), in order. */
export function capitalisedRuns(s: string): NameRun[] {
  const runs: NameRun[] = [];
  const tokens = tokenize(s);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isCapitalised(t.word) || CAPITALISED_FUNCTION_WORDS.has(bareLower(t.word))) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const gap = s.slice(tokens[j]!.end, tokens[j + 1]!.start);
      // "Mr. Reeves", "Robert M. Danin": an honorific or an initial keeps its full stop
      const abbreviated = gap === '. ' && (isHonorific(tokens[j]!.word) || /^[A-Z\u00C0-\u00D6\u00D8-\u00DE]$/.test(tokens[j]!.word));
      if ((gap !== ' ' && !abbreviated) || tokens[j]!.word.endsWith("'s")) break;
      const nextWord = tokens[j + 1]!.word;
      if (isCapitalised(nextWord)) {
        j++;
        continue;
      }
      const after = tokens[j + 2];
      if (CONNECTORS.has(nextWord) && after && s.slice(tokens[j + 1]!.end, after.start) === ' ' && isCapitalised(after.word)) {
        j += 2;
        continue;
      }
      break;
    }
    const start = t.start;
    const end = tokens[j]!.end;
    runs.push({ start, end, text: s.slice(start, end), words: tokens.slice(i, j + 1).map((x) => x.word) });
    i = j + 1;
  }
  return runs;
}

/** The person's name in a run with titles ("Tunisian Prime Minister Habib Essid" → "Habib Essid"). */
export function withoutTitles(run: NameRun): string[] {
  let last = -1;
  run.words.forEach((w, k) => {
    if (TITLE_WORDS.has(bareLower(w)) && !isHonorific(w)) last = k;
  });
  return last >= 0 && last < run.words.length - 1 ? run.words.slice(last + 1) : run.words;
}

/** True when the words look like a person's name: "Ammar Askar", "Mr. McHugh". */
export function looksLikePerson(words: string[]): boolean {
  if (words.length === 0) return false;
  if (isHonorific(words[0]!) && words.length >= 2) return true;
  if (words.length < 2 || words.length > 3) return false;
  for (const w of words) {
    if (!PERSON_WORD.test(w)) return false;
    const b = bareLower(w);
    if (ORG_WORDS.has(b) || TITLE_WORDS.has(b) || CAPITALISED_FUNCTION_WORDS.has(b)) return false;
  }
  return true;
}

/** The surname of a person's name (its last word without a possessive). */
export function surnameOf(words: string[]): string {
  return withoutPossessive(words[words.length - 1] ?? '');
}
