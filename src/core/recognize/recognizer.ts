// The shape every figure recognizer shares, plus the small helpers they use to look at
// the characters around a number token without scanning the whole sentence again.
import type { FigureSpan } from '../model/facts';
import type { NumberToken } from './numbers';

/** Looks at one number token in its sentence; returns the figure it forms, or null. */
export type Recognizer = (text: string, token: NumberToken) => FigureSpan | null;

/** Up to `n` characters before `at` (a short window, so end-anchored regexes stay cheap). */
export function before(text: string, at: number, n = 32): string {
  return text.slice(Math.max(0, at - n), at);
}

/** Runs a sticky regex at `at`; returns the match or null. The regex must have the `y` flag. */
export function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Whether a sticky regex matches at `at` (on a match, its lastIndex is the match's end). Builds no match array. */
export function stickyTest(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** The raw characters of a token. */
export function tokenText(text: string, token: NumberToken): string {
  return text.slice(token.start, token.end);
}
