// Messages of the annotation feature. Content scripts cannot open the extension's IndexedDB,
// so they ask the background to list, add, update, delete and restore (undo) a page's
// annotations; those payloads are checked with the full annotation validator, which only the
// background (the receiver) needs. The requests a tab receives are in
// ./annotations-to-content, re-exported here. Every payload is validated before a handler
// sees it.
import { type Annotation, type AnnotationDraft, type AnnotationPatch } from '../core/model/annotation';
import { validateAnnotation } from '../core/model/annotation-validate';
import { exactKeys, isAnnotationId, isId, type AnnotationId } from './annotations-to-content';
import { request } from './define';
import { isRecord, type Validator } from './validate';

// The content-bound half (no annotation validator: it is injected into every page).
export * from './annotations-to-content';

/** Most annotations one restore (undo) message may carry. */
export const MAX_RESTORE = 20_000;
/** Longest URL accepted as a page key. */
export const MAX_URL_CHARS = 4096;

const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';
const PLACEHOLDER_TIME = '2000-01-01T00:00:00.000Z';
const DRAFT_KEYS = new Set(['page', 'target', 'note', 'label', 'tags', 'color', 'fact']);
const PATCH_KEYS = new Set(['note', 'label', 'tags', 'color', 'target']);

const isPageUrl = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= MAX_URL_CHARS && /^https?:\/\//.test(x);

/** A draft is an annotation without id and timestamps: checked by the annotation validator. */
export const isAnnotationDraft: Validator<AnnotationDraft> = (x): x is AnnotationDraft => {
  if (!isRecord(x) || Object.keys(x).some((k) => !DRAFT_KEYS.has(k))) return false;
  if (!isRecord(x.page) || !isPageUrl(x.page.url)) return false;
  return validateAnnotation({ ...x, id: PLACEHOLDER_ID, createdAt: PLACEHOLDER_TIME, updatedAt: PLACEHOLDER_TIME }).ok;
};

/** A patch carries only editable fields, each valid on its own. */
export const isAnnotationPatch: Validator<AnnotationPatch> = (x): x is AnnotationPatch => {
  if (!isRecord(x)) return false;
  const keys = Object.keys(x);
  if (keys.length === 0 || keys.some((k) => !PATCH_KEYS.has(k))) return false;
  // Check the patch by applying it to a valid stand-in annotation.
  const standIn: Annotation = {
    id: PLACEHOLDER_ID,
    page: { url: 'https://example.invalid/', title: '', site: '' },
    target: { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 0, end: 1 } },
    note: '',
    label: null,
    tags: [],
    color: 'yellow',
    createdAt: PLACEHOLDER_TIME,
    updatedAt: PLACEHOLDER_TIME,
  };
  return validateAnnotation({ ...standIn, ...x }).ok;
};

export const isAnnotation: Validator<Annotation> = (x): x is Annotation => validateAnnotation(x).ok;


export interface ForPage {
  url: string;
}
export interface AddAnnotation {
  draft: AnnotationDraft;
}
export interface UpdateAnnotation {
  id: string;
  patch: AnnotationPatch;
}
export interface RestoreAnnotations {
  annotations: Annotation[];
}

export const isForPage: Validator<ForPage> = (x): x is ForPage => exactKeys(x, ['url']) && isPageUrl(x.url);
export const isAddAnnotation: Validator<AddAnnotation> = (x): x is AddAnnotation => exactKeys(x, ['draft']) && isAnnotationDraft(x.draft);
export const isUpdateAnnotation: Validator<UpdateAnnotation> = (x): x is UpdateAnnotation =>
  exactKeys(x, ['id', 'patch']) && isId(x.id) && isAnnotationPatch(x.patch);
export const isRestoreAnnotations: Validator<RestoreAnnotations> = (x): x is RestoreAnnotations =>
  exactKeys(x, ['annotations']) &&
  Array.isArray(x.annotations) &&
  x.annotations.length <= MAX_RESTORE &&
  x.annotations.every(isAnnotation);

/** Requests handled by the background (the owner of the database). */
export const annotationsToBackground = {
  'annotations/for-page': request<ForPage, Annotation[]>(['content', 'extension'], isForPage),
  'annotations/add': request<AddAnnotation, Annotation>(['content', 'extension'], isAddAnnotation),
  'annotations/update': request<UpdateAnnotation, Annotation>(['content', 'extension'], isUpdateAnnotation),
  'annotations/delete': request<AnnotationId, Annotation | null>(['content', 'extension'], isAnnotationId),
  'annotations/restore': request<RestoreAnnotations, null>(['content', 'extension'], isRestoreAnnotations),
};
