// Counts: plain numbers of things ([3,000] employees · [1.2 million] users · [a dozen] chips ·
// [hundreds of thousands] of GPUs · an [8]-core CPU). The span is the number, never the noun.
// "one" counts only when it is plainly a number (“two NASA astronauts and one from the EU”,
// “only one”), not a pronoun or article (“one of”, “one analysis”).
// A bare decimal that names a release is not a count ("2.8 has been labeled a long-term
// release", a table row labelled "4.3").
import type { FigureSpan } from '../model/facts';
import { isAfterName, isBeforeName } from './names';
import { before, stickyTest, tokenText, type Recognizer } from './recognizer';

const GLUED_AFTER = /[A-Za-z\u00C0-\u024F\d]/y;
const ONE_COMPOUND_AFTER = /-(?!(?:year|month|week|day|hour|minute|second)\b)/y;
const ONE_NUMERIC_BEFORE = /\b(?:only|just|exactly|than|at\s+least|and|or|but|single|by)\s+$/i;
const OF_AFTER = /\s+of\b/y;
const NUMBER_NEARBY = /\b(?:\d|two|three|four|five|six|seven|eight|nine|ten|twenty)/i;
const BARE_SCALE = /^(?:hundred|thousand|million|billion|trillion|dozen)$/i;

/** a bare decimal ("2.8", "4.1"): a count of things is rarely written so, a release often is */
const BARE_DECIMAL = /^\d+\.\d+$/;
/** words that make a bare decimal a release number: "2.8 has been labeled a long-term release" */
const SOFTWARE_CUE =
  /\b(?:releases?|released|versions?|kernels?|branch(?:es)?|updates?|updated|upgrades?|upgraded|composer|builds?|beta|patch(?:es)?|changelog|LTS|long-term|point release)\b|\d\.\d+\.\d/i;
/** a table row's first cell, "4.3\t…": a decimal there labels the row (a release, a section) */
const ROW_LABEL_AFTER = /[^\S\n]*\t/y;
const LINE_START_BEFORE = /(?<=(?:^|\n)[^\S\n]*)/y;
/** a whole number written with ".0" (a version: "Web 2.0") */
const WHOLE_POINT_ZERO = /^\d+\.0$/;
/** a number shaped like a year */
const YEAR_SHAPED = /^(?:1[89]|20)\d\d$/;
/** words that make "one" a number on their own */
const NUMERIC_ONE_CUE = /\b(?:only|just|exactly|than|least|single)\s+$/i;

export const recognizeCount: Recognizer = (text, token) => {
  switch (token.form) {
    case 'fold':
    case 'fraction':
    case 'article-unit':
    case 'multi':
    case 'digit-class':
      return null;
    case 'vague': {
      const raw = tokenText(text, token).toLowerCase();
      // "test scores", "tens" on their own are not magnitudes
      if ((raw === 'scores' || raw === 'tens' || raw === 'dozens') && !stickyTest(OF_AFTER, text, token.end)) return null;
      return count(token.start, token.end, token.value, true);
    }
    case 'article':
      return count(token.start, token.end, token.value, false);
    case 'words': {
      const raw = tokenText(text, token).toLowerCase();
      if (BARE_SCALE.test(raw)) return null;
      if (raw === 'one' && !isNumericOne(text, token.start, token.end)) return null;
      return count(token.start, token.end, token.value, false);
    }
    case 'digits':
      if (stickyTest(GLUED_AFTER, text, token.end)) return null;
      // "Web 2.0", "HTTP 1.0": a whole number written with ".0" names a version
      if (!token.scaled && WHOLE_POINT_ZERO.test(tokenText(text, token))) return null;
      if (!token.scaled && BARE_DECIMAL.test(tokenText(text, token)) && isReleaseNumber(text, token.start, token.end)) return null;
      if (!token.scaled && isAfterName(text, token.start)) return null;
      // "the 2009 Pulitzer Prize": a year-shaped number in a name
      if (YEAR_SHAPED.test(tokenText(text, token)) && isBeforeName(text, token.start, token.end)) return null;
      return count(token.start, token.end, token.value, false);
  }
};

/** Whether the bare decimal at `start..end` names a release: a software word in the sentence, or a row label. */
function isReleaseNumber(text: string, start: number, end: number): boolean {
  if (stickyTest(LINE_START_BEFORE, text, start) && stickyTest(ROW_LABEL_AFTER, text, end)) return true;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end);
  return SOFTWARE_CUE.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
}

function isNumericOne(text: string, start: number, end: number): boolean {
  if (stickyTest(OF_AFTER, text, end) || stickyTest(ONE_COMPOUND_AFTER, text, end)) return false;
  const lead = before(text, start, 48);
  if (!ONE_NUMERIC_BEFORE.test(lead)) return false;
  // "and one": only a number when another number is being listed next to it
  return NUMERIC_ONE_CUE.test(lead) || NUMBER_NEARBY.test(lead);
}

function count(start: number, end: number, value: number | null, approx: boolean): FigureSpan {
  return { start, end, kind: 'count', value, unit: null, approx };
}

/** Example sentences the test runs through the whole figure finder. */
export const COUNT_EXAMPLES: ReadonlyArray<{ text: string; figures: ReadonlyArray<{ text: string; value: number; approx?: boolean }> }> = [
  { text: 'Amazon will deploy hundreds of thousands of GPUs for 1.2 million users.', figures: [{ text: 'hundreds of thousands', value: 1e5, approx: true }, { text: '1.2 million', value: 1.2e6 }] },
  { text: 'It has 3,000 employees, a dozen chips and an 8-core CPU.', figures: [{ text: '3,000', value: 3000 }, { text: 'a dozen', value: 12 }, { text: '8', value: 8 }] },
  { text: 'The crew has three cosmonauts, two NASA astronauts and one from the EU.', figures: [{ text: 'three', value: 3 }, { text: 'two', value: 2 }, { text: 'one', value: 1 }] },
  { text: 'One of the providers cited one analysis and twenty-two sources.', figures: [{ text: 'twenty-two', value: 22 }] },
  { text: '2.8 has been labeled a long-term release; the composer in 2.8 gained 12 options.', figures: [{ text: '12', value: 12 }] },
  { text: 'It made two releases: 4.1 and then 4.1.1.', figures: [{ text: 'two', value: 2 }] },
  { text: 'They stored a pair of jawbones.', figures: [{ text: 'a pair', value: 2 }] },
  { text: 'Each household has 2.5 children.', figures: [{ text: '2.5', value: 2.5 }] },
];
