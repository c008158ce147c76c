// The sentence boundaries of Unicode UAX #29 (rules SB6–SB11) for one line of text, without
// Intl.Segmenter: a full stop, question or exclamation mark, then closing punctuation and
// spaces, ends a sentence unless a digit follows the full stop at once ("3.5"), a capital
// follows a letter and full stop at once ("U.S"), the next letter after a full stop is lower
// case ("e.g. the"), or a comma, colon, semicolon or another terminator follows.

const enum Char {
  Other,
  ATerm,
  STerm,
  Close,
  Sp,
  Upper,
  Lower,
  Numeric,
  SContinue,
}

function classify(code: number, ch: string): Char {
  if (code < 128) {
    if (code === 46) return Char.ATerm;
    if (code === 33 || code === 63) return Char.STerm;
    if (code === 32 || code === 9) return Char.Sp;
    if (code >= 65 && code <= 90) return Char.Upper;
    if (code >= 97 && code <= 122) return Char.Lower;
    if (code >= 48 && code <= 57) return Char.Numeric;
    if (code === 34 || code === 39 || code === 40 || code === 41 || code === 91 || code === 93 || code === 123 || code === 125) return Char.Close;
    if (code === 44 || code === 45 || code === 58 || code === 59) return Char.SContinue;
    return Char.Other;
  }
  if (code === 0x2024 || code === 0xfe52 || code === 0xff0e) return Char.ATerm;
  if (code === 0x203c || code === 0x203d || code === 0x2047 || code === 0x2048 || code === 0x2049 || code === 0x3002 || code === 0xff01 || code === 0xff1f) return Char.STerm;
  if ((code >= 0x2018 && code <= 0x201f) || code === 0x00ab || code === 0x00bb || code === 0x2039 || code === 0x203a) return Char.Close;
  if (code === 0x00a0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000) return Char.Sp;
  if (code === 0x2013 || code === 0x2014 || code === 0x3001 || code === 0xff0c || code === 0xff1a || code === 0xff1b) return Char.SContinue;
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower !== upper) return ch === upper ? Char.Upper : Char.Lower;
  return Char.Other;
}

/**
 * Offsets where the sentences of `line` start, with line.length at the end: [0, …, line.length].
 * Each piece keeps its trailing spaces, as Intl.Segmenter's segments do.
 */
export function uaxSentencePieces(line: string): number[] {
  const bounds = [0];
  const n = line.length;
  for (let i = 0; i < n; i++) {
    const code = line.charCodeAt(i);
    // most characters are no terminator: skip them without classifying
    if (code !== 46 && code !== 33 && code !== 63 && code < 0x2024) continue;
    const term = classify(code, line[i]!);
    if (term !== Char.ATerm && term !== Char.STerm) continue;
    let j = i + 1;
    let sawATermLast = term === Char.ATerm;
    // a run of terminators counts as one ("?!", "...")
    while (j < n) {
      const c = classify(line.charCodeAt(j), line[j]!);
      if (c !== Char.ATerm && c !== Char.STerm) break;
      sawATermLast = c === Char.ATerm;
      j++;
    }
    const afterTerm = j;
    if (sawATermLast && afterTerm < n) {
      const next = classify(line.charCodeAt(afterTerm), line[afterTerm]!);
      // SB6: "3.5"; SB7: "U.S" (a letter, the full stop, a capital)
      if (next === Char.Numeric) { i = afterTerm - 1; continue; }
      if (next === Char.Upper && afterTerm - 2 >= 0) {
        const before = classify(line.charCodeAt(afterTerm - 2), line[afterTerm - 2]!);
        if (afterTerm - 1 === i && (before === Char.Upper || before === Char.Lower)) { i = afterTerm - 1; continue; }
      }
    }
    while (j < n && classify(line.charCodeAt(j), line[j]!) === Char.Close) j++;
    while (j < n && classify(line.charCodeAt(j), line[j]!) === Char.Sp) j++;
    if (j >= n) break;
    const next = classify(line.charCodeAt(j), line[j]!);
    // SB8a: a comma, colon, semicolon or terminator continues the sentence
    if (next === Char.SContinue || next === Char.ATerm || next === Char.STerm) { i = j - 1; continue; }
    if (sawATermLast) {
      // SB8: after a full stop, the sentence goes on when the next letter is lower case
      let k = j;
      while (k < n) {
        const c = classify(line.charCodeAt(k), line[k]!);
        if (c === Char.Upper || c === Char.Lower || c === Char.ATerm || c === Char.STerm) break;
        if (c === Char.Other && /\p{L}/u.test(line[k]!)) break;
        k++;
      }
      if (k < n && classify(line.charCodeAt(k), line[k]!) === Char.Lower) { i = j - 1; continue; }
    }
    bounds.push(j);
    i = j - 1;
  }
  if (n > 0) bounds.push(n);
  return bounds;
}
