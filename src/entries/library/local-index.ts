// Every note held in memory once the library has shown its first page, so searching,
// filtering and paging 10,000 notes take milliseconds instead of a database scan each time.
// Answers the same queries as the repository's list(), with the same meaning: every search
// word must start a word of the quote, note or tags; label, tag (any case), site and date
// range must match; newest first.
import type { Annotation } from '../../core/model/annotation';
import type { AnnotationListResult, AnnotationQuery } from '../../storage';
import { searchWords } from '../../storage/search-words';

interface Entry {
  annotation: Annotation;
  words: string[];
  tags: string[];
}

export class LocalIndex {
  private readonly entries: Entry[];

  /** `annotations` in any order; they are kept newest first. */
  constructor(annotations: readonly Annotation[]) {
    this.entries = annotations
      .map((annotation) => ({
        annotation,
        words: searchWords([annotation.target.quote.exact, annotation.note, ...annotation.tags].join(' ')),
        tags: annotation.tags.map((t) => t.toLowerCase()),
      }))
      .sort((a, b) => newestFirst(a.annotation, b.annotation));
  }

  get size(): number {
    return this.entries.length;
  }

  list(query: AnnotationQuery = {}): AnnotationListResult {
    const words = searchWords(query.text ?? '');
    const tag = query.tag?.toLowerCase();
    const from = query.createdFrom === undefined ? undefined : dayOrTimestamp(query.createdFrom);
    const before = query.createdBefore === undefined ? undefined : dayOrTimestamp(query.createdBefore);
    const matches = this.entries.filter(({ annotation: a, words: have, tags }) => {
      if (query.label !== undefined && a.label !== query.label) return false;
      if (query.site !== undefined && a.page.site !== query.site) return false;
      if (tag !== undefined && !tags.includes(tag)) return false;
      if (from !== undefined && a.createdAt < from) return false;
      if (before !== undefined && a.createdAt >= before) return false;
      return words.every((w) => have.some((h) => h.startsWith(w)));
    });
    const offset = Math.max(0, query.offset ?? 0);
    const end = query.limit === undefined ? undefined : offset + query.limit;
    return { total: matches.length, items: matches.slice(offset, end).map((e) => e.annotation) };
  }
}

function newestFirst(a: Annotation, b: Annotation): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

function dayOrTimestamp(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00.000Z` : value;
}
