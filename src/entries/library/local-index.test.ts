// The in-memory index answers exactly as the repository does, for any mix of filters.
import fc from 'fast-check';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ANNOTATION_LABELS } from '../../core/model/annotation';
import { createDb, createRepository, type AnnotationQuery } from '../../storage';
import { LocalIndex } from './local-index';
import { sampleNotes } from './sample-notes.testing';

describe('LocalIndex', () => {
  it('agrees with the repository on searches, filters and pages', async () => {
    const notes = sampleNotes(150);
    const repo = createRepository(createDb(`idx-${Math.random()}`, { indexedDB, IDBKeyRange }));
    await repo.importMany(notes);
    const index = new LocalIndex(notes.slice().reverse());
    const query: fc.Arbitrary<AnnotationQuery> = fc.record(
      {
        text: fc.constantFrom('insiders', '38 bil', 'who', 'check reuters', '#12', 'zzz', 'AMAZON'),
        label: fc.constantFrom(null, ...ANNOTATION_LABELS),
        tag: fc.constantFrom('ai', 'Cloud', 'chips'),
        site: fc.constantFrom('arstechnica.com', 'www.wired.com'),
        createdFrom: fc.constantFrom('2026-01-03', '2026-01-05T12:00:00.000Z'),
        createdBefore: fc.constantFrom('2026-01-06', '2026-01-04T00:00:00.000Z'),
        offset: fc.integer({ min: 0, max: 60 }),
        limit: fc.integer({ min: 1, max: 60 }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const expected = await repo.list(q);
        const actual = index.list(q);
        expect(actual.total).toBe(expected.total);
        expect(actual.items.map((a) => a.id)).toEqual(expected.items.map((a) => a.id));
      }),
      { numRuns: 60 },
    );
  });
});
