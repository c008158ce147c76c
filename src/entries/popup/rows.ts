// The popup's list, decided from the facts: counts for the summary row (which doubles as
// the filters) and the rows for a filter, in reading order. Pure; the components render it.
import type { Facts } from '../../core/model';
import { formatChange, formatValue, KIND_WORDS, safeHref } from '../../dom/card/wording';

export type Filter = 'all' | 'figures' | 'claims' | 'unsourced' | 'opinions' | 'notes';
export type RowKind = 'figure' | 'claim' | 'unsourced' | 'opinion';

export interface Row {
  key: string;
  kind: RowKind;
  /** the fact's text as written in the page */
  text: string;
  chip: string;
  /** normalised value, change, or the source's name */
  detail: string | null;
  sourceKind: 'named' | 'vague' | null;
  href: string | null;
  start: number;
  end: number;
  /** how far into the article, 0–100 */
  percent: number;
}

export interface Counts {
  figures: number;
  claims: number;
  named: number;
  vague: number;
  unsourced: number;
  opinions: number;
}

export function counts(facts: Facts): Counts {
  const named = facts.claims.filter((c) => c.source.kind === 'named').length;
  return {
    figures: facts.figures.length,
    claims: facts.claims.length,
    named,
    vague: facts.claims.length - named,
    unsourced: facts.unsourced.length,
    opinions: facts.opinions.length,
  };
}

export function isEmpty(facts: Facts): boolean {
  const c = counts(facts);
  return c.figures + c.claims + c.unsourced + c.opinions === 0;
}

function percentOf(start: number, facts: Facts): number {
  return facts.text.chars > 0 ? Math.min(100, Math.round((start / facts.text.chars) * 100)) : 0;
}

function figureDetail(fig: Facts['figures'][number], facts: Facts): string {
  const approx = fig.approx ? '≈ ' : '';
  if (fig.change) {
    const from = facts.figures.find((f) => f.id === fig.change!.from);
    const change = formatChange(fig.change.delta, fig.change.unit); // "down 5 percentage points"
    return from ? `${approx}${formatValue(fig)}, ${change} from ${from.text}` : `${approx}${formatValue(fig)}, ${change}`;
  }
  return `${approx}${formatValue(fig)}`;
}

export function rowsFor(facts: Facts, filter: Filter): Row[] {
  const rows: Row[] = [];
  const want = (f: Filter): boolean => filter === 'all' || filter === f;
  if (want('figures')) {
    for (const fig of facts.figures) {
      rows.push({
        key: fig.id,
        kind: 'figure',
        text: fig.text,
        chip: fig.kind,
        detail: figureDetail(fig, facts),
        sourceKind: null,
        href: null,
        ...fig.position,
        percent: percentOf(fig.position.start, facts),
      });
    }
  }
  if (want('claims')) {
    for (const c of facts.claims) {
      rows.push({
        key: c.id,
        kind: 'claim',
        text: c.text,
        chip: KIND_WORDS[c.source.kind],
        detail: c.source.name,
        sourceKind: c.source.kind,
        href: safeHref(c.source.href),
        ...c.position,
        percent: percentOf(c.position.start, facts),
      });
    }
  }
  if (want('unsourced')) {
    for (const u of facts.unsourced) {
      rows.push({
        key: `u${u.sentence}`,
        kind: 'unsourced',
        text: u.text,
        chip: KIND_WORDS.unsourced,
        detail: null,
        sourceKind: null,
        href: null,
        ...u.position,
        percent: percentOf(u.position.start, facts),
      });
    }
  }
  if (want('opinions')) {
    for (const o of facts.opinions) {
      rows.push({
        key: `o${o.sentence}`,
        kind: 'opinion',
        text: o.text,
        chip: KIND_WORDS.opinion,
        detail: null,
        sourceKind: null,
        href: null,
        ...o.position,
        percent: percentOf(o.position.start, facts),
      });
    }
  }
  return rows;
}

/** Clicking the active filter again goes back to everything. */
export function nextFilter(current: Filter, clicked: Filter): Filter {
  return current === clicked ? 'all' : clicked;
}
