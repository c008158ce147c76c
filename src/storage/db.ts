// The Claimlight IndexedDB database (Dexie): schema versions and the upgrade path.
//
// version 1: `annotations` rows are plain Annotation records; indexes id, page.url, createdAt.
// version 2: rows also carry derived search fields (`words`: the words of quote, note and tags;
//            `tagKeys`: the tags in lower case; `labelKey`: the label or '' — IndexedDB cannot
//            index null), and new indexes for site, label, tags and tagKeys (multi-entry) and
//            words (multi-entry). The upgrade fills the derived fields of every existing row.
// Add a version: declare it below with its stores and an upgrade, never edit an old one.
import Dexie, { type Table } from 'dexie';
import type { Annotation } from '../core/model/annotation';
import { toRow, type AnnotationRow } from './row';

export const DB_NAME = 'claimlight';

export interface DbDeps {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

export type ClaimlightDb = Dexie & { annotations: Table<AnnotationRow, string> };

/** Stores of each version, oldest first (exported for the migration test). */
export const SCHEMA = {
  1: { annotations: 'id, page.url, createdAt' },
  2: { annotations: 'id, page.url, page.site, createdAt, labelKey, *tags, *tagKeys, *words' },
} as const;

export const CURRENT_VERSION = 2;

/** Opens (lazily, on first use) the database `name` with the given IndexedDB implementation. */
export function createDb(name: string, deps: DbDeps): ClaimlightDb {
  const db = new Dexie(name, { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange }) as ClaimlightDb;
  db.version(1).stores(SCHEMA[1]);
  db.version(2)
    .stores(SCHEMA[2])
    .upgrade((tx) =>
      tx
        .table('annotations')
        .toCollection()
        .modify((row: Annotation & Partial<AnnotationRow>) => {
          Object.assign(row, toRow(row));
        }),
    );
  return db;
}
