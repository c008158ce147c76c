// Exclusions: number tokens that are not figures. Names, products and versions (GPT-4,
// iPhone 15, Windows 11, Trainium2, Web 2.0, COVID-19, Xbox One), IP addresses, times of day,
// ratios (9/11, 24/7), ordinals (11th), ranks ("number two", No. 1), phone numbers and footnote
// markers. Returns where scanning may resume (past the excluded text), or -1 when the token stands.
import type { NumberToken } from './numbers';
import { stickyAt, stickyTest } from './recognizer';

/** Letters glued before digits ("Trainium2", "PS4") or a name and a hyphen ("GPT-4", "COVID-19"), or "2.0." before. */
const GLUED_NAME_BEFORE = /(?<=[A-Za-z\u00C0-\u024F]|[A-Za-z\u00C0-\u024F]*[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F]*-|[A-Za-z\u00C0-\u024F\d]\.)/y;
const RANK_BEFORE = /(?<=(?:\bnumber|\bNo\.|#)\s*)/iy;
const ORDINAL_AFTER = /(?:st|nd|rd|th)\b/y;
const TIME_AFTER = /\s?(?:a\.m\.|p\.m\.|[ap]m\b|[AP]M\b|o['’]clock\b)|:\d\d/y;
const TIME_ZONE_AFTER = /\s(?:GMT|UTC|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|BST|CET|CEST|IST|JST)\b/y;
/** Ratios and times: 9/11, 24/7, 1 / 5, 3:30. */
const RATIO_BEFORE = /(?<=\d\s?[/:]\s?)/y;
const RATIO_AFTER = /\s?[/:]\s?\d/y;
const VERSION_AFTER = /\.\d/y;
const HEX_AFTER = /x[\da-f]/iy;
/** "version 2.8", "v3", "the 2.8 release", "2.8.x", "level=6": versions and code, not quantities. */
const VERSION_BEFORE = /(?<=\b(?:version|release|v\.?)\s*|\w=)/iy;
const VERSION_WORD_AFTER = /(?:\.x\b|\s+(?:release|version|update|beta|build)\b)/iy;
const PHONE = /(?:\+?1[\s.-])?\(?\d{3}\)?[\s.-]\d{3}[.-]\d{4}\b/y;
const FOOTNOTE = /\[\d{1,3}\]/y;
/** A model number in front ("Core i7 4790k"): a word mixing letters and digits. */
const MODEL_BEFORE = /(?<=(?:^|\s)(?=[A-Za-z\u00C0-\u024F\d-]*[A-Za-z\u00C0-\u024F])[A-Za-z\u00C0-\u024F\d-]*\d[A-Za-z\u00C0-\u024F\d-]*[^\S\t]+)/y;
/** "1. AI shines a light": an enumeration marker at the start of a line. */
const LIST_MARKER_BEFORE = /(?<=(?:^|\n)[ \t]*)/y;
const LIST_MARKER_AFTER = /[.)](?:\s|$)/y;
/** Before a capitalised number word: the start of a sentence or clause, where capitals say nothing. */
const CLAUSE_START_BEFORE = /(?<=(?:^|[.:!?"“”(—–-])\s*)/y;
const CAPITAL = /[A-Z\u00C0-\u00DE]/y;
/** "one hundred twenty-fifth", "three trillionth", "twenty second": the cardinal opens an ordinal. */
const ORDINAL_WORD_AFTER =
  /[ -](?:first|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+ieth|hundredth|thousandth|millionth|billionth|trillionth)\b| second\b/iy;

const DIGIT_0 = 48;
const DIGIT_9 = 57;

const URL_BEFORE = /(?<=(?:[a-z][a-z\d+.-]*:\/\/|www\.)\S*)/iy;
const NON_SPACE_RUN = /\S*/y;

/** Where a URL holding the token ends, or -1 when the token is not inside a URL. */
export function urlUntil(text: string, token: NumberToken): number {
  if (!stickyTest(URL_BEFORE, text, token.start)) return -1;
  stickyTest(NON_SPACE_RUN, text, token.start);
  return NON_SPACE_RUN.lastIndex;
}

/** Where to resume after an excluded token (its end or further), or -1 when it is not excluded. */
export function excludedUntil(text: string, token: NumberToken): number {
  const { start, end } = token;
  if (token.form === 'digits') {
    const prev = text.charCodeAt(start - 1);
    const next = text.charCodeAt(end);
    const nextIsDigitOrSpace = next === 32 || (next >= DIGIT_0 && next <= DIGIT_9);
    if (prev === 40 /* ( */ || nextIsDigitOrSpace || next === 45 || next === 46) {
      if (stickyTest(PHONE, text, start - (prev === 40 ? 1 : 0))) return PHONE.lastIndex;
    }
    if (prev === 91 /* [ */ && stickyTest(FOOTNOTE, text, start - 1)) return FOOTNOTE.lastIndex;
    if (stickyTest(GLUED_NAME_BEFORE, text, start)) return end;
    if (stickyTest(ORDINAL_AFTER, text, end) || stickyTest(TIME_AFTER, text, end) || stickyTest(TIME_ZONE_AFTER, text, end)) return end;
    if (stickyTest(RATIO_BEFORE, text, start) || stickyTest(RATIO_AFTER, text, end)) return end;
    if (!token.scaled && (stickyTest(VERSION_AFTER, text, end) || stickyTest(VERSION_WORD_AFTER, text, end))) return end;
    if (stickyTest(VERSION_BEFORE, text, start)) return end;
    if (text.charCodeAt(start) === DIGIT_0 && end === start + 1 && stickyTest(HEX_AFTER, text, end)) return end + 1 + /^[\da-f]*/i.exec(text.slice(end + 1, end + 17))![0].length;
    if (stickyTest(MODEL_BEFORE, text, start)) return end;
    if (end - start <= 2 && stickyTest(LIST_MARKER_BEFORE, text, start) && stickyTest(LIST_MARKER_AFTER, text, end)) return end;
  }
  // "Xbox One", "Formula One": a capitalised number word in mid-sentence is a name
  if (token.form === 'words' && stickyTest(CAPITAL, text, start) && !stickyTest(CLAUSE_START_BEFORE, text, start)) return end;
  if ((token.form === 'words' || token.form === 'article') && token.value !== 1 && stickyTest(ORDINAL_WORD_AFTER, text, end)) return ORDINAL_WORD_AFTER.lastIndex;
  if (stickyTest(RANK_BEFORE, text, start)) return end;
  return -1;
}

/** Example sentences the test runs through the whole figure finder: none of these is a figure. */
export const EXCLUSION_EXAMPLES: readonly string[] = [
  'OpenAI trains GPT-4 on Trainium2 chips for the iPhone 15 and Windows 11.',
  'Web 2.0 met COVID-19 on 9/11 in 4K at 1080p.',
  'One of OpenAI’s providers shared one analysis with the Xbox One team.',
  'Call 555-123-4567 at 3:30 p.m. or 10am about the 11th version 2.3.1.',
  'Cloud computing ranked number two, as the claim notes.[3]',
];
