// The annotation requests a tab's content script receives (from the popup or the background):
// open the editor on the selection, report which annotations were found on the page, scroll
// to one, save a detected fact, re-read the page's annotations. Their payloads are small and
// checked fully here with cheap checks, so the script injected into every page carries no
// annotation validator (that one is in ./annotations, for the background).
import type { Annotation } from '../core/model/annotation';
import { request } from './define';
import { isEmpty, isOffset, isRecord, type Validator } from './validate';

export const isId = (x: unknown): x is string => typeof x === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(x);

/** An object with exactly these keys (their values are checked by the caller). */
export function exactKeys(x: unknown, keys: readonly string[]): x is Record<string, unknown> {
  return isRecord(x) && Object.keys(x).length === keys.length && keys.every((k) => k in x);
}

export interface AnnotationId {
  id: string;
}

export const isAnnotationId: Validator<AnnotationId> = (x): x is AnnotationId => exactKeys(x, ['id']) && isId(x.id);

/** Which fact in the page to save: its kind and its span in the article text. */
export interface SaveFactTarget {
  kind: 'figure' | 'claim' | 'unsourced' | 'opinion';
  start: number;
  end: number;
}

export const isSaveFactTarget: Validator<SaveFactTarget> = (x): x is SaveFactTarget =>
  exactKeys(x, ['kind', 'start', 'end']) &&
  (x.kind === 'figure' || x.kind === 'claim' || x.kind === 'unsourced' || x.kind === 'opinion') &&
  isOffset(x.start) &&
  isOffset(x.end) &&
  x.start < x.end;

/** What a tab reports about its annotations, for the popup. */
export interface PageAnnotationsStatus {
  /** the normalised URL the annotations are filed under */
  url: string;
  /** placed in the page, in reading order; `exact` is false when the text changed a little */
  found: Array<{ annotation: Annotation; exact: boolean }>;
  /** saved for this page but not found in it */
  missing: Annotation[];
}

/** Which pages' notes changed elsewhere (the library): their normalised URLs, or null for
 *  "any page" (an import touching many pages). */
export interface NotesChanged {
  urls: string[] | null;
}

/** Most URLs one refresh names; more become null. */
export const MAX_REFRESH_URLS = 500;

const isNotesChanged: Validator<NotesChanged> = (x): x is NotesChanged =>
  exactKeys(x, ['urls']) &&
  (x.urls === null || (Array.isArray(x.urls) && x.urls.length <= MAX_REFRESH_URLS && x.urls.every((u) => typeof u === 'string' && u.length <= 8_192)));

/** Requests handled by the content script in a tab (sent by the popup or the background). */
export const annotationsToContent = {
  'annotations/open-editor': request<Record<string, never>, boolean>(['extension'], isEmpty),
  'annotations/status': request<Record<string, never>, PageAnnotationsStatus>(['extension'], isEmpty),
  'annotations/reveal': request<AnnotationId, boolean>(['extension'], isAnnotationId),
  'annotations/save-fact': request<SaveFactTarget, string>(['extension'], isSaveFactTarget),
  'annotations/refresh': request<NotesChanged, null>(['extension'], isNotesChanged),
};
