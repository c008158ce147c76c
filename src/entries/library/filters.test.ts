// The library's filters: query building, paging arithmetic, and the address fragment.
import { describe, expect, it } from 'vitest';
import { clampPage, dateFrom, fromHash, isFiltered, NO_FILTERS, pageCount, rangeText, toHash, toQuery, withFilter, type Filters } from './filters';

const NOW = new Date(2026, 10, 26, 15, 30); // local time

describe('toQuery', () => {
  it('asks for the first page, newest first, with no filters', () => {
    expect(toQuery(NO_FILTERS, NOW)).toEqual({ offset: 0, limit: 50 });
    expect(toQuery(NO_FILTERS, NOW, false)).toEqual({});
  });

  it('maps every filter', () => {
    const f: Filters = { text: '  38 bil ', label: 'none', tag: 'AI', site: 'www.theverge.com', date: '7d', page: 2 };
    expect(toQuery(f, NOW)).toEqual({
      text: '38 bil',
      label: null,
      tag: 'AI',
      site: 'www.theverge.com',
      createdFrom: new Date(2026, 10, 20).toISOString(),
      offset: 100,
      limit: 50,
    });
    expect(toQuery({ ...NO_FILTERS, label: 'disputed' }, NOW).label).toBe('disputed');
  });

  it('date presets start at local midnight', () => {
    expect(dateFrom('today', NOW)).toBe(new Date(2026, 10, 26).toISOString());
    expect(dateFrom('30d', NOW)).toBe(new Date(2026, 9, 28).toISOString());
    expect(dateFrom('any', NOW)).toBeUndefined();
  });
});

describe('paging', () => {
  it('counts pages and keeps the page inside them', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(10_000)).toBe(200);
    expect(clampPage(7, 120)).toBe(2);
    expect(clampPage(-3, 120)).toBe(0);
  });

  it('says which notes are shown', () => {
    expect(rangeText(0, 0)).toBe('No notes');
    expect(rangeText(0, 10_000, 'en')).toBe('1–50 of 10,000');
    expect(rangeText(2, 120, 'en')).toBe('101–120 of 120');
  });

  it('a changed filter goes back to the first page', () => {
    expect(withFilter({ ...NO_FILTERS, page: 4 }, 'tag', 'x')).toEqual({ ...NO_FILTERS, tag: 'x', page: 0 });
  });
});

describe('address fragment', () => {
  it('round-trips and leaves defaults out', () => {
    expect(toHash(NO_FILTERS)).toBe('');
    const f: Filters = { text: 'a & b', label: 'needs-source', tag: 'x y', site: 's.example', date: '30d', page: 3 };
    expect(fromHash(toHash(f))).toEqual(f);
    expect(isFiltered(f)).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, page: 3 })).toBe(false);
  });

  it('ignores what it does not know', () => {
    expect(fromHash('#label=bogus&date=forever&page=-2&q=ok')).toEqual({ ...NO_FILTERS, text: 'ok' });
  });
});
