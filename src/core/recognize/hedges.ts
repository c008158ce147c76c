// Hedges: words before a figure that make it approximate ("roughly 34%", "more than 5,000",
// "an estimated $2 billion"). The hedge is not part of the figure's span.

const HEDGE_BEFORE =
  /(?<=(?:^|[^A-Za-z])(roughly|about|nearly|almost|around|approximately|approx\.?|more\s+than|over|up\s+to|at\s+least|some|an\s+estimated|estimated|close\s+to|upwards\s+of|as\s+(?:many|much)\s+as|just\s+(?:over|under)|less\s+than|fewer\s+than|under|north\s+of|well\s+over|~)\s*)/iy;

/** Whether the figure starting at `at` is hedged. */
export function isHedged(text: string, at: number): boolean {
  HEDGE_BEFORE.lastIndex = at;
  return HEDGE_BEFORE.test(text);
}
