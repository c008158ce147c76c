// The library's repository wrapper tells the tabs which pages' notes changed, after the change
// succeeded (fake-indexeddb repository underneath).
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationDraft } from '../../core/model/annotation';
import { sampleAnnotation } from '../../core/model/annotation.testing';
import { MAX_REFRESH_URLS } from '../../protocol/annotations-to-content';
import { createDb, createRepository, type AnnotationRepository } from '../../storage';
import { tellingTabs } from './tell-tabs';

let told: Array<string[] | null>;
let repo: AnnotationRepository;

function draft(url: string): AnnotationDraft {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = sampleAnnotation();
  return { ...rest, page: { ...rest.page, url } };
}

beforeEach(() => {
  told = [];
  repo = tellingTabs(createRepository(createDb(`tell-${Math.random()}`, { indexedDB, IDBKeyRange })), (urls) => told.push(urls));
});

describe('tellingTabs', () => {
  it('names the page of each added, edited, deleted and restored note', async () => {
    const a = await repo.add(draft('https://news.example/a'));
    await repo.update(a.id, { note: 'checked' });
    const gone = await repo.delete(a.id);
    await repo.restore([gone!]);
    expect(told).toEqual([['https://news.example/a'], ['https://news.example/a'], ['https://news.example/a'], ['https://news.example/a']]);
  });

  it('says nothing when nothing changed or the change failed', async () => {
    expect(await repo.delete('00000000-0000-4000-8000-000000000001')).toBeNull();
    await expect(repo.update('00000000-0000-4000-8000-000000000001', { note: 'x' })).rejects.toThrow();
    expect(told).toEqual([]);
  });

  it('names every page an import touched once, and "any page" when there are too many', async () => {
    const a = await repo.add(draft('https://news.example/a'));
    const b = await repo.add(draft('https://news.example/b'));
    told = [];
    const exported = [a, b, { ...a, id: '00000000-0000-4000-8000-0000000000aa' }];
    await repo.deleteMany([a.id, b.id]);
    told = [];
    await repo.importMany(exported);
    expect(told).toEqual([['https://news.example/a', 'https://news.example/b']]);
    await repo.importMany(exported); // all duplicates: nothing changed
    expect(told).toHaveLength(1);

    const many = Array.from({ length: MAX_REFRESH_URLS + 1 }, (_, i) => ({
      ...a,
      id: `00000000-0000-4000-8000-${String(1000 + i).padStart(12, '0')}`,
      page: { ...a.page, url: `https://news.example/p${i}` },
    }));
    await repo.importMany(many);
    expect(told.at(-1)).toBeNull();
  });
});
