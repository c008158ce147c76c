// Property: annotations exported (Claimlight JSON or W3C), parsed and imported into the store
// come back from the store identical; importing the same file twice skips everything.
import fc from 'fast-check';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { parseImport, toClaimlightJson, toW3C } from '../core/export/index';
import { arbitraryAnnotation } from '../core/model/annotation.testing';
import { createDb } from './db';
import { createRepository } from './repository';

const distinctIds = fc.uniqueArray(arbitraryAnnotation, { selector: (a) => a.id, maxLength: 6 });

describe('export → parseImport → importMany', () => {
  for (const [name, exporter] of [['Claimlight JSON', toClaimlightJson], ['W3C JSON-LD', toW3C]] as const) {
    it(`${name}: the store gives back identical annotations`, async () => {
      await fc.assert(
        fc.asyncProperty(distinctIds, async (annotations) => {
          const db = createDb(`roundtrip-${Math.random()}`, { indexedDB, IDBKeyRange });
          const repo = createRepository(db);
          try {
            const parsed = parseImport(exporter(annotations));
            if (!parsed.ok) throw new Error(parsed.error);
            expect(await repo.importMany(parsed.annotations)).toEqual({ added: annotations.length, updated: 0, skipped: 0 });
            for (const a of annotations) expect(await repo.get(a.id)).toStrictEqual(a);
            expect(await repo.importMany(parsed.annotations)).toEqual({ added: 0, updated: 0, skipped: annotations.length });
          } finally {
            db.close();
            await db.delete();
          }
        }),
        { numRuns: 40 },
      );
    });
  }
});
