// The library's filters and paging, without any view: what the reader chose (search words,
// label, tag, site, date range, page) ↔ the repository query, ↔ the address's #fragment (so
// a reload or a shared link keeps the view), and the "1–50 of 10,000" arithmetic.
import { ANNOTATION_LABELS, type AnnotationLabel } from '../../core/model/annotation';
import type { AnnotationQuery } from '../../storage';

export const PAGE_SIZE = 50;

export type LabelFilter = 'any' | 'none' | AnnotationLabel;
export type DatePreset = 'any' | 'today' | '7d' | '30d' | '365d';

export const DATE_PRESETS: ReadonlyArray<{ value: DatePreset; name: string }> = [
  { value: 'any', name: 'Any time' },
  { value: 'today', name: 'Today' },
  { value: '7d', name: 'Last 7 days' },
  { value: '30d', name: 'Last 30 days' },
  { value: '365d', name: 'Last 12 months' },
];

export interface Filters {
  text: string;
  label: LabelFilter;
  tag: string;
  site: string;
  date: DatePreset;
  /** 0-based page */
  page: number;
}

export const NO_FILTERS: Filters = { text: '', label: 'any', tag: '', site: '', date: 'any', page: 0 };

/** Is anything narrowing the list (paging aside)? */
export function isFiltered(f: Filters): boolean {
  return f.text.trim() !== '' || f.label !== 'any' || f.tag !== '' || f.site !== '' || f.date !== 'any';
}

/** The start of the date range, as an ISO timestamp, counted back from `now` (local days). */
export function dateFrom(preset: DatePreset, now: Date): string | undefined {
  if (preset === 'any') return undefined;
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const days = preset === 'today' ? 0 : preset === '7d' ? 6 : preset === '30d' ? 29 : 364;
  start.setDate(start.getDate() - days);
  return start.toISOString();
}

/** The repository query for these filters; `paged: false` asks for every match (export, delete). */
export function toQuery(f: Filters, now: Date, paged = true): AnnotationQuery {
  const q: AnnotationQuery = {};
  const text = f.text.trim();
  if (text) q.text = text;
  if (f.label !== 'any') q.label = f.label === 'none' ? null : f.label;
  if (f.tag) q.tag = f.tag;
  if (f.site) q.site = f.site;
  const from = dateFrom(f.date, now);
  if (from) q.createdFrom = from;
  if (paged) {
    q.offset = f.page * PAGE_SIZE;
    q.limit = PAGE_SIZE;
  }
  return q;
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** A page number kept inside the pages there are. */
export function clampPage(page: number, total: number): number {
  return Math.min(Math.max(0, Math.trunc(page) || 0), pageCount(total) - 1);
}

/** "1–50 of 10,000", "No notes". */
export function rangeText(page: number, total: number, locale?: string): string {
  if (total === 0) return 'No notes';
  const fmt = (n: number) => n.toLocaleString(locale);
  const first = page * PAGE_SIZE + 1;
  const last = Math.min(total, (page + 1) * PAGE_SIZE);
  return `${fmt(first)}–${fmt(last)} of ${fmt(total)}`;
}

/** Filters → "#q=...&label=...", leaving out what is default. */
export function toHash(f: Filters): string {
  const p = new URLSearchParams();
  if (f.text) p.set('q', f.text);
  if (f.label !== 'any') p.set('label', f.label);
  if (f.tag) p.set('tag', f.tag);
  if (f.site) p.set('site', f.site);
  if (f.date !== 'any') p.set('date', f.date);
  if (f.page > 0) p.set('page', String(f.page + 1));
  const s = p.toString();
  return s ? `#${s}` : '';
}

/** "#q=...": unknown or bad values fall back to the defaults. */
export function fromHash(hash: string): Filters {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const label = p.get('label');
  const date = p.get('date');
  const page = Number.parseInt(p.get('page') ?? '1', 10);
  return {
    text: p.get('q') ?? '',
    label: label === 'none' || ANNOTATION_LABELS.includes(label as AnnotationLabel) ? (label as LabelFilter) : 'any',
    tag: p.get('tag') ?? '',
    site: p.get('site') ?? '',
    date: DATE_PRESETS.some((d) => d.value === date) ? (date as DatePreset) : 'any',
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
  };
}

/** A filter changed: back to the first page (the old page may not exist any more). */
export function withFilter<K extends Exclude<keyof Filters, 'page'>>(f: Filters, key: K, value: Filters[K]): Filters {
  return { ...f, [key]: value, page: 0 };
}
