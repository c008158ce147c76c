// The one message protocol: each feature declares its request types per receiver, merged
// here. A receiver builds its router from the map for its side only, so a content script
// carries only the validators it needs: the content side's map is in ./content, which the
// content entry imports directly (importing this module would bring the background's
// validators into the script injected into every page).
//
// ANNOTATIONS PLUG-IN POINT: src/protocol/annotations.ts exports `annotationsToBackground`;
// src/protocol/annotations-to-content.ts exports `annotationsToContent` (spread in ./content).
import { annotationsToBackground } from './annotations';
import { engineToBackground } from './engine';

export { contentRequests, type ContentRequests } from './content';
export const backgroundRequests = { ...engineToBackground, ...annotationsToBackground };

export type BackgroundRequests = typeof backgroundRequests;

export * from './define';
export * from './result';
export type { ExtractMeta, ExtractReply, ExtractRequest, ExtractSlice, SliceLink } from './engine';
export type { PageInfo, PageState, PageStatus, Span } from './facts';
