// The content script's answers to the annotation messages (popup, context menu, shortcut).
// Imported by the content entry so its one router knows them; they wait for the annotation
// feature (loaded lazily by ./index.ts) to be ready.
import type { ContentRequests, Handlers } from '../../../protocol';
import type { AnnotationsController } from './controller';

type AnnotationContentRequests = Pick<
  ContentRequests,
  'annotations/open-editor' | 'annotations/status' | 'annotations/reveal' | 'annotations/save-fact' | 'annotations/refresh'
>;

let provide: (controller: AnnotationsController) => void = () => undefined;
const ready = new Promise<AnnotationsController>((resolve) => {
  provide = resolve;
});

/** Called once by ./index.ts when the feature is running in this page. */
export function provideAnnotations(controller: AnnotationsController): void {
  provide(controller);
}

export const annotationHandlers: Handlers<AnnotationContentRequests> = {
  'annotations/open-editor': async () => (await ready).openEditorOnSelection(),
  'annotations/status': async () => (await ready).status(),
  'annotations/reveal': async ({ id }) => (await ready).reveal(id),
  'annotations/save-fact': async (target) => (await ready).saveFactAt(target),
  'annotations/refresh': async () => {
    await (await ready).refresh();
    return null;
  },
};
