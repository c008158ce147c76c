// Page chrome inside article text: lines that are not prose (gallery captions "Gallery: … | 14
// Photos", prices in a sidebar "from $610.00", counters "87", slideshow "1 / 5", a dateline
// "Feb. 21, 2019", a teaser list that trails off "…; Debian, Fedora, ..."). Figures on such
// lines are not reported. Data lines are not chrome: a reader wants their figures. They are
// table rows (tab-separated cells, "Red Hat\t8417\t38.0%"), spec lists whose every item is a
// value ("$999 · 16 GB · 1.2 kg") and "Key: value" lines ("Battery: 4,500 mAh").

/** Items of a breadcrumb or caption: "Gallery: … | 14 Photos". */
const SEPARATOR = /\s[|•·]\s/;
/** A cell boundary: the line is a table row. */
const TAB = '\t';
const ENDS_LIKE_PROSE = /[.!?:;"”’]$/;
/** A list that trails off, "Debian, Fedora, ...": a teaser in an index of other stories. */
const TRAILING_LIST = /,\s*(?:\.\.\.|…)$/;
const WORD = /[A-Za-z\u00C0-\u024F\d]+/g;
/** An item that is a value: it starts with a currency sign or a digit ("$999", "16 GB"). */
const VALUE_ITEM = /^(?:[$€£¥]|US\$)?\d[\d.,]*(?:\s*[A-Za-z%]+){0,2}$/;
/** Counters and reading times of page chrome ("5 min read", "14 Photos", "3 hours ago"). */
const CHROME_COUNT = /\b(?:read|photos?|images?|slides?|comments?|shares?|views?|likes?|ago)\b/i;
/** "Battery: 4,500 mAh", "Price: $999": a short label, a colon, a value. */
const KEY_VALUE = /^[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}: (?:[$€£¥]|US\$)?\d[\d.,]*(?:\s*[A-Za-z%]+){0,2}$/;
/** Labels of page timestamps and counters, never data: "Updated: 3 hours ago", "Photos: 14". */
const CHROME_LABEL = /^(?:published|updated|posted|modified|last updated|photos?|comments?|shares?|views?|page)\b/i;

/** A line of values: every item of a "·"/"|"/"•" list is a value, or it is "Key: value". */
function isDataLine(t: string): boolean {
  if (CHROME_COUNT.test(t)) return false;
  if (KEY_VALUE.test(t)) return !CHROME_LABEL.test(t);
  const items = t.split(SEPARATOR);
  return items.length >= 2 && items.every((item) => VALUE_ITEM.test(item.trim()));
}

/** Whether one line of text (no newline in it) reads as page chrome rather than prose. */
export function isChromeLine(line: string): boolean {
  const t = line.trim();
  if (t === '' || t.includes(TAB)) return false;
  const listed = SEPARATOR.test(t) || TRAILING_LIST.test(t);
  // prose that lists nothing is never chrome, data line or not: skip the costlier data-line checks
  if (!listed && ENDS_LIKE_PROSE.test(t)) return false;
  if (isDataLine(t)) return false;
  if (listed) return true;
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
  { line: '$999 · 16 GB · 1.2 kg', chrome: false },
  { line: 'Battery: 4,500 mAh', chrome: false },
  { line: 'Price: $999', chrome: false },
  { line: '21 Feb 2019 · 5 min read', chrome: true },
  { line: 'Updated: 3 hours ago', chrome: true },
  { line: '12 | 340 shares', chrome: true },
  { line: 'The console costs $500.', chrome: false },
];
