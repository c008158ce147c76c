// Page chrome inside article text: lines that are not prose (gallery captions "Gallery: … | 14
// Photos", prices in a sidebar "from $610.00", counters "87", slideshow "1 / 5", a dateline
// "Feb. 21, 2019", a teaser list that trails off "…; Debian, Fedora, ..."). Figures on such
// lines are not reported. Table rows (tab-separated cells, "Red Hat\t8417\t38.0%") are data,
// not chrome: a reader of a table wants its figures.

/** Items of a breadcrumb or caption: "Gallery: … | 14 Photos". */
const SEPARATOR = /\s[|•·]\s/;
/** A cell boundary: the line is a table row. */
const TAB = '\t';
const ENDS_LIKE_PROSE = /[.!?:;"”’]$/;
/** A list that trails off, "Debian, Fedora, ...": a teaser in an index of other stories. */
const TRAILING_LIST = /,\s*(?:\.\.\.|…)$/;
const WORD = /[A-Za-z\u00C0-\u024F\d]+/g;

/** Whether one line of text (no newline in it) reads as page chrome rather than prose. */
export function isChromeLine(line: string): boolean {
  const t = line.trim();
  if (t === '' || t.includes(TAB)) return false;
  if (SEPARATOR.test(t) || TRAILING_LIST.test(t)) return true;
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
  { line: 'Red Hat\t8417\t38.0%', chrome: false },
  { line: 'SUSE\t7\t0.0%', chrome: false },
  { line: 'Distributions: A look at the 2015 candidates; Debian, Fedora, ...', chrome: true },
  { line: 'Amazon’s $38 billion bet', chrome: false },
  { line: 'The console costs $500.', chrome: false },
];
