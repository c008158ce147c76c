// The annotation store's public contract: queries, results and the repository interface.
// The Dexie implementation is in repository.ts; callers should depend on these types only.
import type { Annotation, AnnotationDraft, AnnotationLabel, AnnotationPatch } from '../core/model/annotation';

/** Filters for the library list; every field is optional and they combine with AND. */
export interface AnnotationQuery {
  /** words searched in quote, note and tags; every word must match the start of a word there ("38 bil" finds "$38 billion") */
  text?: string;
  /** only this label; `null` means "no label" */
  label?: AnnotationLabel | null;
  /** only annotations carrying this tag (case-insensitive) */
  tag?: string;
  /** only this site (host, e.g. "www.theverge.com") */
  site?: string;
  /** createdAt ≥ this ISO timestamp (or "YYYY-MM-DD" = that day's start, UTC) */
  createdFrom?: string;
  /** createdAt < this ISO timestamp (or "YYYY-MM-DD" = that day's start, UTC) */
  createdBefore?: string;
  /** paging: skip this many (default 0) */
  offset?: number;
  /** paging: at most this many (default: all) */
  limit?: number;
}

export interface AnnotationListResult {
  /** newest first (createdAt descending, then id) */
  items: Annotation[];
  /** how many match the filters in all, ignoring offset/limit */
  total: number;
}

export interface ImportResult {
  added: number;
  updated: number;
  skipped: number;
}

export interface AnnotationRepository {
  /** Stores a new annotation: a fresh UUID, createdAt = updatedAt = now, tags cleaned. */
  add(draft: AnnotationDraft): Promise<Annotation>;
  /** Applies an edit; bumps updatedAt. Rejects (Error) when the id is unknown. */
  update(id: string, patch: AnnotationPatch): Promise<Annotation>;
  /** Deletes and returns what was deleted (for undo via restore), or null when absent. */
  delete(id: string): Promise<Annotation | null>;
  /** Deletes several in one transaction; returns the ones that existed. */
  deleteMany(ids: readonly string[]): Promise<Annotation[]>;
  /** Undo of delete/deleteMany: puts the annotations back exactly as they were. */
  restore(annotations: readonly Annotation[]): Promise<void>;
  get(id: string): Promise<Annotation | undefined>;
  /** All annotations of one page (url as normalised by normalizePageUrl), oldest first by position. */
  byPageUrl(url: string): Promise<Annotation[]>;
  /** Newest first, filtered and paged. */
  list(query?: AnnotationQuery): Promise<AnnotationListResult>;
  /** Every distinct tag, sorted (for the filter menu). */
  tags(): Promise<string[]>;
  /** Every distinct page URL that has notes (builds the noted-pages index: ./noted-pages). */
  pageUrls(): Promise<string[]>;
  /** Every distinct site, sorted (for the filter menu). */
  sites(): Promise<string[]>;
  count(): Promise<number>;
  /**
   * Imports in ONE transaction. Unknown id → added; same id and identical → skipped;
   * same id and the incoming updatedAt is newer → updated; otherwise (older or same time) → skipped.
   * The caller validates first (core/export parseImport).
   */
  importMany(annotations: readonly Annotation[]): Promise<ImportResult>;
}
