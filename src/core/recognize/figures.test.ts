// The figure finder as a whole: the seed article's eight figures, and invariants on any text.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFigures, linkChanges } from './figures';

const seedPath = resolve(__dirname, '../../../..', 'shared/corpus/article-text/seed.txt');

describe('findFigures', () => {
  it.skipIf(!existsSync(seedPath))('finds exactly the seed article’s eight figures', () => {
    const text = readFileSync(seedPath, 'utf8');
    const found = text.split('\n').flatMap((line) => findFigures(line).map((f) => `${f.kind}:${line.slice(f.start, f.end)}`));
    expect(found).toEqual([
      'money:$38 billion', 'duration:seven-year', 'percent:34%', 'percent:29%', 'money:$38 billion',
      'money:trillion-dollar', 'count:hundreds of thousands', 'money:$38 billion',
    ]);
  });

  it('normalises values and hedges', () => {
    const text = 'AWS’s share slipped from roughly 34% to 29%, and it will deploy hundreds of thousands of GPUs.';
    const spans = findFigures(text);
    expect(spans.map((s) => [s.kind, s.value, s.unit, s.approx])).toEqual([
      ['percent', 34, '%', true], ['percent', 29, '%', false], ['count', 1e5, null, true],
    ]);
    expect(linkChanges(text, spans)).toEqual([{ from: 0, to: 1, delta: -5, unit: 'pp' }]);
  });

  it('reads a table row as data: its counts, percents and dates, not a release label', () => {
    const rows = ['Herbert Dürr\t63\t16.6%', '4.3\tJuly 2014', 'Red Hat\t8417\t38.0%', 'Tsutomu Uchino\t1991\t0.3%'];
    const found = rows.flatMap((row) => findFigures(row).map((f) => `${f.kind}:${row.slice(f.start, f.end)}`));
    expect(found).toEqual(['count:63', 'percent:16.6%', 'date:July 2014', 'count:8417', 'percent:38.0%', 'count:1991', 'percent:0.3%']);
  });

  it('does not count release numbers', () => {
    const text = '2.8 has been labeled a long-term release; 1.8.3 fixed 12 bugs.';
    expect(findFigures(text).map((f) => text.slice(f.start, f.end))).toEqual(['12']);
  });

  it('returns sorted, non-overlapping spans inside the text for any input', () => {
    const pieces = fc.constantFrom('$', '38', ' billion', '%', ' ', 'seven', '-year', 'one', ' of', ',', '.', '\n', 'March', ' 3', '2024', 'GPT-4', 'x', 'hundreds', ' thousands', 'a ', 'dozen', '½', '^', 'Q', '/');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        let last = 0;
        for (const span of findFigures(text)) {
          expect(span.start).toBeGreaterThanOrEqual(last);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
          last = span.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
