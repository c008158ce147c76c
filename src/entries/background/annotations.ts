// The annotation feature in the background: owns the Dexie database in the extension's origin
// and answers the content scripts' annotation requests (list a page's, add, update, delete,
// restore after undo). Adds the "Annotate with Claimlight" item to the selection's context
// menu and handles the annotate-selection shortcut: both ask the tab to open its editor.
// Picked up by ./main.ts (BackgroundFeature: `handlers` and `start`).
import { createDb, createRepository, DB_NAME, type AnnotationRepository } from '../../storage';
import { ensureNotedPagesIndex, indexingNotedPages } from '../../storage/noted-pages';
import { askTab } from '../../platform/ask';
import { commands, menus, storage } from '../../platform/browser';
import { annotationHandlers } from './annotation-handlers';

export const MENU_ID = 'claimlight-annotate';
export const ANNOTATE_COMMAND = 'annotate-selection';

let repository: AnnotationRepository | null = null;

/** The repository, opened on first use (IndexedDB of the extension's origin), keeping the
 *  "pages with notes" index in storage.local that content scripts read (storage/noted-pages). */
function repo(): AnnotationRepository {
  repository ??= indexingNotedPages(
    createRepository(createDb(DB_NAME, { indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange })),
    storage,
  );
  return repository;
}

export const handlers = annotationHandlers(repo);

function openEditorIn(tabId: number | null): void {
  if (tabId === null) return;
  void askTab(tabId, 'annotations/open-editor', {});
}

export function start(): void {
  // Notes saved before the index existed (an update): list their pages once. Reads one
  // storage key when the index is there; the database is only opened when it is not.
  void ensureNotedPagesIndex({ pageUrls: () => repo().pageUrls() }, storage).catch(() => undefined);
  void menus
    .removeAll()
    .catch(() => undefined)
    .then(() => menus.create({ id: MENU_ID, title: 'Annotate with Claimlight', contexts: ['selection'] }));
  menus.onClicked((info, tabId) => {
    if (info.menuItemId === MENU_ID) openEditorIn(tabId);
  });
  commands.onCommand((command, tabId) => {
    if (command === ANNOTATE_COMMAND) openEditorIn(tabId);
  });
}
