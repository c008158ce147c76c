// The engine in the background: a content script sends its article's text in slices and
// gets each slice's facts back, so the page's main thread never loads, compiles or runs the
// engine (docs/adr/engine-in-background.md). Picked up by ./main.ts (BackgroundFeature).
import { extractFacts } from '../../core/extract';
import type { BackgroundRequests, Handlers } from '../../protocol';

export const handlers: Pick<Handlers<BackgroundRequests>, 'facts/extract'> = {
  'facts/extract': ({ meta, slices }) => {
    const started = performance.now();
    const facts = slices.map((slice) => extractFacts(slice.text, { ...meta, links: slice.links }));
    return { facts, ms: performance.now() - started };
  },
};
