// Chrome tracing over CDP for the in-browser benchmark: records one page load, then finds the
// main-thread tasks that ran the extension's content script (events whose script URL is the
// extension's) and measures them: first start → last end, and the longest task.
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'];

/** Starts tracing (these categories, or the page-load set above); the returned function
 *  stops it and hands back every event. */
export async function startTrace(cdp: CDPSession, categories: readonly string[] = CATEGORIES): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  let complete: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (complete = resolve));
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  cdp.on('Tracing.tracingComplete', () => complete());
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: [...categories] } });
  return async () => {
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

export interface ExtensionWork {
  /** first extension task start → end of the last task of 1 ms or more after it, ms */
  spanMs: number;
  /** the longest main-thread task in that span, ms */
  longestTaskMs: number;
  /** summed duration of the main-thread tasks in that span, ms */
  busyMs: number;
  tasks: number;
}

/** A task that lasts this long or more counts when deciding where the work ends. */
const SIGNIFICANT_US = 1_000;

/**
 * The content script's main-thread work in a trace of one page load. The pages measured run
 * no scripts of their own (corpus pages are served with their scripts blocked), so once the
 * extension starts, the renderer's main-thread tasks are its work and the rendering it causes.
 * Attribution by script URL alone would miss the chunks resumed after scheduler.yield(), which
 * carry no URL, so every task from the first extension task on is counted.
 */
export function extensionWork(events: readonly TraceEvent[], extensionOrigin: string): ExtensionWork {
  const first = events.find((e) => e.args?.data?.url?.startsWith(extensionOrigin) && e.ph !== 'M');
  const none = { spanMs: 0, longestTaskMs: 0, busyMs: 0, tasks: 0 };
  if (!first) return none;
  const thread = events
    .filter((e) => e.pid === first.pid && e.tid === first.tid && e.name === 'RunTask' && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const startTask = thread.find((t) => first.ts >= t.ts && first.ts <= t.ts + (t.dur ?? 0));
  if (!startTask) return none;
  const after = thread.filter((t) => t.ts >= startTask.ts);
  const lastSignificant = [...after].reverse().find((t) => (t.dur ?? 0) >= SIGNIFICANT_US) ?? startTask;
  const end = lastSignificant.ts + (lastSignificant.dur ?? 0);
  const tasks = after.filter((t) => t.ts <= lastSignificant.ts);
  const durations = tasks.map((t) => (t.dur ?? 0) / 1000);
  return {
    spanMs: (end - startTask.ts) / 1000,
    longestTaskMs: Math.max(...durations),
    busyMs: durations.reduce((a, b) => a + b, 0),
    tasks: tasks.length,
  };
}
