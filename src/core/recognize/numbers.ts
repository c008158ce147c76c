// Numbers: finds every number-like token in a sentence and parses its value ("1,204", "1.5",
// "6 ½", "10^5", "2.33k", "1.2 million", "twenty-two", "a dozen", "a pair", "hundreds of
// thousands", "two-thirds", "twice"). The other recognizers decide what a token is. Kept cheap to
// compile (it runs on every page load): word candidates are found by a hand scan and a set, and
// the word forms are small sticky regexes over a lower-cased copy, without the `i` flag.
import { isWhiteSpace } from '../text/chars';

/** How a number token was written; recognizers use it to decide what the token can be. */
export type NumberForm =
  | 'digits' // 1,204 · 1.5 · 10^5 · 2.33k · 1.2 million
  | 'words' // seven · twenty-two · one hundred · trillion
  | 'vague' // hundreds of thousands · several million · dozens
  | 'article' // a dozen · half a dozen · a million · a pair (of)
  | 'article-unit' // a decade · a year (a duration only when hedged)
  | 'fraction' // two-thirds · a quarter of · half
  | 'fold' // twice · thrice · tenfold
  | 'multi' // multibillion(-dollar)
  | 'digit-class'; // single-digit · double-digit

export interface NumberToken {
  start: number;
  end: number;
  value: number | null;
  form: NumberForm;
  /** vague magnitudes are approximate by nature */
  approx: boolean;
  /** the scale word or abbreviation was part of the token ("million", "k") */
  scaled: boolean;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALE: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12, dozens: 12,
};
const VAGUE: Record<string, number> = {
  tens: 10, dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
};
const FRACTION: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9,
  tenth: 10, tenths: 10,
};
const UNICODE_FRACTION: Record<string, number> = {
  '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875,
};

const W_SMALL =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const W_SCALE = 'hundred|thousand|million|billion|trillion|dozens?';
const W_NUM = `(?:${W_SMALL}|${W_SCALE})`;
const W_FRAC = 'half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?';
const W_ONE_TO_TEN = 'one|two|three|four|five|six|seven|eight|nine|ten';

// The word patterns run without the `i` flag over a lower-cased copy of the sentence: V8 compiles
// a large case-insensitive alternation far more slowly, and this runs on every page load.

/** The word-led forms, tried in this order at a candidate position; the part that matched tells them apart. */
const WORD_FORMS: readonly NumberForm[] = ['digit-class', 'multi', 'vague', 'article', 'article-unit', 'fraction', 'fold', 'words', 'fraction'];
/** One sticky regex per form (first match wins, as in one alternation): small parts compile much faster than their union. */
const WORD_TOKEN_PARTS: readonly RegExp[] = [
  `(\\b(?:single|double|triple)-digits?\\b)`,
  `(\\bmulti-?(?:million|billion|trillion)(?=[- ]dollar))`,
  `(\\b(?:tens|hundreds|thousands|millions|billions|dozens|scores)(?:\\s+of\\s+(?:thousands|millions|billions))*\\b` +
    `|\\b(?:several|a\\s+few|a\\s+couple(?:\\s+of)?|many|few)\\s+(?:dozen|hundred|thousand|million|billion)\\b(?!-))`,
  `(\\b(?:half\\s+(?:a\\s+)?(?:dozen|million|billion|trillion)|a\\s+quarter(?:\\s+of\\s+a)?\\s+(?:million|billion|trillion)|an?\\s+(?:dozen|hundred|thousand|million|billion|trillion)|a\\s+pair(?=\\s+of\\b))\\b(?!-))`,
  `(\\ban?\\s+(?:decade|century)\\b(?!-))`,
  // (?!\\w) rather than \\b after the hyphenated form: V8 compiles that one several times faster
  `(\\b(?:(?:${W_ONE_TO_TEN})-(?:${W_FRAC})(?!\\w)|(?:${W_ONE_TO_TEN})\\s+(?:thirds?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\\b|(?:${W_ONE_TO_TEN}|a)\\s+(?:${W_FRAC})(?=\\s+of\\b)))`,
  `(\\b(?:twice|thrice|half|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)fold)\\b)`,
  `(\\b${W_NUM}(?:(?:[ \\-]|(?<=hundred|thousand|million|billion|trillion)\\s+and\\s+)${W_NUM})*\\b(?:\\s+and\\s+a\\s+half\\b(?:\\s+(?:thousand|million|billion|trillion)\\b)?)?)`,
  `([½¼¾⅓⅔⅛⅜⅝⅞])`,
].map((src) => new RegExp(src, 'y'));

