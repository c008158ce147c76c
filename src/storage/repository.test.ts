// The Dexie repository on fake-indexeddb: CRUD with undo, by page, list/search/filter/paging, import.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, AnnotationDraft } from '../core/model/annotation';
import { sampleAnnotation } from '../core/model/annotation.testing';
import { createDb, type ClaimlightDb } from './db';
import { createRepository } from './repository';
import type { AnnotationRepository } from './repository-types';

let db: ClaimlightDb;
let repo: AnnotationRepository;
let clock: number;
let ids: number;

function draft(overrides: Partial<AnnotationDraft> = {}): AnnotationDraft {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = sampleAnnotation();
  return { ...rest, ...overrides };
}

function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

beforeEach(() => {
  clock = Date.parse('2026-11-01T00:00:00.000Z');
  ids = 0;
  db = createDb(`test-${Math.random()}`, { indexedDB, IDBKeyRange });
  repo = createRepository(db, { newId: () => uuid(++ids), now: () => new Date((clock += 60_000)) });
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('add / get / update', () => {
  it('adds with a fresh id and timestamps and cleans tags', async () => {
    const a = await repo.add(draft({ tags: [' AI', 'ai', 'chips '] }));
    expect(a).toMatchObject({ id: uuid(1), createdAt: '2026-11-01T00:01:00.000Z', updatedAt: '2026-11-01T00:01:00.000Z', tags: ['AI', 'chips'] });
    expect(await repo.get(a.id)).toStrictEqual(a);
    expect(await repo.get(uuid(99))).toBeUndefined();
  });

  it('refuses an invalid draft without writing anything', async () => {
    await expect(repo.add(draft({ label: 'true' as never }))).rejects.toThrow(/annotation\.label/);
    expect(await repo.count()).toBe(0);
  });

  it('updates the editable fields and bumps updatedAt', async () => {
    const a = await repo.add(draft());
    const b = await repo.update(a.id, { note: 'Confirmed by the filing', label: 'verified', tags: ['sec', 'SEC'] });
    expect(b).toStrictEqual({ ...a, note: 'Confirmed by the filing', label: 'verified', tags: ['sec'], updatedAt: '2026-11-01T00:02:00.000Z' });
    expect(await repo.get(a.id)).toStrictEqual(b);
    await expect(repo.update(uuid(42), { note: 'x' })).rejects.toThrow(/No annotation/);
  });
});

describe('delete and undo', () => {
  it('returns what was deleted, and restore puts it back exactly', async () => {
    const a = await repo.add(draft());
    const b = await repo.add(draft({ note: 'second' }));
    const deleted = await repo.delete(a.id);
    expect(deleted).toStrictEqual(a);
    expect(await repo.delete(a.id)).toBeNull();
    expect(await repo.count()).toBe(1);
    const many = await repo.deleteMany([b.id, uuid(77)]);
    expect(many).toStrictEqual([b]);
    await repo.restore([a, b]);
    expect(await repo.get(a.id)).toStrictEqual(a);
    expect((await repo.list()).items).toStrictEqual([b, a]);
  });
});

describe('byPageUrl, tags, sites', () => {
  it('gives the annotations of one page in reading order', async () => {
    const late = await repo.add(draft({ target: { quote: { exact: 'later', prefix: '', suffix: '' }, position: { start: 900, end: 905 } } }));
    const early = await repo.add(draft({ target: { quote: { exact: 'early', prefix: '', suffix: '' }, position: { start: 10, end: 15 } } }));
    await repo.add(draft({ page: { url: 'https://other.example/', title: 'Other', site: 'other.example' } }));
    expect(await repo.byPageUrl('https://example.com/amazon-openai')).toStrictEqual([early, late]);
    expect(await repo.sites()).toEqual(['example.com', 'other.example']);
  });

  it('lists every distinct tag', async () => {
    await repo.add(draft({ tags: ['cloud', 'ai'] }));
    await repo.add(draft({ tags: ['chips'] }));
    expect(await repo.tags()).toEqual(['ai', 'chips', 'cloud']);
  });
});

describe('list', () => {
  async function seedLibrary(): Promise<[Annotation, Annotation, Annotation]> {
    const made: Annotation[] = [];
    made.push(await repo.add(draft({ note: 'Reuters says so', tags: ['deals'], label: 'needs-source' })));
    made.push(
      await repo.add(
        draft({
          target: { quote: { exact: 'Market share slipped from 34% to 29%', prefix: '', suffix: '' }, position: { start: 300, end: 336 } },
          note: '',
          tags: ['Market'],
          label: null,
          page: { url: 'https://news.example/a', title: 'A', site: 'news.example' },
        }),
      ),
    );
    clock += 2 * 86_400_000; // two days later
    made.push(await repo.add(draft({ note: 'Ars Technica analysis, café', tags: ['analysis'], label: 'important' })));
    return made as [Annotation, Annotation, Annotation];
  }

  it('lists newest first with a total, and pages', async () => {
    const [a, b, c] = await seedLibrary();
    expect(await repo.list()).toStrictEqual({ total: 3, items: [c, b, a] });
    expect(await repo.list({ offset: 1, limit: 1 })).toStrictEqual({ total: 3, items: [b] });
    expect(await repo.list({ label: 'important', offset: 1 })).toStrictEqual({ total: 1, items: [] });
  });

  it('searches words of quote, note and tags by prefix, every word must match, accents ignored', async () => {
    const [a, b, c] = await seedLibrary();
    expect((await repo.list({ text: 'reut' })).items).toStrictEqual([a]);
    expect((await repo.list({ text: '38 bill' })).items).toStrictEqual([c, a]);
    expect((await repo.list({ text: 'slipped 29' })).items).toStrictEqual([b]);
    expect((await repo.list({ text: 'market' })).items).toStrictEqual([b]);
    expect((await repo.list({ text: 'CAFE' })).items).toStrictEqual([c]);
    expect((await repo.list({ text: 'reuters analysis' })).total).toBe(0);
    expect((await repo.list({ text: '  ,, ' })).total).toBe(3);
  });

  it('filters by label, tag, site and date range, combined', async () => {
    const [a, b, c] = await seedLibrary();
    expect((await repo.list({ label: null })).items).toStrictEqual([b]);
    expect((await repo.list({ label: 'needs-source' })).items).toStrictEqual([a]);
    expect((await repo.list({ tag: 'market' })).items).toStrictEqual([b]);
    expect((await repo.list({ site: 'example.com' })).items).toStrictEqual([c, a]);
    expect((await repo.list({ createdFrom: '2026-11-02' })).items).toStrictEqual([c]);
    expect((await repo.list({ createdBefore: '2026-11-02' })).items).toStrictEqual([b, a]);
    expect((await repo.list({ createdFrom: a.createdAt, createdBefore: c.createdAt })).items).toStrictEqual([b, a]);
    expect((await repo.list({ site: 'example.com', text: 'bill', label: 'important' })).items).toStrictEqual([c]);
    expect((await repo.list({ site: 'example.com', tag: 'market' })).total).toBe(0);
  });
});

describe('importMany', () => {
  it('adds new ones, updates older copies, skips identical and older incoming, in one go', async () => {
    const a = await repo.add(draft({ note: 'mine' }));
    const b = await repo.add(draft({ note: 'also mine' }));
    const incoming: Annotation[] = [
      { ...a }, // identical → skipped
      { ...b, note: 'edited elsewhere', updatedAt: '2026-12-01T00:00:00.000Z' }, // newer → updated
      sampleAnnotation({ id: uuid(50) }), // unknown → added
      { ...a, note: 'stale copy', updatedAt: '2026-10-01T00:00:00.000Z' }, // older → skipped
    ];
    expect(await repo.importMany(incoming)).toEqual({ added: 1, updated: 1, skipped: 2 });
    expect((await repo.get(b.id))?.note).toBe('edited elsewhere');
    expect((await repo.get(a.id))?.note).toBe('mine');
    expect(await repo.get(uuid(50))).toStrictEqual(sampleAnnotation({ id: uuid(50) }));
    // importing the same file again changes nothing
    expect(await repo.importMany(incoming)).toEqual({ added: 0, updated: 0, skipped: 4 });
  });

  it('tells stored from new the same way in a large file (its ids looked up among the stored keys)', async () => {
    const stored = await repo.add(draft({ note: 'mine' }));
    const fresh = Array.from({ length: 150 }, (_, i) => sampleAnnotation({ id: uuid(100 + i) }));
    const incoming: Annotation[] = [...fresh, { ...stored }, { ...stored, note: 'newer', updatedAt: '2027-01-01T00:00:00.000Z' }];
    expect(await repo.importMany(incoming)).toEqual({ added: 150, updated: 1, skipped: 1 });
    expect((await repo.get(stored.id))?.note).toBe('newer');
    expect(await repo.count()).toBe(151);
    expect(await repo.importMany(incoming)).toEqual({ added: 0, updated: 0, skipped: 152 });
  });

  it('writes nothing when one record is invalid', async () => {
    const bad = { ...sampleAnnotation({ id: uuid(2) }), color: 'plaid' } as unknown as Annotation;
    await expect(repo.importMany([sampleAnnotation({ id: uuid(1) }), bad])).rejects.toThrow(/^annotations\[1\]\.color must be one of/);
    expect(await repo.count()).toBe(0);
  });

  it('rolls back the whole import when the transaction fails midway', async () => {
    await repo.add(draft());
    const existing = (await repo.list()).items[0]!;
    // a second copy with the same id but a different (newer) page must not leave partial writes behind
    const failing = db.transaction('rw', db.annotations, async () => {
      await repo.importMany([sampleAnnotation({ id: uuid(60) }), { ...existing, note: 'changed', updatedAt: '2027-01-01T00:00:00.000Z' }]);
      throw new Error('abort after import');
    });
    await expect(failing).rejects.toThrow('abort after import');
    expect(await repo.count()).toBe(1);
    expect(await repo.get(existing.id)).toStrictEqual(existing);
  });
});
