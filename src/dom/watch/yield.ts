// Gives the main thread back between chunks of work, so no task runs long enough to make
// the page stutter. Uses scheduler.yield() where the browser has it, else a macrotask.

interface SchedulerLike {
  yield?: () => Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A clock for budgeting a chunk of work. */
export function deadline(budgetMs: number): () => boolean {
  const end = performance.now() + budgetMs;
  return () => performance.now() >= end;
}
