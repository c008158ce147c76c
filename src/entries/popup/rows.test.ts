import { describe, expect, it } from 'vitest';
import type { Facts } from '../../core/model';
import { counts, nextFilter, rowsFor } from './rows';

const q = { exact: '', prefix: '', suffix: '' };
const facts: Facts = {
  schema: 'claimlight.facts/1', url: '', title: '', lang: 'en',
  text: { chars: 200, sentences: 4 },
  figures: [
    { id: 'f1', kind: 'percent', text: '34%', value: 34, unit: '%', approx: true, sentence: 1, quote: q, position: { start: 100, end: 103 } },
    { id: 'f2', kind: 'percent', text: '29%', value: 29, unit: '%', approx: false, sentence: 1, quote: q, position: { start: 107, end: 110 }, change: { from: 'f1', delta: -5, unit: 'pp' } },
  ],
  claims: [
    { id: 'c1', sentence: 0, text: 'Reuters said so.', source: { name: 'Reuters', kind: 'named', cue: 'said', href: 'javascript:alert(1)' }, figures: [], quote: q, position: { start: 0, end: 16 } },
    { id: 'c2', sentence: 2, text: 'Insiders say more.', source: { name: 'Insiders', kind: 'vague', cue: 'say', href: 'https://x.example/' }, figures: [], quote: q, position: { start: 120, end: 138 } },
  ],
  unsourced: [{ sentence: 1, text: 'It fell from 34% to 29%.', figures: ['f1', 'f2'], quote: q, position: { start: 90, end: 114 } }],
  opinions: [],
};

describe('popup rows', () => {
  it('counts sourced claims by source kind', () => {
    expect(counts(facts)).toEqual({ figures: 2, claims: 2, named: 1, vague: 1, unsourced: 1, opinions: 0 });
  });

  it('shows normalised values, changes, sources and position', () => {
    const rows = rowsFor(facts, 'all');
    expect(rows.map((r) => [r.kind, r.text, r.detail, r.percent])).toEqual([
      ['figure', '34%', '≈ 34%', 50],
      ['figure', '29%', '29%, down 5 percentage points from 34%', 54],
      ['claim', 'Reuters said so.', 'Reuters', 0],
      ['claim', 'Insiders say more.', 'Insiders', 60],
      ['unsourced', 'It fell from 34% to 29%.', null, 45],
    ]);
    expect(rows[2]!.href).toBeNull(); // not an http(s) link
    expect(rows[3]!.href).toBe('https://x.example/');
    expect(rows[3]!.chip).toBe('vague source');
  });

  it('filters by kind; the active filter clicked again shows everything', () => {
    expect(rowsFor(facts, 'claims').every((r) => r.kind === 'claim')).toBe(true);
    expect(rowsFor(facts, 'opinions')).toEqual([]);
    expect(rowsFor(facts, 'notes')).toEqual([]);
    expect(nextFilter('all', 'figures')).toBe('figures');
    expect(nextFilter('figures', 'figures')).toBe('all');
  });
});
