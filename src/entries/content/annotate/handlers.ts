// The content script's answers to the annotation messages (popup, context menu, shortcut).
// The content entry puts them in its one router, which checks the sender and validates the
// payload first; each answer loads the annotation feature (once) and asks it, except a
// change of notes made elsewhere, which only concerns pages that have or had notes.
import type { ContentRequests, Handlers } from '../../../protocol';
import type { AnnotationsController } from './controller';

export type AnnotationContentRequests = Pick<
  ContentRequests,
  'annotations/open-editor' | 'annotations/status' | 'annotations/reveal' | 'annotations/save-fact' | 'annotations/refresh'
>;

/** `feature` loads the annotation feature (once); `onNotesChanged` decides what a change of
 *  notes made elsewhere means for this page. */
export function annotationHandlers(
  feature: () => Promise<AnnotationsController>,
  onNotesChanged: (urls: string[] | null) => Promise<void>,
): Handlers<AnnotationContentRequests> {
  return {
    'annotations/open-editor': async () => (await feature()).openEditorOnSelection(),
    'annotations/status': async () => (await feature()).status(),
    'annotations/reveal': async ({ id }) => (await feature()).reveal(id),
    'annotations/save-fact': async (target) => (await feature()).saveFactAt(target),
    'annotations/refresh': async ({ urls }) => {
      await onNotesChanged(urls);
      return null;
    },
  };
}
