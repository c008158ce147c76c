// Sentence splitting over the article text with Intl.Segmenter (Unicode UAX #29), plus the
// repairs news prose needs: no break after titles and abbreviations ("Mr.", "Dr.", "U.S. Embassy",
// "Inc.", "Jan."), and every line break ends a sentence (lines are paragraphs, captions, headings).
import { isWhiteSpace } from './chars';

/** Made on first use: creating the first Intl.Segmenter loads ICU's break rules, 25–60 ms in a
 *  fresh Chromium process, which the background should not pay just to start. */
let segmenter: Intl.Segmenter | null = null;

/**
 * Characters that can never decide a sentence break on their own: plain ASCII other than
 * . ! ? and the typographic quotes, dashes and spaces of news prose. UAX #29 breaks only after
 * a terminator (. ! ? and their Unicode kin) or a paragraph separator, looking back one
 * character before it and ahead to the first letter after it; anything else stops the trim.
 */
function isInert(c: number): boolean {
  if (c < 128) return c !== 46 && c !== 33 && c !== 63;
  return c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014 || c === 0xa0;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The segmenter's sentence boundaries in a line, as offsets from 0 to line.length. Only the
 * stretch that can hold a break is segmented: from the word before the first terminator to the
 * word after the last one's following letter (no break can fall outside it, and the rules see
 * no further than that), so the boundaries are those of segmenting the whole line.
 */
function sentenceBounds(line: string): number[] {
  const n = line.length;
  let first = 0;
  while (first < n && isInert(line.charCodeAt(first))) first++;
  let last = n - 1;
  while (last > first && isInert(line.charCodeAt(last))) last--;
  // from the start of the word holding the character before the first terminator
  const from = first > 1 ? line.lastIndexOf(' ', first - 2) + 1 : 0;
  // to the end of the word holding the first letter after the last terminator
  let to = last + 1;
  while (to < n && !isAsciiLetter(line.charCodeAt(to))) to++;
  if (to < n) {
    const space = line.indexOf(' ', to);
    to = space < 0 ? n : space;
  } else to = n;
  const bounds = [0];
  const part = from === 0 && to === n ? line : line.slice(from, to);
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const seg of segmenter.segment(part)) {
    const end = from + seg.index + seg.segment.length;
    if (end > from && end < to) bounds.push(end);
  }
  bounds.push(n);
  return bounds;
}

export interface SentenceSpan {
  /** offset of the first character in the text */
  start: number;
  /** offset after the last character (trailing white space excluded) */
  end: number;
  text: string;
}

/** Abbreviations after which a capitalised word never starts a new sentence. */
const ALWAYS_JOIN = /(?:^|[\s("'\u201C\u2018])(?:[A-Z]|Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Jr|St|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Rev|Hon|Pres|Supt|Det|Insp|Fr|No|Nos|Vol|Fig|vs|v|e\.g|i\.e|approx|Ph\.D|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.\s*$/;
/** Abbreviations that may also end a sentence: join unless the next word starts sentences. */
const MAYBE_JOIN = /(?:^|[\s("'\u201C\u2018])(?:(?:[A-Z]\.)+[A-Z]|[ap]\.m|Inc|Corp|Co|Ltd|Bros|Ave|etc)\.\s*$/;
const SENTENCE_STARTER =
  /^["'\u201C\u2018(]?(?:The|A|An|It|Its|He|She|They|We|I|You|But|And|Or|So|Yet|This|That|These|Those|There|Here|In|On|At|For|As|If|When|While|After|Before|Still|Now|Then|Meanwhile|However|Some|Many|Most|One|Our|My|His|Her|Their)\b/;
const TRAILING_OPENERS = /[("'\u201C\u2018\[]+$/;

/** A full stop, question or exclamation mark followed by white space inside a line: a possible break. */
const INNER_BREAK = /[.!?][)\]"'\u201D\u2019]*(?:\s+\S|[([\u201C][A-Z])/;

function pushTrimmed(text: string, start: number, end: number, out: SentenceSpan[]): void {
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/** The last few characters before a candidate break, enough for the abbreviation checks. */
function tail(line: string, from: number, to: number): string {
  let end = to;
  while (end > from && isWhiteSpace(line.charCodeAt(end - 1))) end--;
  return line.slice(Math.max(from, end - 12), end);
}

function splitLine(text: string, lineStart: number, lineEnd: number, out: SentenceSpan[]): void {
  const line = text.slice(lineStart, lineEnd);
  if (!INNER_BREAK.test(line)) {
    pushTrimmed(text, lineStart, lineEnd, out);
    return;
  }
  const pieces: Array<[number, number]> = [];
  let carry = 0;
  const bounds = sentenceBounds(line);
  for (let k = 0; k + 1 < bounds.length; k++) {
    const s = bounds[k]! - carry;
    let e = bounds[k + 1]!;
    carry = 0;
    // an opening bracket or quote glued to the end ("said.(Photo") belongs to the next sentence
    const last = line.charCodeAt(e - 1);
    if (last === 40 || last === 91 || last === 0x201c || last === 0x2018) {
      const body = line.slice(s, e);
      const opener = TRAILING_OPENERS.exec(body);
      if (opener && opener[0].length < body.length && /[.!?]$/.test(body.slice(0, -opener[0].length))) {
        carry = opener[0].length;
        e -= carry;
      }
    }
    pieces.push([s, e]);
  }
  let pendingStart = -1;
  for (let i = 0; i < pieces.length; i++) {
    const [s, e] = pieces[i]!;
    if (pendingStart < 0) pendingStart = s;
    const next = pieces[i + 1];
    if (next) {
      const before = tail(line, pendingStart, e);
      if (ALWAYS_JOIN.test(before)) continue;
      if (MAYBE_JOIN.test(before)) {
        const after = line.slice(next[0], Math.min(next[1], next[0] + 24));
        if (/^\s*["'\u201C\u2018(]?[A-Z0-9]/.test(after) && !SENTENCE_STARTER.test(after.trimStart())) continue;
      }
    }
    pushTrimmed(text, lineStart + pendingStart, lineStart + e, out);
    pendingStart = -1;
  }
}

/** The sentences of `text`, in order, with offsets into it. Line breaks always end a sentence. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const ch = i < n ? text.charCodeAt(i) : 10;
    if (ch === 10 || ch === 13 || ch === 0x2028 || ch === 0x2029) {
      if (i > lineStart) splitLine(text, lineStart, i, out);
      lineStart = i + 1;
    }
  }
  return out;
}
