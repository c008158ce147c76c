// Paints placed annotations with the CSS Custom Highlight API, one highlight per label and
// colour (`claimlight-note-<label>[--<colour>]`), above the automatic fact highlights. Names
// no longer used are removed, and the page carries style rules only for the names in use
// (each ::highlight() rule costs the page's every style recalculation: dom/highlight/styles.ts).
import { NOTE_PRIORITY } from '../../../dom/highlight/names';
import { highlightsSupported } from '../../../dom/highlight/painter';
import { setHighlightStyles } from '../../../dom/highlight/styles';
import { NOTE_HIGHLIGHT_PREFIX, noteHighlightName, noteHighlightRule } from '../../../ui/annotations/palette';
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
  const rules = new Map<string, string>();
  for (const p of placed) {
    const name = noteHighlightName(p.annotation);
    const list = groups.get(name) ?? [];
    list.push(p.range);
    groups.set(name, list);
    if (!rules.has(name)) rules.set(name, noteHighlightRule(p.annotation));
  }
  // the rules first, so new highlights never show unstyled
  setHighlightStyles(document, 'notes', rules.size > 0 ? [...rules.values()].sort().join('\n') : null);
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
