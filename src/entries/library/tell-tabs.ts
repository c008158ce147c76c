// Edits made in the library reach the pages already open: a repository wrapper that, after a
// change succeeds, tells every tab which pages' notes changed ('annotations/refresh'). Each
// content script checks whether that is its page (the "tabs" permission is not needed: only
// tab ids are used, and pages without our content script simply do not answer).
import type { Annotation } from '../../core/model/annotation';
import { MAX_REFRESH_URLS } from '../../protocol/annotations-to-content';
import type { AnnotationRepository } from '../../storage';

/** Sends one refresh to every tab: the changed pages' URLs, or null for "any page". */
export type TellTabs = (urls: string[] | null) => void;

const urlsOf = (annotations: ReadonlyArray<Annotation | null | undefined>): string[] | null => {
  const urls = [...new Set(annotations.flatMap((a) => (a ? [a.page.url] : [])))];
  return urls.length > MAX_REFRESH_URLS ? null : urls;
};

/** `repo`, telling the tabs after each successful add, edit, delete, restore or import. */
export function tellingTabs(repo: AnnotationRepository, tell: TellTabs): AnnotationRepository {
  const after = (urls: string[] | null): void => {
    if (urls === null || urls.length > 0) tell(urls);
  };
  return {
    ...repo,
    async add(draft) {
      const added = await repo.add(draft);
      after([added.page.url]);
      return added;
    },
    async update(id, patch) {
      const updated = await repo.update(id, patch);
      after([updated.page.url]);
      return updated;
    },
    async delete(id) {
      const deleted = await repo.delete(id);
      after(urlsOf([deleted]));
      return deleted;
    },
    async deleteMany(ids) {
      const deleted = await repo.deleteMany(ids);
      after(urlsOf(deleted));
      return deleted;
    },
    async restore(annotations) {
      await repo.restore(annotations);
      after(urlsOf(annotations));
    },
    async importMany(annotations) {
      const result = await repo.importMany(annotations);
      if (result.added + result.updated > 0) after(urlsOf(annotations));
      return result;
    },
  };
}
