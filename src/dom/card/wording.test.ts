import { describe, expect, it } from 'vitest';
import type { Claim, Figure } from '../../core/model';
import { cardModel } from './model';
import { describeFigure, describeSource, formatDuration, formatValue, safeHref } from './wording';

const at = { sentence: 0, quote: { exact: '', prefix: '', suffix: '' }, position: { start: 0, end: 1 } };
const fig = (f: Partial<Figure> & Pick<Figure, 'id' | 'kind' | 'text'>): Figure => ({
  value: null,
  unit: null,
  approx: false,
  ...at,
  ...f,
});

const money = fig({ id: 'f1', kind: 'money', text: '$38 billion', value: 38_000_000_000, unit: 'USD' });
const p34 = fig({ id: 'f2', kind: 'percent', text: '34%', value: 34, unit: '%', approx: true });
const p29 = fig({
  id: 'f3', kind: 'percent', text: '29%', value: 29, unit: '%', approx: true,
  change: { from: 'f2', delta: -5, unit: 'pp' },
});
const facts = { figures: [money, p34, p29], claims: [] as Claim[] };

describe('fact card wording', () => {
  it('says a money figure as in ux.md, without repeating the kind the chip shows', () => {
    expect(describeFigure(money, facts)).toBe('$38 billion — 38,000,000,000 USD');
  });

  it('says a change as in ux.md', () => {
    expect(describeFigure(p29, facts)).toBe('34% → 29% — down 5 percentage points · approx');
    const exact = { ...p29, approx: false };
    expect(describeFigure(exact, facts)).toBe('34% → 29% — down 5 percentage points');
  });

  it('marks hedged figures', () => {
    const count = fig({ id: 'f4', kind: 'count', text: 'hundreds of thousands', value: 100000, approx: true });
    expect(describeFigure(count, facts)).toBe('hundreds of thousands — 100,000 · approx');
  });

  it('writes durations, dates, percents and multipliers in words', () => {
    expect(formatDuration('P7Y')).toBe('7 years');
    expect(formatDuration('P1Y')).toBe('1 year');
    expect(formatDuration('P18M')).toBe('18 months');
    expect(formatDuration('P1Y6M')).toBe('1 year 6 months');
    expect(formatDuration('PT90M')).toBe('90 minutes');
    expect(formatDuration('P2W')).toBe('2 weeks');
    expect(formatDuration('7 years')).toBeNull();
    expect(formatDuration('P')).toBeNull();
    expect(formatValue(fig({ id: 'd', kind: 'duration', text: 'seven-year', value: 7, unit: 'year', iso: 'P7Y' }))).toBe('7 years');
    expect(formatValue(fig({ id: 'd', kind: 'date', text: 'March 3, 2025', value: null, iso: '2025-03-03' }))).toBe('2025-03-03');
    expect(formatValue(fig({ id: 'p', kind: 'percent', text: '29 percent', value: 29, unit: '%' }))).toBe('29%');
    expect(formatValue(fig({ id: 'p', kind: 'percent', text: 'five percentage points', value: 5, unit: 'pp' }))).toBe('5 percentage points');
    expect(formatValue(fig({ id: 'm', kind: 'multiplier', text: 'twice', value: 2, unit: 'x' }))).toBe('2×');
    expect(formatValue(fig({ id: 'q', kind: 'quantity', text: '1.5 GHz', value: 1.5, unit: 'GHz' }))).toBe('1.5 GHz');
    expect(formatValue(fig({ id: 'c', kind: 'count', text: '3,000', value: 3000 }))).toBe('3,000');
  });

  it('names the source of a claim', () => {
    const claim: Claim = {
      id: 'c1', sentence: 2, text: 'According to a report from Reuters, the agreement will…',
      source: { name: 'Reuters', kind: 'named', cue: 'According to a report from', href: 'https://www.reuters.com/x' },
      figures: [], quote: at.quote, position: at.position,
    };
    expect(describeSource(claim)).toBe('Source: Reuters (named) · According to a report from');
    const model = cardModel({ kind: 'claim', claim }, facts);
    expect(model).toMatchObject({ chip: 'named source', href: 'https://www.reuters.com/x' });
    expect(model.detail).toContain('According to a report from Reuters');
  });

  it('offers only http(s) links', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,hi')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
    expect(safeHref(null)).toBeNull();
    expect(safeHref('https://a.example/b')).toBe('https://a.example/b');
  });

  it('says which figures of an unsourced sentence have no source', () => {
    const model = cardModel(
      { kind: 'unsourced', sentence: { ...at, sentence: 0, text: 'A $38 billion deal.', figures: ['f1'] } },
      facts,
    );
    expect(model.headline).toBe('No source given for $38 billion');
    expect(model.chip).toBe('no source given');
  });
});
