// The "pages with notes" index in storage.local, kept by whoever writes annotations (the
// background and the library), so the content script can tell from storage.local alone — no
// message, no waking the background — whether the page it runs in has saved notes.
// The rule: a page with notes is never missing from the index. A page listed without notes is
// harmless (its content script loads the annotation feature and finds none). So a write that
// adds notes sets the page's key before it (no moment where the note is saved and the page not
// listed) and again after it (a delete racing in another context may have removed the key in
// between); a key is removed only when the database shows the page has no notes left, and put
// back if the database shows a note again right after the removal.
import type { Annotation } from '../core/model/annotation';
import { NOTED_PAGES_READY_KEY, notedPageKey } from './noted-pages-keys';
import type { AnnotationRepository } from './repository-types';

/** The part of storage.local the index needs (platform/native's nativeStorage in the extension). */
export interface NotedPagesStore {
  getMany(keys: readonly string[]): Promise<Record<string, unknown>>;
  setMany(items: Record<string, unknown>): Promise<void>;
  remove(keys: readonly string[]): Promise<void>;
}

const urlsOf = (annotations: ReadonlyArray<Annotation | null | undefined>): string[] => [
  ...new Set(annotations.flatMap((a) => (a ? [a.page.url] : []))),
];

async function markNoted(store: NotedPagesStore, urls: readonly string[]): Promise<void> {
  if (urls.length > 0) await store.setMany(Object.fromEntries(urls.map((url) => [notedPageKey(url), true])));
}

/** After a delete: drops the key of each page left without notes, then checks again and puts
 *  it back if a note arrived between the check and the removal. */
async function forgetIfEmpty(repo: AnnotationRepository, store: NotedPagesStore, urls: readonly string[]): Promise<void> {
  for (const url of urls) {
    if ((await repo.byPageUrl(url)).length > 0) continue;
    await store.remove([notedPageKey(url)]);
    if ((await repo.byPageUrl(url)).length > 0) await markNoted(store, [url]);
  }
}

/** `repo`, keeping the index up to date after each add, edit, delete, restore or import. */
export function indexingNotedPages(repo: AnnotationRepository, store: NotedPagesStore): AnnotationRepository {
  return {
    ...repo,
    async add(draft) {
      await markNoted(store, [draft.page.url]);
      const added = await repo.add(draft);
      await markNoted(store, [added.page.url]);
      return added;
    },
    async update(id, patch) {
      const updated = await repo.update(id, patch);
      await markNoted(store, [updated.page.url]);
      return updated;
    },
    async delete(id) {
      const deleted = await repo.delete(id);
      await forgetIfEmpty(repo, store, urlsOf([deleted]));
      return deleted;
    },
    async deleteMany(ids) {
      const deleted = await repo.deleteMany(ids);
      await forgetIfEmpty(repo, store, urlsOf(deleted));
      return deleted;
    },
    async restore(annotations) {
      await markNoted(store, urlsOf(annotations));
      await repo.restore(annotations);
      await markNoted(store, urlsOf(annotations));
    },
    async importMany(annotations) {
      await markNoted(store, urlsOf(annotations));
      const result = await repo.importMany(annotations);
      await markNoted(store, urlsOf(annotations));
      return result;
    },
  };
}

/**
 * Builds the index from the database when it has not been built yet (the first start after
 * installing or updating to a version with the index, with notes already saved). Until the
 * ready key is written, content scripts ask the background instead.
 */
export async function ensureNotedPagesIndex(repo: Pick<AnnotationRepository, 'pageUrls'>, store: NotedPagesStore): Promise<void> {
  const got = await store.getMany([NOTED_PAGES_READY_KEY]);
  if (got[NOTED_PAGES_READY_KEY] === true) return;
  await markNoted(store, await repo.pageUrls());
  await store.setMany({ [NOTED_PAGES_READY_KEY]: true });
}
