// The background's answers to the annotation requests, over any repository (the background
// passes the one on the extension's IndexedDB; tests pass one on fake-indexeddb).
import type { AnnotationRepository } from '../../storage';
import type { BackgroundRequests, Handlers } from '../../protocol';

export type AnnotationBackgroundRequests = Pick<
  BackgroundRequests,
  'annotations/for-page' | 'annotations/add' | 'annotations/update' | 'annotations/delete' | 'annotations/restore'
>;

/** Handlers over a given repository (the tests pass one on fake-indexeddb). */
export function annotationHandlers(get: () => AnnotationRepository): Handlers<AnnotationBackgroundRequests> {
  return {
    'annotations/for-page': ({ url }) => get().byPageUrl(url),
    'annotations/add': ({ draft }) => get().add(draft),
    'annotations/update': ({ id, patch }) => get().update(id, patch),
    'annotations/delete': ({ id }) => get().delete(id),
    'annotations/restore': async ({ annotations }) => {
      await get().restore(annotations);
      return null;
    },
  };
}
