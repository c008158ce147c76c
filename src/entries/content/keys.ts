// The in-page keyboard shortcuts: Alt+Shift+J next fact, Alt+Shift+K previous fact (each
// scrolls to the fact, flashes it and opens its card; Escape closes). Matched by physical key
// so they work on any layout and with macOS Option. Listed in the popup footer.

export const STEP_KEYS = { next: 'Alt+Shift+J', previous: 'Alt+Shift+K' } as const;

/** 1 for next, -1 for previous, 0 for anything else. */
export function isStepKey(e: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>): 1 | -1 | 0 {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return 0;
  if (e.code === 'KeyJ') return 1;
  if (e.code === 'KeyK') return -1;
  return 0;
}
