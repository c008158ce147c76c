// Plain-words text for a fact, as the card and the popup show it (next to a kind chip, so
// the kind itself is not repeated in the text):
//   "$38 billion — 38,000,000,000 USD"
//   "34% → 29% — down 5 percentage points · approx"
//   "Source: Reuters (named) · According to a report from"
// Pure functions over the engine's facts; no DOM.
import type { Claim, Facts, Figure } from '../../core/model';

// made on first use: creating it loads locale data, which would lengthen the content
// script's first task on every article page
let numberFormat: Intl.NumberFormat | null = null;

export function formatNumber(n: number): string {
  numberFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
  return numberFormat.format(n);
}

const DURATION_UNITS: ReadonlyArray<[string, string]> = [
  ['Y', 'year'],
  ['M', 'month'],
  ['W', 'week'],
  ['D', 'day'],
];
const TIME_UNITS: ReadonlyArray<[string, string]> = [
  ['H', 'hour'],
  ['M', 'minute'],
  ['S', 'second'],
];

const plural = (n: number, word: string): string => `${formatNumber(n)} ${word}${n === 1 ? '' : 's'}`;

/** "P7Y" → "7 years", "P1Y6M" → "1 year 6 months", "PT90M" → "90 minutes"; null when not ISO. */
export function formatDuration(iso: string): string | null {
  const m = /^P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)D)?(?:T(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?)?$/.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) return null;
  const units = [...DURATION_UNITS, ...TIME_UNITS];
  const parts: string[] = [];
  units.forEach(([, word], i) => {
    const v = m[i + 1];
    if (v !== undefined) parts.push(plural(Number(v), word));
  });
  return parts.length ? parts.join(' ') : null;
}

const UNIT_WORDS: Readonly<Record<string, string>> = {
  pp: 'percentage points',
  '%': '%',
  x: '×',
};

/** The normalised value in words: "38,000,000,000 USD", "34%", "7 years", "2025-03-03". */
export function formatValue(fig: Figure): string {
  if (fig.kind === 'duration' && fig.iso) return formatDuration(fig.iso) ?? fig.iso;
  if (fig.kind === 'date') return fig.iso ?? (fig.value === null ? fig.text : String(fig.value));
  if (fig.value === null) return fig.iso ?? fig.text;
  const n = formatNumber(fig.value);
  if (fig.unit === null) return n;
  if (fig.unit === '%') return `${n}%`;
  if (fig.unit === 'x') return `${n}×`;
  return `${n} ${UNIT_WORDS[fig.unit] ?? fig.unit}`;
}

/** "down 5 percentage points", "up 1,200,000 USD", "unchanged". */
export function formatChange(delta: number, unit: string | null): string {
  if (delta === 0) return 'unchanged';
  const size = formatNumber(Math.abs(delta));
  const words = unit === null ? '' : ` ${UNIT_WORDS[unit] ?? unit}`;
  return `${delta < 0 ? 'down' : 'up'} ${size}${words}`;
}

/** The one-line description of a figure, as in the examples above. The figure's kind is not
 *  repeated here: the card shows it as a chip next to this line. */
export function describeFigure(fig: Figure, facts: Pick<Facts, 'figures'>): string {
  const approx = fig.approx ? ' · approx' : '';
  if (fig.change) {
    const from = facts.figures.find((f) => f.id === fig.change!.from);
    const head = from ? `${from.text} → ${fig.text}` : fig.text;
    return `${head} — ${formatChange(fig.change.delta, fig.change.unit)}${approx}`;
  }
  return `${fig.text} — ${formatValue(fig)}${approx}`;
}

/** "Source: Reuters (named) · According to a report from" (the link is added by the caller). */
export function describeSource(claim: Claim): string {
  return `Source: ${claim.source.name} (${claim.source.kind}) · ${claim.source.cue}`;
}

export const KIND_WORDS = {
  figure: 'figure',
  claim: 'sourced claim',
  named: 'named source',
  vague: 'vague source',
  unsourced: 'no source given',
  opinion: 'opinion',
} as const;

/** Only http(s) links are shown as links; anything else is not offered. */
export function safeHref(href: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
