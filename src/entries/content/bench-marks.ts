// Precise timings of the content script's own work for `npm run bench:browser`, recorded only
// in the test build (VITE_E2E=1; vite inlines the flag, so release builds drop all of this).
// User Timing marks land in the page's performance timeline, which the page (and the bench)
// reads with performance.getEntriesByType('mark'):
//   claimlight:start        the content script starts
//   claimlight:highlighted  the first non-empty set of highlights has been painted
//   claimlight:task         one synchronous chunk of our work (resume → next yield), detail {ms}
//   claimlight:step         a named point inside our work (for breakdowns), detail {name}
//   claimlight:engine       the engine's time in the background for one request, detail {ms}
// A chunk is timed from the moment our code resumes after yielding to the page until it
// yields again (or finishes), so the page's own tasks in between are not counted.

const ON = import.meta.env.VITE_E2E === '1';

let chunkStartedAt: number | null = null;
let highlighted = false;

function openChunk(): void {
  chunkStartedAt = performance.now();
}

/** Ends the current chunk of our work, if one is open, and records it. */
export function benchChunkEnd(): void {
  if (!ON || chunkStartedAt === null) return;
  const ms = performance.now() - chunkStartedAt;
  performance.mark('claimlight:task', { startTime: chunkStartedAt, detail: { ms } });
  chunkStartedAt = null;
}

/** The content script starts: marks it and opens the first chunk. */
export function benchStart(): void {
  if (!ON) return;
  performance.mark('claimlight:start');
  openChunk();
}

/** A chunk of our work begins outside a pause (e.g. the session starting after a load). */
export function benchChunkStart(): void {
  if (ON) openChunk();
}

/** After painting `count` highlights: marks the first time any were painted. */
export function benchPainted(count: number): void {
  if (!ON || highlighted || count === 0) return;
  highlighted = true;
  performance.mark('claimlight:highlighted');
}

/** The given pause, timed: it ends the chunk before giving the page the thread, opens one after. */
export function timedPause(pause: () => Promise<void>): () => Promise<void> {
  if (!ON) return pause;
  return async () => {
    benchChunkEnd();
    await pause();
    openChunk();
  };
}

/** The background reports how long the engine took on one request (not the page's time). */
export function benchEngine(ms: number): void {
  if (ON) performance.mark('claimlight:engine', { detail: { ms } });
}

/** Waits for `work` (e.g. the background's reply) as a pause: our chunk ends while we wait. */
export async function timedWait<T>(work: () => Promise<T>): Promise<T> {
  if (!ON) return work();
  benchChunkEnd();
  try {
    return await work();
  } finally {
    openChunk();
  }
}

/** Marks a named point in our work, for a breakdown of where a chunk's time goes. */
export function benchStep(name: string): void {
  if (ON) performance.mark('claimlight:step', { detail: { name } });
}
