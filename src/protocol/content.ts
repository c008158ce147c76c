// The requests a tab's content script receives, from every feature. The content entry imports
// this module, not ./index, so the script injected into every page carries only the
// receivers' side it needs (no background-side validators).
import { annotationsToContent } from './annotations-to-content';
import { factsToContent } from './facts';

export const contentRequests = { ...factsToContent, ...annotationsToContent };
export type ContentRequests = typeof contentRequests;
