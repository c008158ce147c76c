// Paints placed annotations with the CSS Custom Highlight API, one highlight per label and
// colour (`claimlight-note-<label>[--<colour>]`, styled by notes.css), above the automatic
// fact highlights. Names no longer used are removed.
import { NOTE_PRIORITY } from '../../../dom/highlight/names';
import { highlightsSupported } from '../../../dom/highlight/painter';
import { NOTE_HIGHLIGHT_PREFIX, noteHighlightName } from '../../../ui/annotations/palette';
import type { Annotation } from '../../../core/model/annotation';

/** A range to paint in the style of a label and colour. */
export interface NotePaint {
  range: Range;
  annotation: Pick<Annotation, 'label' | 'color'>;
}

const painted = new Set<string>();

export function paintNotes(placed: readonly NotePaint[]): void {
  if (!highlightsSupported()) return;
  const groups = new Map<string, Range[]>();
  for (const p of placed) {
    const name = noteHighlightName(p.annotation);
    const list = groups.get(name) ?? [];
    list.push(p.range);
    groups.set(name, list);
  }
  for (const name of painted) if (!groups.has(name)) CSS.highlights.delete(name);
  painted.clear();
  for (const [name, ranges] of groups) {
    if (!name.startsWith(NOTE_HIGHLIGHT_PREFIX)) continue;
    const highlight = new Highlight(...ranges);
    highlight.priority = NOTE_PRIORITY;
    CSS.highlights.set(name, highlight);
    painted.add(name);
  }
}

export function clearNotes(): void {
  paintNotes([]);
}
