// The summary row: counts per kind, each a filter button ("Figures 8 · Sourced 5 (3 named,
// 2 vague) · Unsourced 5 · Opinions 2 · Notes 0").
import type { Counts, Filter } from './rows';

interface SummaryProps {
  counts: Counts;
  notes: number | null;
  filter: Filter;
  onFilter: (f: Filter) => void;
}

export function Summary({ counts, notes, filter, onFilter }: SummaryProps) {
  const items: Array<{ f: Filter; label: string; n: number; extra?: string }> = [
    { f: 'figures', label: 'Figures', n: counts.figures },
    { f: 'claims', label: 'Sourced', n: counts.claims, extra: `${counts.named} named, ${counts.vague} vague` },
    { f: 'unsourced', label: 'Unsourced', n: counts.unsourced },
    { f: 'opinions', label: 'Opinions', n: counts.opinions },
  ];
  if (notes !== null) items.push({ f: 'notes', label: 'Notes', n: notes });
  return (
    <div class="summary" role="toolbar" aria-label="Filter by kind">
      {items.map(({ f, label, n, extra }) => (
        <button
          type="button"
          key={f}
          class={`filter filter-${f}`}
          aria-pressed={filter === f}
          title={filter === f ? 'Show everything' : `Show only ${label.toLowerCase()}`}
          onClick={() => onFilter(f)}
        >
          <span class="filter-label">{label}</span> <span class="filter-count">{n}</span>
          {extra && <span class="filter-extra"> ({extra})</span>}
        </button>
      ))}
    </div>
  );
}
