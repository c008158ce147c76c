// CSV export (RFC 4180: CRLF line ends, quoted cells with doubled quotes), one row per
// annotation. Cells that a spreadsheet would run as a formula (starting with = + - @, tab or
// CR) are neutralised with a leading apostrophe.
import type { Annotation } from '../model/annotation';

const COLUMNS = [
  'id', 'created', 'updated', 'page_url', 'page_title', 'site', 'quote', 'prefix', 'suffix', 'start', 'end',
  'note', 'label', 'tags', 'color', 'fact_kind', 'fact_text',
] as const;

type Column = (typeof COLUMNS)[number];

function cells(a: Annotation): Record<Column, string> {
  return {
    id: a.id,
    created: a.createdAt,
    updated: a.updatedAt,
    page_url: a.page.url,
    page_title: a.page.title,
    site: a.page.site,
    quote: a.target.quote.exact,
    prefix: a.target.quote.prefix,
    suffix: a.target.quote.suffix,
    start: String(a.target.position.start),
    end: String(a.target.position.end),
    note: a.note,
    label: a.label ?? '',
    tags: a.tags.join('; '),
    color: a.color,
    fact_kind: a.fact?.kind ?? '',
    fact_text: a.fact?.text ?? '',
  };
}

/** A cell a spreadsheet would not evaluate. */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field: quoted when it holds a quote, comma, CR or LF. */
export function csvField(value: string): string {
  const safe = neutralizeFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(annotations: readonly Annotation[]): string {
  const lines = [COLUMNS.join(',')];
  for (const a of annotations) {
    const row = cells(a);
    lines.push(COLUMNS.map((c) => csvField(row[c])).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
