// The upgrade path: a version-1 database with data opens at the current version with its data
// intact and searchable.
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { sampleAnnotation } from '../core/model/annotation.testing';
import { createDb, CURRENT_VERSION, SCHEMA } from './db';
import { createRepository } from './repository';

describe('createDb upgrade from version 1', () => {
  it('keeps every annotation and fills the search fields and indexes', async () => {
    const name = `migrate-${Math.random()}`;
    const v1Rows = [
      sampleAnnotation(),
      sampleAnnotation({
        id: '0b9e2a44-1c55-4f0e-a8a1-6f1d4a0c9b10',
        note: 'Analysts disagree',
        label: null,
        tags: ['Supply chain'],
        page: { url: 'https://news.example/b', title: 'B', site: 'news.example' },
        createdAt: '2026-11-27T00:00:00.000Z',
        updatedAt: '2026-11-27T00:00:00.000Z',
      }),
    ];

    const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
    v1.version(1).stores(SCHEMA[1]);
    await v1.table('annotations').bulkAdd(v1Rows);
    expect(v1.verno).toBe(1);
    v1.close();

    const db = createDb(name, { indexedDB, IDBKeyRange });
    const repo = createRepository(db);
    expect(await repo.count()).toBe(2);
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await repo.get(v1Rows[0]!.id)).toStrictEqual(v1Rows[0]);
    expect((await repo.list()).items).toStrictEqual([v1Rows[1], v1Rows[0]]);
    // the new indexes work on migrated rows
    expect((await repo.list({ text: 'analysts' })).items).toStrictEqual([v1Rows[1]]);
    expect((await repo.list({ label: null })).items).toStrictEqual([v1Rows[1]]);
    expect((await repo.list({ tag: 'supply chain' })).items).toStrictEqual([v1Rows[1]]);
    expect(await repo.sites()).toEqual(['example.com', 'news.example']);
    const raw = await db.annotations.get(v1Rows[1]!.id);
    expect(raw?.words).toEqual(expect.arrayContaining(['analysts', 'disagree', 'supply', 'chain']));
    expect(raw?.labelKey).toBe('');
    db.close();
    await db.delete();
  });
});
