// How an Annotation is stored: the record itself plus derived fields the indexes need.
import type { Annotation } from '../core/model/annotation';
import { searchWords } from './search-words';

export interface AnnotationRow extends Annotation {
  /** distinct lower-case words of quote, note and tags (multi-entry index) */
  words: string[];
  /** the tags in lower case, for case-insensitive filtering (multi-entry index) */
  tagKeys: string[];
  /** label, or '' for none (IndexedDB cannot index null) */
  labelKey: string;
}

export function toRow(annotation: Annotation): AnnotationRow {
  return {
    ...fromRow(annotation as AnnotationRow),
    words: searchWords([annotation.target.quote.exact, annotation.note, ...annotation.tags].join(' ')),
    tagKeys: [...new Set(annotation.tags.map((t) => t.toLowerCase()))],
    labelKey: annotation.label ?? '',
  };
}

/** The Annotation without the derived fields, keys in a fixed order. */
export function fromRow(row: AnnotationRow): Annotation {
  const annotation: Annotation = {
    id: row.id,
    page: row.page,
    target: row.target,
    note: row.note,
    label: row.label,
    tags: row.tags,
    color: row.color,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
  if (row.fact !== undefined) annotation.fact = row.fact;
  return annotation;
}
