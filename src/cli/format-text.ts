// The human-readable form of `claimlight extract --format text`: one table per section.

import type { Facts } from '../core/index';

function table(headers: string[], rows: string[][]): string {
  if (rows.length === 0) return '  (none)';
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => '  ' + cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

function formatValue(value: number | null, unit: string | null, iso?: string): string {
  if (iso) return iso;
  if (value === null) return unit ?? '';
  const v = Number.isInteger(value) ? value.toLocaleString('en-US') : String(value);
  return unit ? `${v} ${unit}` : v;
}

export function factsToText(facts: Facts, file: string): string {
  const figures = facts.figures.map((f) => [
    f.text,
    f.kind,
    formatValue(f.value, f.unit, f.iso) + (f.change ? ` (${f.change.delta > 0 ? '+' : ''}${f.change.delta}${f.change.unit ? ' ' + f.change.unit : ''} from ${f.change.from})` : ''),
    f.approx ? 'approx' : '',
  ]);
  const claims = facts.claims.map((c) => [`${c.source.name} (${c.source.kind})`, c.source.cue, clip(c.text, 60)]);
  return [
    `${file}`,
    `  ${facts.title || '(no title)'} · ${facts.url} · ${facts.lang} · ${facts.text.chars} chars, ${facts.text.sentences} sentences`,
    '',
    `Figures (${facts.figures.length})`,
    table(['text', 'kind', 'value', 'approx'], figures),
    '',
    `Sourced claims (${facts.claims.length})`,
    table(['source', 'cue', 'sentence'], claims),
    '',
    `Unsourced figure sentences (${facts.unsourced.length})`,
    table(['sentence'], facts.unsourced.map((u) => [clip(u.text, 90)])),
    '',
    `Opinions (${facts.opinions.length})`,
    table(['sentence'], facts.opinions.map((o) => [clip(o.text, 90)])),
    '',
  ].join('\n');
}
