// Text utilities of the engine: normalising and sentence splitting.
export { normalizeForMatching } from './normalize';
export { splitSentences, type SentenceSpan } from './sentences';
