// The content script's answers to the annotation messages (popup, context menu, shortcut).
// The content entry puts them in its one router, which checks the sender and validates the
// payload first; each answer loads the annotation feature (once) and asks it.
import type { ContentRequests, Handlers } from '../../../protocol';
import type { AnnotationsController } from './controller';

export type AnnotationContentRequests = Pick<
  ContentRequests,
  'annotations/open-editor' | 'annotations/status' | 'annotations/reveal' | 'annotations/save-fact' | 'annotations/refresh'
>;

export function annotationHandlers(feature: () => Promise<AnnotationsController>): Handlers<AnnotationContentRequests> {
  return {
    'annotations/open-editor': async () => (await feature()).openEditorOnSelection(),
    'annotations/status': async () => (await feature()).status(),
    'annotations/reveal': async ({ id }) => (await feature()).reveal(id),
    'annotations/save-fact': async (target) => (await feature()).saveFactAt(target),
    'annotations/refresh': async () => {
      await (await feature()).refresh();
      return null;
    },
  };
}
