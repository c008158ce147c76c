// Runs the article reader's step generators: to the end at once (the synchronous API the
// CLI and tests use) or in chunks of a few milliseconds with the page given back in between
// (the content script), so reading a huge page never blocks the main thread for long.
// Both drive the very same steps, so both give the same result on an unchanged page.

/** The walks pause after this many elements so the driver can check its clock: small, as the
 *  first (cold, unoptimised) run over a page is several times slower than later ones. */
export const STEP_ELEMENTS = 32;

/** Runs steps to the end, without pausing. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs steps, awaiting `pause()` whenever `budgetMs` of work have passed since the last one. */
export async function runStepsChunked<T>(steps: Generator<void, T>, pause: () => Promise<void>, budgetMs: number): Promise<T> {
  let end = performance.now() + budgetMs;
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() >= end) {
      await pause();
      end = performance.now() + budgetMs;
    }
  }
}
