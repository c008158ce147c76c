// The annotation repository over Dexie: add/update/delete/restore, by page, filtered list with
// word search and paging, tags and sites, and transactional import.
import { cleanTags, type Annotation, type AnnotationDraft, type AnnotationPatch } from '../core/model/annotation';
import { validateAnnotation } from '../core/model/annotation-validate';
import type { ClaimlightDb } from './db';
import { fromRow, toRow, type AnnotationRow } from './row';
import { searchWords } from './search-words';
import type { AnnotationListResult, AnnotationQuery, AnnotationRepository, ImportResult } from './repository-types';

export type { AnnotationQuery, AnnotationListResult, ImportResult, AnnotationRepository } from './repository-types';

export interface RepositoryOptions {
  /** id generator; default crypto.randomUUID */
  newId?: () => string;
  /** clock; default () => new Date() */
  now?: () => Date;
}

export function createRepository(db: ClaimlightDb, options: RepositoryOptions = {}): AnnotationRepository {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const now = options.now ?? (() => new Date());
  const table = db.annotations;

  /** Validates before anything is written, so a bad record never reaches the store. */
  function checked(annotation: Annotation, path = 'annotation'): Annotation {
    const result = validateAnnotation(annotation, path);
    if (!result.ok) throw new Error(result.error);
    return result.value;
  }

  async function deleteMany(ids: readonly string[]): Promise<Annotation[]> {
    return db.transaction('rw', table, async () => {
      const rows = (await table.bulkGet([...ids])).filter((row): row is AnnotationRow => row !== undefined);
      await table.bulkDelete(rows.map((row) => row.id));
      return rows.map(fromRow);
    });
  }

  return {
    async add(draft: AnnotationDraft) {
      const at = now().toISOString();
      const annotation = checked({ ...draft, tags: cleanTags(draft.tags), id: newId(), createdAt: at, updatedAt: at });
      await table.add(toRow(annotation));
      return annotation;
    },

    async update(id, patch: AnnotationPatch) {
      return db.transaction('rw', table, async () => {
        const row = await table.get(id);
        if (!row) throw new Error(`No annotation with id ${id}`);
        const current = fromRow(row);
        const next = checked({
          ...current,
          ...definedOnly(patch),
          ...(patch.tags ? { tags: cleanTags(patch.tags) } : {}),
          updatedAt: laterTimestamp(now().toISOString(), current.updatedAt),
        });
        await table.put(toRow(next));
        return next;
      });
    },

    async delete(id) {
      const [deleted] = await deleteMany([id]);
      return deleted ?? null;
    },

    deleteMany,

    async restore(annotations) {
      const rows = annotations.map((a, i) => toRow(checked(a, `annotations[${i}]`)));
      await table.bulkPut(rows);
    },

    async get(id) {
      const row = await table.get(id);
      return row && fromRow(row);
    },

    async byPageUrl(url) {
      const rows = await table.where('page.url').equals(url).toArray();
      return rows.map(fromRow).sort((a, b) => a.target.position.start - b.target.position.start || a.createdAt.localeCompare(b.createdAt));
    },

    list: (query = {}) => listAnnotations(db, query),

    async tags() {
      const keys = (await table.orderBy('tags').uniqueKeys()) as string[];
      return keys.sort((a, b) => a.localeCompare(b));
    },

    async sites() {
      return (await table.orderBy('page.site').uniqueKeys()) as string[];
    },

    async pageUrls() {
      return (await table.orderBy('page.url').uniqueKeys()) as string[];
    },

    count: () => table.count(),

    async importMany(annotations) {
      const incoming = annotations.map((a, i) => checked(a, `annotations[${i}]`));
      return db.transaction('rw', table, async () => {
        const result: ImportResult = { added: 0, updated: 0, skipped: 0 };
        const existing = new Map<string, Annotation>();
        for (const row of await table.bulkGet(await storedAmong(table, incoming.map((a) => a.id)))) if (row) existing.set(row.id, fromRow(row));
        const toWrite = new Map<string, Annotation>();
        for (const annotation of incoming) {
          const known = toWrite.get(annotation.id) ?? existing.get(annotation.id);
          if (known && (sameAnnotation(known, annotation) || annotation.updatedAt <= known.updatedAt)) continue;
          toWrite.set(annotation.id, annotation);
        }
        for (const id of toWrite.keys()) {
          if (existing.has(id)) result.updated++;
          else result.added++;
        }
        result.skipped = incoming.length - result.added - result.updated;
        await table.bulkPut([...toWrite.values()].map(toRow));
        return result;
      });
    },
  };
}