/** The word-led token at `at` of `lower`: its match and the index of the form, or null. */
function wordTokenAt(lower: string, at: number): { m: RegExpExecArray; group: number } | null {
  for (let group = 0; group < WORD_TOKEN_PARTS.length; group++) {
    const re = WORD_TOKEN_PARTS[group] as RegExp;
    re.lastIndex = at;
    const m = re.exec(lower);
    if (m) return { m, group };
  }
  return null;
}


/** Digits, with sign, decimals, exponent, a fraction glyph or a power ("1,204", "-3.5", "6 ½", "2^15 - 1"). */
const DIGITS_TOKEN = new RegExp(`(?:(?:(?<=^|[\\s(])[-−](?=\\d))?(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?(?:e[-+]?\\d+\\b)?|(?<![\\d.])\\.\\d+)(?:\\s?[½¼¾⅓⅔⅛⅜⅝⅞])?(?:\\^\\d+(?:\\s?[-+]\\s?\\d+(?!\\d|[,.]\\d))?)?`, 'y');

/** Whether `word` is a number word on its own ("three", "Hundred", "dozen"). */
export function isNumberWord(word: string): boolean {
  const w = word.toLowerCase();
  return SMALL[w] !== undefined || SCALE[w] !== undefined;
}

/** A run of number words, for other recognizers' patterns ("five hundred", "twenty-one"). */
export const WORD_NUMBER_SRC = `${W_NUM}(?:[ -]${W_NUM})*`;

/** Where a digit-led token can start (a sign or a leading point is found by looking back). */
const DIGIT_START = /\d/g;
/** Words a word-led token can start with (an article before some of them is found by looking back). */
const START_WORDS: ReadonlySet<string> = new Set(
  `${W_SMALL}|${W_SCALE.replace('dozens?', 'dozen|dozens')}|pair|tens|hundreds|thousands|millions|billions|scores|several|few|many|half|twice|thrice|single|double|triple|couple|quarter|decade|century|third|fifth|sixth|seventh|eighth|ninth|tenth`.split('|'),
);
const FOLD_BASES: ReadonlySet<string> = new Set('two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand'.split('|'));
/** what follows "multi" in "multibillion", "multi-million" */
const MULTI_REST = /^-?[mbt]/;
const A = 97;
const Z = 122;
const isLetter = (c: number): boolean => c >= A && c <= Z;
/** a letter, digit or underscore: what `\b` counts as a word character */
const isWordChar = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 95;
const GLYPHS: ReadonlySet<number> = new Set([...'½¼¾⅓⅔⅛⅜⅝⅞'].map((g) => g.charCodeAt(0)));
/** The first two letters of every start word (and of "multi…", "…fold"): a cheap filter before the set lookup. */
const START_PAIRS = new Uint8Array(26 * 26);
for (const w of [...START_WORDS, ...FOLD_BASES, 'multi']) START_PAIRS[(w.charCodeAt(0) - A) * 26 + (w.charCodeAt(1) - A)] = 1;

/** Whether the word `lower[at..end)` can start a word-led token. */
function isStartWord(lower: string, at: number, end: number): boolean {
  if (end - at < 2 || !START_PAIRS[(lower.charCodeAt(at) - A) * 26 + (lower.charCodeAt(at + 1) - A)]) return false;
  const w = lower.slice(at, end);
  if (START_WORDS.has(w)) return true;
  if (w.endsWith('fold')) return FOLD_BASES.has(w.slice(0, -4));
  return w.startsWith('multi') && MULTI_REST.test(lower.slice(at + 5, at + 7));
}

/** The next position at or after `from` in `lower` where a word-led token can start, or -1. */
function nextWordCandidate(lower: string, from: number): number {
  // a hand scan with a set lookup per word: a regex alternation of all these words costs more
  // to compile than it saves, and a regex per word allocates a match for every word
  const n = lower.length;
  let i = from;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (isLetter(c)) {
      let end = i + 1;
      while (end < n && isLetter(lower.charCodeAt(end))) end++;
      if ((i === 0 || !isWordChar(lower.charCodeAt(i - 1))) && isStartWord(lower, i, end)) return i;
      i = end;
    } else if (c > 127 && GLYPHS.has(c)) return i;
    else i++;
  }
  return -1;
}

/** "a", "an", "half a", "a quarter of a" right before a candidate word: the token starts there. */
const ARTICLE_BEFORE = /(?<=(?:^|[^a-z])((?:half\s+)?an?|a\s+quarter(?:\s+of\s+a)?)\s+)/y;

