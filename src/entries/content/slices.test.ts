import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../core/extract';
import { createSliceRunner, MIN_SLICE_CHARS, SLICE_BUDGET_MS, SLICE_CHARS, sliceSizeFor, sliceText } from './slices';

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
    const sliced = await createSliceRunner(extractFacts).run(text, meta, noPause);
    expect(sliced).toEqual(whole);
  });

  it('keeps offsets, quotes, ids and sentence numbers consistent when sliced', async () => {
    const long = Array.from({ length: 6 }, () => text).join('\n');
    const whole = extractFacts(long, meta);
    const run = createSliceRunner(extractFacts);
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

describe('time-sized slices', () => {
  it('sizes slices by the engine speed, between MIN_SLICE_CHARS and SLICE_CHARS', () => {
    expect(sliceSizeFor(SLICE_BUDGET_MS / 100_000)).toBe(SLICE_CHARS); // a fast engine: capped
    expect(sliceSizeFor(SLICE_BUDGET_MS / 5_200)).toBe(5_000); // rounded down to 500 characters
    expect(sliceSizeFor(SLICE_BUDGET_MS / 100)).toBe(MIN_SLICE_CHARS); // a very slow one: floored
  });

  it('cuts a long text into smaller slices once the engine proves slow', async () => {
    // distinct paragraphs (equal slices would come from the cache), ~40,000 characters
    const long = Array.from({ length: 600 }, (_, i) => `In quarter ${i}, the company said revenue rose 12% to $4.2 billion.\n`).join('');
    let now = 0;
    const pieces: number[] = [];
    // a slow engine: 10 ms per 1,000 characters on a clock that only the engine moves
    const slowExtract = (piece: string, m: Parameters<typeof extractFacts>[1]) => {
      pieces.push(piece.length);
      now += piece.length * 0.01;
      return extractFacts(piece, m);
    };
    const facts = await createSliceRunner(slowExtract, 400, () => now).run(long, meta, noPause);
    expect(pieces[0]).toBeGreaterThan(pieces[1]!); // before timing: a larger, assumed-speed slice
    for (const size of pieces.slice(1, -1)) expect(size).toBeLessThanOrEqual(SLICE_BUDGET_MS / 0.01);
    expect(pieces.reduce((a, b) => a + b, 0)).toBe(long.length);
    expect(facts.text.chars).toBe(long.length);
    for (const f of facts.figures) expect(long.slice(f.position.start, f.position.end)).toBe(f.quote.exact);
  });
});
