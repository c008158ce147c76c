import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../core/extract';
import { createSliceRunner, sliceText } from './slices';

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
