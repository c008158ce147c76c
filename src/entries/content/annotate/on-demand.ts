// Loads the annotation feature (./index, ~10 KB gzipped) only when a page needs it: the page
// has saved notes (the content entry reads that from the noted-pages index in storage.local
// with the settings; only while that index is not built yet, or when notes changed elsewhere,
// is the background asked), the reader makes a first
// non-empty selection, an annotation message arrives (popup, context menu, shortcut), or a
// fact is saved from a card. Part of the script injected into every page: keep it tiny.
import type { SaveFactRequest } from '../fact-actions';
import { askBackground } from '../ask';
import type { AnnotationsController } from './controller';
import { annotationHandlers } from './handlers';
import { pageUrlOf } from './page-key';

export interface AnnotationsOnDemand {
  /** Router handlers for the annotation messages (the router checks sender and payload). */
  handlers: ReturnType<typeof annotationHandlers>;
  /** Loads the feature when this page has saved notes: `hasNotes` as the noted-pages index
   *  says, or null to ask the background (index not built yet). */
  checkSavedNotes(hasNotes: boolean | null): Promise<void>;
  /** What "Save" on a fact card does (registered with ../fact-actions with the session). */
  saveFact(request: SaveFactRequest): Promise<string>;
}

export function annotationsOnDemand(doc: Document): AnnotationsOnDemand {
  let feature: Promise<AnnotationsController> | null = null;

  const load = (): Promise<AnnotationsController> => {
    doc.removeEventListener('selectionchange', onSelectionChange);
    feature ??= import('./index').then(
      ({ installAnnotations }) => installAnnotations(doc),
      (e: unknown) => {
        // The chunk did not load: Firefox refuses modules for a document being unloaded (the
        // reader left the page). Forget the attempt, so a later use can load it again.
        feature = null;
        doc.addEventListener('selectionchange', onSelectionChange);
        throw e;
      },
    );
    return feature;
  };

  /** Loads the feature for something nobody waits on; a failed load ends quietly (see load). */
  const loadUnwaited = (then?: (controller: AnnotationsController) => void): void => {
    load().then(then, () => undefined);
  };

  // The first real selection: the feature shows "Annotate" by it once loaded.
  function onSelectionChange(): void {
    if (doc.getSelection()?.isCollapsed === false) loadUnwaited((controller) => controller.noticeSelection());
  }
  doc.addEventListener('selectionchange', onSelectionChange);

  async function checkSavedNotes(hasNotes: boolean | null): Promise<void> {
    if (feature || hasNotes === false || !/^https?:/.test(doc.location.href)) return;
    if (hasNotes === null) {
      const reply = await askBackground('annotations/for-page', { url: pageUrlOf(doc) });
      if (!reply.ok || reply.value.length === 0) return;
    }
    loadUnwaited();
  }

  return {
    // Notes changed in the library: a page with the feature loaded re-reads its notes; one
    // without loads it when the change names this page (or may: urls null) and it has notes.
    handlers: annotationHandlers(load, async (urls) => {
      if (feature) await (await feature).refresh();
      else if (urls === null || urls.includes(pageUrlOf(doc))) await checkSavedNotes(null);
    }),
    checkSavedNotes,
    saveFact: async (request: SaveFactRequest): Promise<string> => (await load()).saveFact(request),
  };
}