/** white space or an opening parenthesis */
const SPACE_OR_PAREN = /[\s(]/;
/** a leading minus sign */
const LEADING_MINUS = /^[-−]/;
/** a leading minus sign and its space */
const LEADING_MINUS_SPACE = /^[-−]\s?/;
/** the power after a caret, with an offset: "15 - 1" */
const POWER = /^(\d+)(?:\s?([-+])\s?(\d+))?/;
/** thousands separators */
const COMMAS = /,/g;
/** a single non-zero digit */
const ONE_DIGIT = /^[1-9]$/;
/** a scale word inside a run of number words */
const SCALE_WORD = /hundred|thousand|million|billion|trillion|dozen/i;

/** A minus sign or a leading point right before the first digit belongs to the number ("-3", ".08"). */
function digitStart(text: string, at: number): number {
  const prev = text.charCodeAt(at - 1);
  if (prev === 45 /* - */ || prev === 0x2212 || prev === 46 /* . */) {
    const before = text.charAt(at - 2);
    if (before === '' || SPACE_OR_PAREN.test(before)) return at - 1;
  }
  return at;
}

function wordStart(text: string, at: number): number {
  ARTICLE_BEFORE.lastIndex = at;
  const m = ARTICLE_BEFORE.exec(text);
  if (!m) return at;
  let p = at;
  while (p > 0 && isWhiteSpace(text.charCodeAt(p - 1))) p--;
  return p - (m[1] ?? '').length;
}

/** The next candidate position at or after `from` for a global regex, or -1. */
function nextCandidate(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : -1;
}

/** A scale after digits: "1.2 million", "2.33k", "5M", "19bn" (case matters for the short forms). */
const DIGIT_SCALE = /\s+(hundred|thousand|million|billion|trillion|dozens?)\b(?!-)|(k|K|M|MM|mil|bn|b|mn|B|tn|trn)\b|\s?(mln|bln|tln)\b/y;
const SCALE_ABBR: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, MM: 1e6, mil: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, bln: 1e9, B: 1e9, tn: 1e12, trn: 1e12, tln: 1e12 };

/** Value of a run of number words: "twenty-two" 22, "one hundred and five" 105, "two and a half" 2.5. */
export function parseWordNumber(s: string): number | null {
  const words = s.toLowerCase().split(/[\s-]+/);
  let total = 0;
  let current = 0;
  let seen = false;
  let lastScale = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === 'and') {
      if (words[i + 1] === 'a' && words[i + 2] === 'half') {
        // "two and a half" 2.5; "one million and a half" 1.5 million
        if (current > 0 || lastScale === 0) current += 0.5;
        else total += lastScale / 2;
        i += 2;
      }
      continue;
    }
    const small = SMALL[w];
    if (small !== undefined) {
      current += small;
      seen = true;
      continue;
    }
    const scale = SCALE[w];
    if (scale === undefined) return null;
    if (scale === 100) current = (current || 1) * 100;
    else if (total > 0 && current === 0 && scale > lastScale) total *= scale; // "five and a half million"
    else {
      total += (current || 1) * scale;
      current = 0;
    }
    lastScale = scale;
    seen = true;
  }
  return seen ? total + current : null;
}

/** Value of digits as written: "1,204" 1204, "6 ½" 6.5, "10^5" 100000. */
export function parseDigits(s: string): number {
  const negative = LEADING_MINUS.test(s);
  let body = negative ? s.replace(LEADING_MINUS_SPACE, '') : s;
  let exponent: number | null = null;
  const caret = body.indexOf('^');
  let offset = 0;
  if (caret >= 0) {
    const [, power, plus, add] = POWER.exec(body.slice(caret + 1)) ?? [];
    exponent = Number(power);
    if (add) offset = plus === '-' ? -Number(add) : Number(add);
    body = body.slice(0, caret);
  }
  let fraction = 0;
  const last = body.charAt(body.length - 1);
  const uf = UNICODE_FRACTION[last];
  if (uf !== undefined) {
    fraction = uf;
    body = body.slice(0, -1).trim();
  }
  const base = Number(body.replace(COMMAS, '')) + fraction;
  const value = exponent === null ? base : Math.pow(base, exponent) + offset;
  return negative ? -value : value;
}

function vagueValue(s: string): number {
  const words = s.toLowerCase().split(/\s+/);
  let value = 1;
  for (const w of words) value *= VAGUE[w] ?? SCALE[w] ?? 1;
  return value;
}

function fractionValue(s: string): number | null {
  const [a, b] = s.toLowerCase().split(/[\s-]+/);
  const numerator = a === 'a' ? 1 : SMALL[a ?? ''];
  const denominator = FRACTION[b ?? ''];
  if (numerator === undefined || denominator === undefined) return null;
  return numerator / denominator;
}

function foldValue(s: string): number | null {
  const w = s.toLowerCase();
  if (w === 'twice') return 2;
  if (w === 'thrice') return 3;
  if (w === 'half') return 0.5;
  return parseWordNumber(w.slice(0, -4));
}

