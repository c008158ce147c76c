// The list of facts for the chosen filter, grouped by kind when showing everything. A row's
// main button scrolls the page to the fact and flashes it; a claim's source link opens the
// source. Page text is rendered as text (Preact escapes it).
import type { Row, RowKind } from './rows';
import { SaveFactButton } from './annotations';

const GROUP_TITLES: Record<RowKind, string> = {
  figure: 'Figures',
  claim: 'Sourced claims',
  unsourced: 'No source given',
  opinion: 'Opinions',
};

interface FactListProps {
  rows: readonly Row[];
  grouped: boolean;
  onReveal: (start: number, end: number) => void;
}

function FactRow({ row, onReveal }: { row: Row; onReveal: FactListProps['onReveal'] }) {
  return (
    <li class={`row row-${row.kind}${row.href ? ' row-has-link' : ''}`}>
      <button type="button" class="row-main" onClick={() => onReveal(row.start, row.end)} title="Show in the page">
        <span class={row.kind === 'figure' ? 'row-text row-figure-text' : 'row-text'}>{row.text}</span>
        <span class="row-meta">
          <span class={`chip chip-${row.sourceKind ?? row.kind}`}>{row.chip}</span>
          {row.detail && (
            // cut with an ellipsis when long ("29%, down 5 percentage points from 34%"): whole on hover
            <span class={row.sourceKind ? `badge badge-${row.sourceKind}` : 'row-detail'} title={row.detail}>
              {row.detail}
            </span>
          )}
          <span class="row-pos" aria-label={`${row.percent}% into the article`}>
            {row.percent}%
          </span>
        </span>
      </button>
      {row.href && (
        <a
          class="row-link"
          href={row.href}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={`Open the source${row.detail ? ` (${row.detail})` : ''}`}
          title={row.href}
        >
          link
        </a>
      )}
      {row.kind !== 'opinion' && <SaveFactButton fact={{ kind: row.kind, start: row.start, end: row.end }} />}
    </li>
  );
}

export function FactList({ rows, grouped, onReveal }: FactListProps) {
  if (!grouped) {
    return (
      <ul class="rows">
        {rows.map((row) => (
          <FactRow key={row.key} row={row} onReveal={onReveal} />
        ))}
      </ul>
    );
  }
  const kinds: RowKind[] = ['figure', 'claim', 'unsourced', 'opinion'];
  return (
    <div>
      {kinds.map((kind) => {
        const group = rows.filter((r) => r.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} class="group" aria-label={GROUP_TITLES[kind]}>
            <h2 class="group-title">{GROUP_TITLES[kind]}</h2>
            <ul class="rows">
              {group.map((row) => (
                <FactRow key={row.key} row={row} onReveal={onReveal} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
