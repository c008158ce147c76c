import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../core/extract';
import type { ExtractMeta, ExtractSlice } from '../../protocol';
import { BATCH_CHARS, batches, createSliceRunner, SLICE_CHARS, sliceText } from './slices';

/** The engine as the background runs it (src/entries/background/engine.ts), here in-process,
 *  recording what each request carried. */
function localEngine(requests: ExtractSlice[][] = []) {
  return async (slices: ExtractSlice[], m: ExtractMeta) => {
    requests.push(slices);
    return slices.map((slice) => extractFacts(slice.text, { ...m, links: slice.links }));
  };
}

const corpus = resolve(process.cwd(), '../shared/corpus/article-text');
const meta = { url: 'https://example.com/a', title: 'T', lang: 'en', links: [] };
const noPause = async (): Promise<void> => undefined;

describe('sliceText', () => {
  it('cuts only after line breaks and covers the text exactly', () => {
    const text = ['a'.repeat(30), 'b'.repeat(30), 'c'.repeat(100), 'd'.repeat(5)].join('\n');
    const slices = sliceText(text, 50);
    expect(slices.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    for (const s of slices.slice(0, -1)) expect(text[s.end - 1]).toBe('\n');
    expect(slices).toHaveLength(4); // the 100-character paragraph stays whole
  });
});

describe.skipIf(!existsSync(corpus))('slice runner (corpus article-text)', () => {
  const text = existsSync(corpus) ? readFileSync(`${corpus}/seed.txt`, 'utf8') : '';

  it('gives the same facts as one engine call when the text fits one slice', async () => {
    const whole = extractFacts(text, meta);
    const sliced = await createSliceRunner(localEngine()).run(text, meta, noPause);
    expect(sliced).toEqual(whole);
  });

  it('keeps offsets, quotes, ids and sentence numbers consistent when sliced', async () => {
    const long = Array.from({ length: 6 }, () => text).join('\n');
    const whole = extractFacts(long, meta);
    const run = createSliceRunner(localEngine());
    const sliced = await run.run(long, meta, noPause); // seed ×6 is ~16,000 characters: 2+ slices
    expect(sliced.figures.length).toBe(whole.figures.length);
    expect(sliced.text).toEqual(whole.text);
    for (const f of sliced.figures) {
      expect(long.slice(f.position.start, f.position.end)).toBe(f.quote.exact);
      expect(long.slice(Math.max(0, f.position.start - 32), f.position.start)).toBe(f.quote.prefix);
      if (f.change) expect(sliced.figures.some((g) => g.id === f.change!.from)).toBe(true);
    }
    expect(new Set(sliced.figures.map((f) => f.id)).size).toBe(sliced.figures.length);
    for (const c of sliced.claims) expect(long.slice(c.position.start, c.position.end)).toBe(c.quote.exact);
    expect(sliced.claims.map((c) => c.sentence)).toEqual(whole.claims.map((c) => c.sentence));
  });
});

describe('batches and the slice cache', () => {
  it('groups slices into requests of at most BATCH_CHARS characters, in order', () => {
    const items = [30_000, 30_000, 10_000, 70_000, 5_000].map((n, i) => ({ i, slice: { text: 'x'.repeat(n), links: [] } }));
    const groups = batches(items);
    expect(groups.map((g) => g.map((x) => x.i))).toEqual([[0, 1], [2], [3], [4]]);
    for (const g of groups.filter((g) => g.length > 1)) expect(g.reduce((n, x) => n + x.slice.text.length, 0)).toBeLessThanOrEqual(BATCH_CHARS);
  });

  it('sends a long article in batches, and after it grows only the new slices', async () => {
    // distinct paragraphs (equal slices would come from the cache), ~100,000 characters
    const paragraph = (i: number) => `In quarter ${i}, the company said revenue rose 12% to $4.2 billion, analysts said.\n`;
    const long = Array.from({ length: 1_200 }, (_, i) => paragraph(i)).join('');
    const requests: ExtractSlice[][] = [];
    const runner = createSliceRunner(localEngine(requests));
    const first = await runner.run(long, meta, noPause);
    expect(requests.length).toBeGreaterThan(1);
    for (const r of requests) expect(r.reduce((n, s) => n + s.text.length, 0)).toBeLessThanOrEqual(BATCH_CHARS);
    const sent = requests.flat();
    for (const s of sent) expect(s.text.length).toBeLessThanOrEqual(SLICE_CHARS);
    expect(sent.map((s) => s.text).join('')).toBe(long);
    const perParagraph = extractFacts(paragraph(0), meta).figures.length;
    expect(perParagraph).toBeGreaterThan(1);
    expect(first.figures.length).toBe(1_200 * perParagraph);
    for (const f of first.figures) expect(long.slice(f.position.start, f.position.end)).toBe(f.quote.exact);

    const grown = long + Array.from({ length: 50 }, (_, i) => paragraph(5_000 + i)).join('');
    requests.length = 0;
    const second = await runner.run(grown, meta, noPause);
    expect(requests.flat().map((s) => s.text).join('')).toBe(grown.slice(sliceText(long).at(-1)!.start));
    expect(second.figures.length).toBe(1_250 * perParagraph);
    expect(second.figures.slice(0, 1_000)).toEqual(first.figures.slice(0, 1_000));
  });

  it('turns an engine that answers the wrong number of slices into an error', async () => {
    const runner = createSliceRunner(async () => []);
    await expect(runner.run('Revenue rose 5%.', meta, noPause)).rejects.toThrow(/answered 0 slices of 1/);
  });
});