function articleValue(s: string): number {
  const words = s.toLowerCase().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (last === 'pair') return 2;
  const scale = SCALE[last] ?? 1;
  if (words[0] === 'half') return scale / 2;
  return words[1] === 'quarter' ? scale / 4 : scale;
}

const ASCII_CAPITAL = /[A-Z]/g;
const toLower = (c: string): string => String.fromCharCode(c.charCodeAt(0) | 32);

/** `text` in lower case with every character at its place (toLowerCase may lengthen a few letters). */
function lowerInPlace(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text.replace(ASCII_CAPITAL, toLower);
}

/** Every number-like token of `text`, in order, non-overlapping. */
export function scanNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  const lower = lowerInPlace(text);
  // two cheap candidate scans, merged by position: digit-led and word-led
  let nextDigit = nextCandidate(DIGIT_START, text, 0);
  let nextWord = nextWordCandidate(lower, 0);
  let resume = 0;
  while (nextDigit >= 0 || nextWord >= 0) {
    const isDigitLed = nextWord < 0 || (nextDigit >= 0 && nextDigit < nextWord);
    const at = isDigitLed ? nextDigit : nextWord;
    const tokenStart = Math.max(resume, isDigitLed ? digitStart(text, at) : wordStart(lower, at));
    let group = 0;
    let m: RegExpExecArray | null = null;
    // from the article or sign in front, else from the candidate itself
    for (let from = tokenStart; !m; from = at) {
      if (isDigitLed) {
        DIGITS_TOKEN.lastIndex = from;
        m = DIGITS_TOKEN.exec(text);
      } else {
        const found = wordTokenAt(lower, from);
        m = found?.m ?? null;
        group = found?.group ?? 0;
      }
      if (from === at) break;
    }
    const after = m ? m.index + m[0].length : at + 1;
    if (isDigitLed) nextDigit = nextCandidate(DIGIT_START, text, after);
    else nextWord = nextWordCandidate(lower, after);
    if (!m) continue;
    resume = after;
    if (nextDigit >= 0 && nextDigit < after) nextDigit = nextCandidate(DIGIT_START, text, after);
    if (nextWord >= 0 && nextWord < after) nextWord = nextWordCandidate(lower, after);
    const start = m.index;
    let end = start + m[0].length;
    const raw = m[0];
    const form = isDigitLed ? 'digits' : WORD_FORMS[group];
    if (form === 'digits') {
      let value = parseDigits(raw);
      let scaled = false;
      DIGIT_SCALE.lastIndex = end;
      const s = DIGIT_SCALE.exec(text);
      // "4K" / "8K" are resolutions, not thousands: leave a lone digit's K alone
      if (s && !(s[2] === 'K' && ONE_DIGIT.test(raw))) {
        value *= s[1] ? (SCALE[s[1].toLowerCase()] ?? 1) : (SCALE_ABBR[s[2] ?? s[3] ?? ''] ?? 1);
        end = DIGIT_SCALE.lastIndex;
        scaled = true;
        resume = end;
        if (nextDigit >= 0 && nextDigit < end) nextDigit = nextCandidate(DIGIT_START, text, end);
        if (nextWord >= 0 && nextWord < end) nextWord = nextWordCandidate(lower, end);
      }
      tokens.push({ start, end, value, form: 'digits', approx: false, scaled });
    } else if (form === 'fraction' && group === WORD_FORMS.length - 1) {
      tokens.push({ start, end, value: UNICODE_FRACTION[raw] ?? null, form: 'fraction', approx: false, scaled: false });
    } else if (form === 'words') {
      tokens.push({ start, end, value: parseWordNumber(raw), form: 'words', approx: false, scaled: SCALE_WORD.test(raw) });
    } else if (form === 'vague') {
      tokens.push({ start, end, value: vagueValue(raw), form: 'vague', approx: true, scaled: true });
    } else if (form === 'article') {
      tokens.push({ start, end, value: articleValue(raw), form: 'article', approx: false, scaled: true });
    } else if (form === 'article-unit') {
      tokens.push({ start, end, value: 1, form: 'article-unit', approx: false, scaled: false });
    } else if (form === 'fraction') {
      tokens.push({ start, end, value: fractionValue(raw), form: 'fraction', approx: false, scaled: false });
    } else if (form === 'fold') {
      tokens.push({ start, end, value: foldValue(raw), form: 'fold', approx: false, scaled: false });
    } else if (form === 'digit-class') {
      const order = /^single/i.test(raw) ? 1 : /^double/i.test(raw) ? 10 : 100;
      tokens.push({ start, end, value: order, form: 'digit-class', approx: true, scaled: false });
    } else if (form === 'multi') {
      tokens.push({ start, end, value: null, form: 'multi', approx: true, scaled: true });
    }
  }
  return tokens;
}
