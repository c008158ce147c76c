// Places saved annotations in the live page: for each, the first text (article, then whole
// page) where core/anchor finds its quote (exact, then fuzzy) gives a live Range. Those not
// found are returned too, so they can be listed as "not found on this page".
import { anchor } from '../../../core/anchor';
import type { Annotation } from '../../../core/model/annotation';
import type { TextSpace } from './page-text';

export interface Placed {
  annotation: Annotation;
  range: Range;
  /** false when the text changed a little and a close match was used */
  exact: boolean;
  /** offset in the text it was found in, for reading order */
  start: number;
}

export interface Placement {
  placed: Placed[];
  missing: Annotation[];
}

export function placeAnnotations(annotations: readonly Annotation[], spaces: readonly TextSpace[]): Placement {
  const placed: Placed[] = [];
  const missing: Annotation[] = [];
  for (const annotation of annotations) {
    const hit = placeOne(annotation, spaces);
    if (hit) placed.push(hit);
    else missing.push(annotation);
  }
  placed.sort((a, b) => a.start - b.start);
  return { placed, missing };
}

function placeOne(annotation: Annotation, spaces: readonly TextSpace[]): Placed | null {
  const selectors = { quote: annotation.target.quote, position: annotation.target.position };
  for (const space of spaces) {
    const match = anchor(space.text, selectors);
    if (!match) continue;
    const range = space.map.toRange(match.start, match.end);
    if (range) return { annotation, range, exact: match.exact, start: match.start };
  }
  return null;
}

/** Is a placed range still attached to the document and not emptied? */
export function stillPlaced(range: Range): boolean {
  return range.startContainer.isConnected && range.endContainer.isConnected && !range.collapsed;
}
