// Anchoring: describe a span of article text as W3C selectors, and find it again later in
// (possibly edited) text. Exact first, then fuzzy. Pure: strings in, offsets out.
export { describe, CONTEXT_CHARS } from './describe';
export { anchor } from './anchor';
export type { AnchorSelectors, AnchorMatch } from './anchor';