/** Above this many ids, the store's keys are read in one request and only the ids found there
 *  are fetched: a fresh import of thousands of notes then reads no rows at all. */
const KEY_SCAN_FROM = 64;

/** The ids among `ids` that the table holds, or `ids` itself for a handful (looked up directly). */
async function storedAmong(table: ClaimlightDb['annotations'], ids: string[]): Promise<string[]> {
  if (ids.length < KEY_SCAN_FROM) return ids;
  const stored = new Set(await table.toCollection().primaryKeys());
  return ids.filter((id) => stored.has(id));
}

/**
 * Newest first (createdAt desc, then id desc), filtered, paged. Each filter is answered by its
 * index as a set of primary keys (cheap: no rows read); the sets are intersected, walked in
 * createdAt order, and only the requested page of rows is read.
 */
async function listAnnotations(db: ClaimlightDb, query: AnnotationQuery): Promise<AnnotationListResult> {
  const table = db.annotations;
  const offset = Math.max(0, query.offset ?? 0);
  const limit = Math.max(0, query.limit ?? Infinity);
  const words = searchWords(query.text ?? '');
  const from = query.createdFrom === undefined ? undefined : dayOrTimestamp(query.createdFrom);
  const before = query.createdBefore === undefined ? undefined : dayOrTimestamp(query.createdBefore);

  return db.transaction('r', table, async () => {
    const keySets: Promise<string[]>[] = words.map((word) => table.where('words').startsWith(word).primaryKeys());
    if (query.tag !== undefined) keySets.push(table.where('tagKeys').equals(query.tag.toLowerCase()).primaryKeys());
    if (query.site !== undefined) keySets.push(table.where('page.site').equals(query.site).primaryKeys());
    if (query.label !== undefined) keySets.push(table.where('labelKey').equals(query.label ?? '').primaryKeys());
    const dated = from !== undefined || before !== undefined;

    if (keySets.length === 0 && !dated && offset === 0) {
      // the common first screen: no filter, read just one page
      let ordered = table.orderBy('createdAt').reverse();
      if (Number.isFinite(limit)) ordered = ordered.limit(limit);
      const [total, rows] = await Promise.all([table.count(), ordered.toArray()]);
      return { total, items: rows.map(fromRow) };
    }

    const byDate = dated
      ? table.where('createdAt').between(from ?? '', before ?? '\uffff', true, false)
      : table.orderBy('createdAt');
    const [newestFirst, ...sets] = await Promise.all([byDate.reverse().primaryKeys(), ...keySets]);
    const wanted = intersect(sets);
    const matching = wanted ? newestFirst.filter((id) => wanted.has(id)) : newestFirst;
    const pageIds = matching.slice(offset, offset + limit);
    const rows = await table.bulkGet(pageIds);
    return { total: matching.length, items: rows.filter((row): row is AnnotationRow => row !== undefined).map(fromRow) };
  });
}

/** The keys present in every list, or null when there are no lists (no restriction). */
function intersect(lists: readonly string[][]): Set<string> | null {
  if (lists.length === 0) return null;
  const [smallest, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  let result = new Set(smallest);
  for (const list of rest) {
    const other = new Set(list);
    result = new Set([...result].filter((id) => other.has(id)));
  }
  return result;
}

/** "2026-11-26" → "2026-11-26T00:00:00.000Z"; a full timestamp is kept. */
function dayOrTimestamp(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00.000Z` : value;
}

/** A new updatedAt never goes backwards, even if the clock did. */
function laterTimestamp(candidate: string, previous: string): string {
  return candidate > previous ? candidate : previous;
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function sameAnnotation(a: Annotation, b: Annotation): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
