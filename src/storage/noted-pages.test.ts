// The "pages with notes" index over the Dexie repository on fake-indexeddb, with storage.local
// played by a Map (Node has no extension storage): every page with notes keeps its key through
// adds, edits, deletes, undo, imports and racing writers; the index is built for notes saved
// before it existed.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, AnnotationDraft } from '../core/model/annotation';
import { sampleAnnotation } from '../core/model/annotation.testing';
import { createDb, type ClaimlightDb } from './db';
import { ensureNotedPagesIndex, indexingNotedPages, type NotedPagesStore } from './noted-pages';
import { NOTED_PAGES_READY_KEY, notedPageKey } from './noted-pages-keys';
import { createRepository } from './repository';
import type { AnnotationRepository } from './repository-types';

const A = 'https://news.example/a';
const B = 'https://news.example/b';

/** storage.local's get/set/remove over a Map (pass one to share it between two writers); each
 *  call yields first, as the real one does. */
function memoryStore(data = new Map<string, unknown>()): NotedPagesStore & { data: Map<string, unknown> } {
  const later = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    data,
    async getMany(keys) {
      await later();
      return Object.fromEntries(keys.filter((k) => data.has(k)).map((k) => [k, data.get(k)]));
    },
    async setMany(items) {
      await later();
      for (const [k, v] of Object.entries(items)) data.set(k, v);
    },
    async remove(keys) {
      await later();
      for (const k of keys) data.delete(k);
    },
  };
}

function draft(url: string): AnnotationDraft {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = sampleAnnotation();
  return { ...rest, page: { ...rest.page, url } };
}

let db: ClaimlightDb;
let plain: AnnotationRepository;
let store: ReturnType<typeof memoryStore>;
let repo: AnnotationRepository;

const listed = (url: string): boolean => store.data.get(notedPageKey(url)) === true;

beforeEach(() => {
  db = createDb(`noted-${Math.random()}`, { indexedDB, IDBKeyRange });
  plain = createRepository(db);
  store = memoryStore();
  repo = indexingNotedPages(plain, store);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('indexingNotedPages', () => {
  it('lists a page when a note is added and keeps it while the page has notes', async () => {
    const first = await repo.add(draft(A));
    const second = await repo.add(draft(A));
    expect(listed(A)).toBe(true);
    expect(listed(B)).toBe(false);
    await repo.update(first.id, { note: 'edited' });
    expect(listed(A)).toBe(true);
    await repo.delete(first.id);
    expect(listed(A)).toBe(true); // one note left
    await repo.delete(second.id);
    expect(listed(A)).toBe(false);
  });

  it('undo of a delete lists the page again; deleteMany drops only emptied pages', async () => {
    const a1 = await repo.add(draft(A));
    const b1 = await repo.add(draft(B));
    const b2 = await repo.add(draft(B));
    const deleted = await repo.deleteMany([a1.id, b1.id]);
    expect([listed(A), listed(B)]).toEqual([false, true]);
    await repo.restore(deleted);
    expect([listed(A), listed(B)]).toEqual([true, true]);
    await repo.deleteMany([a1.id, b1.id, b2.id]);
    expect([listed(A), listed(B)]).toEqual([false, false]);
  });

  it('lists the pages of imported notes', async () => {
    const imported: Annotation = { ...sampleAnnotation(), page: { ...sampleAnnotation().page, url: B } };
    await repo.importMany([imported]);
    expect(listed(B)).toBe(true);
  });

  it('puts the key back when a note is added while the key of the last one is being removed', async () => {
    const last = await repo.add(draft(A));
    let removing = false;
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const remove = store.remove.bind(store);
    store.remove = async (keys) => {
      removing = true;
      await gate; // the other writer adds its note while this removal waits
      await remove(keys);
    };
    const deleting = repo.delete(last.id);
    while (!removing) await new Promise((resolve) => setTimeout(resolve, 1));
    await indexingNotedPages(plain, memoryStore(store.data)).add(draft(A)); // another writer
    open();
    await deleting;
    expect(listed(A)).toBe(true);
  });

  it('never leaves a page with notes unlisted when adds and deletes race', async () => {
    const other = indexingNotedPages(plain, memoryStore(store.data)); // a second writer (library and background)
    const kept = await repo.add(draft(A));
    for (let round = 0; round < 10; round++) {
      const victim = await other.add(draft(A));
      await repo.delete(kept.id).then(() => undefined);
      await Promise.all([other.delete(victim.id), repo.add(draft(A)), other.add(draft(B)), repo.delete(victim.id)]);
      for (const url of await plain.pageUrls()) expect(listed(url), `round ${round}: ${url}`).toBe(true);
    }
  });
});

describe('ensureNotedPagesIndex', () => {
  it('lists the pages of notes saved before the index existed, then marks it ready', async () => {
    await plain.add(draft(A));
    await plain.add(draft(B));
    await plain.add(draft(B));
    await ensureNotedPagesIndex(plain, store);
    expect([listed(A), listed(B), store.data.get(NOTED_PAGES_READY_KEY)]).toEqual([true, true, true]);
  });

  it('leaves a ready index alone (one key read)', async () => {
    await plain.add(draft(A));
    store.data.set(NOTED_PAGES_READY_KEY, true);
    await ensureNotedPagesIndex(plain, store);
    expect(listed(A)).toBe(false);
  });

  it('marks an empty database ready', async () => {
    await ensureNotedPagesIndex(plain, store);
    expect([...store.data.keys()]).toEqual([NOTED_PAGES_READY_KEY]);
  });
});
