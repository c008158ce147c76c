// describe/anchor: exact at position, exact elsewhere (ranked by context), fuzzy after edits, refusals.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { anchor, describe } from './index';

const seed =
  'Amazon has struck a $38 billion, seven-year deal with OpenAI. The $38 billion figure dwarfs rivals. ' +
  'According to a report from Reuters, the agreement will make AWS a key supplier. Market share slipped from roughly 34% to 29%.';

function spanOf(text: string, exact: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(exact, from);
  if (start < 0) throw new Error(`"${exact}" not in text`);
  return { start, end: start + exact.length };
}

suite('describe', () => {
  it('gives the exact text, up to 32 characters of context each side and the offsets', () => {
    const { start, end } = spanOf(seed, '$38 billion');
    expect(describe(seed, start, end)).toEqual({
      quote: { exact: '$38 billion', prefix: 'Amazon has struck a ', suffix: ', seven-year deal with OpenAI. T' },
      position: { start: 20, end: 31 },
    });
    const late = describe(seed, ...(Object.values(spanOf(seed, '29%')) as [number, number]));
    expect(late.quote.prefix).toHaveLength(32);
    expect(late.quote.suffix).toBe('.');
  });

  it('orders and clamps offsets', () => {
    expect(describe('abcdef', 4, 2).position).toEqual({ start: 2, end: 4 });
    expect(describe('abcdef', -3, 99)).toEqual({ quote: { exact: 'abcdef', prefix: '', suffix: '' }, position: { start: 0, end: 6 } });
  });
});

suite('anchor', () => {
  it('finds the quote at its recorded position', () => {
    const s = spanOf(seed, 'Reuters');
    expect(anchor(seed, describe(seed, s.start, s.end))).toEqual({ ...s, exact: true });
  });

  it('finds a moved quote when text was inserted before it', () => {
    const s = spanOf(seed, '34% to 29%');
    const selectors = describe(seed, s.start, s.end);
    const edited = 'Updated: a new first sentence. ' + seed;
    expect(anchor(edited, selectors)).toEqual({ start: s.start + 31, end: s.end + 31, exact: true });
  });

  it('picks, among repeated quotes, the one whose context matches', () => {
    const second = spanOf(seed, '$38 billion', 30);
    const selectors = describe(seed, second.start, second.end);
    const edited = 'Intro. ' + seed; // both occurrences move; position no longer matches
    expect(anchor(edited, selectors)).toEqual({ start: second.start + 7, end: second.end + 7, exact: true });
    // without a position hint, context still decides
    expect(anchor(edited, { quote: selectors.quote })).toEqual({ start: second.start + 7, end: second.end + 7, exact: true });
  });

  it('finds an edited quote fuzzily and says it is not exact', () => {
    const s = spanOf(seed, 'According to a report from Reuters, the agreement will make AWS a key supplier.');
    const selectors = describe(seed, s.start, s.end);
    const edited = seed.replace('the agreement will make', 'the agreement would make');
    const match = anchor(edited, selectors);
    expect(match?.exact).toBe(false);
    expect(match?.start).toBe(s.start);
    expect(Math.abs(match!.end - (s.end + 1))).toBeLessThanOrEqual(1);
  });

  it('prefers the edited original near its old position over a verbatim copy in another context', () => {
    const caption = 'The rocket is installed on a launch pad in Baikonur, Kazakhstan.';
    const text = `Photo 1 of 5\n${caption} Next caption here.\nBody starts. ${caption} Then the story goes on for a while.`;
    const original = spanOf(text, caption);
    const selectors = describe(text, original.start, original.end);
    const edited = text.replace(caption, caption.replace('installed', 'instaled'));
    const match = anchor(edited, selectors);
    expect(match).toEqual({ start: original.start, end: original.end - 1, exact: false });
  });

  it('still finds a short quote that occurs verbatim once, even in rewritten context', () => {
    const selectors = { quote: { exact: '34%', prefix: 'slipped from roughly ', suffix: ' to 29%' }, position: { start: 90, end: 93 } };
    expect(anchor('Completely rewritten: the share is now 34% after all.', selectors)).toEqual({ start: 39, end: 42, exact: true });
  });

  it('gives null when the quote is gone', () => {
    const s = spanOf(seed, 'According to a report from Reuters');
    const selectors = describe(seed, s.start, s.end);
    expect(anchor('A completely different article about gardening and tomatoes in the spring.', selectors)).toBeNull();
    expect(anchor(seed, { quote: { exact: '', prefix: '', suffix: '' } })).toBeNull();
  });

  it('does not accept a short fuzzy match whose context disagrees', () => {
    const selectors = { quote: { exact: '34%', prefix: 'slipped from roughly ', suffix: ' to 29%' }, position: { start: 10, end: 13 } };
    expect(anchor('Growth was 35% in a completely unrelated sentence here.', selectors)).toBeNull();
    // …but accepts it when the context still agrees
    const match = anchor('Market share slipped from roughly 33% to 29%.', selectors);
    expect(match).toEqual({ start: 34, end: 37, exact: false });
  });

  it('property: any span described in a text anchors back to the same offsets', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 300 }),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const start = a % text.length;
          const end = start + 1 + (b % (text.length - start));
          const selectors = describe(text, start, end);
          const match = anchor(text, selectors);
          expect(match).toEqual({ start, end, exact: true });
        },
      ),
      { numRuns: 500 },
    );
  });
});

const corpusDir = path.resolve(process.cwd(), '../shared/corpus/article-text');
const haveCorpus = fs.existsSync(corpusDir);
if (!haveCorpus) console.warn(`[anchor.test] SKIP corpus re-anchoring: ${corpusDir} is absent`);

suite.skipIf(!haveCorpus)('anchor on the corpus article texts', () => {
  it('re-finds sentences of every article after edits elsewhere and inside them', () => {
    const files = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    let checked = 0;
    for (const file of files) {
      const text = fs.readFileSync(path.join(corpusDir, file), 'utf8');
      // every fifth sentence; a sentence repeated verbatim (captions often are) is ambiguous once edited, so left out
      const sentences = [...text.matchAll(/[^.!?\n]{40,200}[.!?]/g)].filter(
        (m, i) => i % 5 === 0 && text.indexOf(m[0]) === text.lastIndexOf(m[0]),
      );
      for (const m of sentences) {
        const start = m.index;
        const end = start + m[0].length;
        const selectors = describe(text, start, end);
        // an insertion before the span and one changed word inside it
        const inside = start + Math.floor(m[0].length / 2);
        const edited = 'Editor’s note: updated. ' + text.slice(0, inside) + 'X' + text.slice(inside + 1);
        const match = anchor(edited, selectors);
        const shift = 'Editor’s note: updated. '.length;
        expect(match, `${file} @${start}`).not.toBeNull();
        expect(Math.abs(match!.start - (start + shift)), `${file} @${start}`).toBeLessThanOrEqual(2);
        expect(Math.abs(match!.end - (end + shift)), `${file} @${start}`).toBeLessThanOrEqual(2);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
