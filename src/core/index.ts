// Public API of the fact engine: extractFacts, the model types, and the pure helpers the other
// parts of the extension use (text splitting, recognizers, anchoring, export, page URLs).
export { extractFacts } from './extract';
export * from './model';
export { normalizeForMatching, splitSentences, type SentenceSpan } from './text';
export { findFigures, linkChanges } from './recognize/figures';
export { findAttribution, SpeakerMemory, type Attribution } from './recognize/attribution';
export { findOpinionMarker } from './recognize/opinion';
export * from './anchor';
export * from './export';
export * from './url';
