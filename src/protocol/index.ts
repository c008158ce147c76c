// The one message protocol: each feature declares its request types per receiver, merged
// here. A receiver builds its router from the map for its side only, so a content script
// carries only the validators it needs.
//
// ANNOTATIONS PLUG-IN POINT: src/protocol/annotations.ts exports `annotationsToContent` and
// `annotationsToBackground` (maps of request type → request(...)); spread them in below.
import { annotationsToBackground, annotationsToContent } from './annotations';
import { factsToBackground, factsToContent } from './facts';

export const contentRequests = { ...factsToContent, ...annotationsToContent };
export const backgroundRequests = { ...factsToBackground, ...annotationsToBackground };

export type ContentRequests = typeof contentRequests;
export type BackgroundRequests = typeof backgroundRequests;

export * from './define';
export * from './result';
export type { PageInfo, PageState, PageStatus, Span } from './facts';
