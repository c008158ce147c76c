// Page chrome inside article text: lines that are not prose (gallery captions "Gallery: … | 14
// Photos", prices in a sidebar "from $610.00", counters "87", slideshow "1 / 5", a dateline
// "Feb. 21, 2019", table rows with tab-separated cells). Figures on such lines are not reported.

/** Cells of a table row or items of a breadcrumb/caption: "Gallery: … | 14 Photos", "Red Hat\t8417\t38.0%". */
const SEPARATOR = /\s[|•·]\s|\t/;
const ENDS_LIKE_PROSE = /[.!?:;"”’]$/;
const WORD = /[A-Za-z\u00C0-\u024F\d]+/g;

/** Whether one line of text (no newline in it) reads as page chrome rather than prose. */
export function isChromeLine(line: string): boolean {
  const t = line.trim();
  if (t === '') return false;
  if (SEPARATOR.test(t)) return true;
  if (ENDS_LIKE_PROSE.test(t)) return false;
  let words = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(t) && words < 5) words++;
  return words < 5;
}

/** A timestamp of the page, not of the story: "First published February 1, 2016", "Updated March 3". */
const TIMESTAMP_BEFORE = /(?<=\b(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Mm]odified|[Ll]ast\s+updated)(?:\s+on)?:?\s+)/y;

/** Whether the date starting at `at` is a page timestamp. */
export function isTimestampAt(text: string, at: number): boolean {
  TIMESTAMP_BEFORE.lastIndex = at;
  return TIMESTAMP_BEFORE.test(text);
}

/** Example lines the test runs through isChromeLine and the figure finder. */
export const CHROME_EXAMPLES: ReadonlyArray<{ line: string; chrome: boolean }> = [
  { line: 'Gallery: Xbox One X | 14 Photos', chrome: true },
  { line: 'from $610.00', chrome: true },
  { line: 'Feb. 21, 2019', chrome: true },
  { line: 'Red Hat\t8417\t38.0%', chrome: true },
  { line: 'Amazon’s $38 billion bet', chrome: false },
  { line: 'The console costs $500.', chrome: false },
];
