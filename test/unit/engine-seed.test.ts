// The seed page's worked example (spec/facts.md) through extractFacts, exactly: from the
// corpus's seed.txt when ../shared is present, and from the project's own article fixture.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/core';
import { expectWorkedExample, type WorkedExample } from './engine-worked-example';

const fixtures = resolve(__dirname, '../fixtures/engine');
const corpus = resolve(__dirname, '../../..', 'shared/corpus');
const seedText = resolve(corpus, 'article-text/seed.txt');
const hasCorpus = existsSync(seedText);
if (!hasCorpus) console.warn(`engine-seed: ${seedText} not found — skipping the corpus seed test (the fixture test still runs)`);

function expected(name: string): WorkedExample {
  return JSON.parse(readFileSync(resolve(fixtures, `${name}.expected.json`), 'utf8')) as WorkedExample;
}

describe('extractFacts worked example', () => {
  it.skipIf(!hasCorpus)('seed.txt: 8 figures, 5 claims, 5 unsourced, 2 opinions, 34% → 29% is −5 pp', () => {
    const text = readFileSync(seedText, 'utf8');
    const facts = extractFacts(text, { url: 'https://example.com/amazon-openai', title: 'Amazon and OpenAI' });
    expect(facts.url).toBe('https://example.com/amazon-openai');
    expect(facts.title).toBe('Amazon and OpenAI');
    expect(facts.lang).toBe('en');
    expectWorkedExample(text, facts, expected('seed'));
  });

  it('northwind.txt (own fixture): 10 figures, 5 claims, 5 unsourced, 2 opinions, 41% → 36% is −5 pp', () => {
    const text = readFileSync(resolve(fixtures, 'northwind.txt'), 'utf8');
    expectWorkedExample(text, extractFacts(text), expected('northwind'));
  });

  it('takes the source link from meta.links, preferring the link on the source name', () => {
    const text = 'Intro sentence here.\nThe chip costs $40 in bulk, according to a filing from Acme, as the blog post explained.';
    const name = text.indexOf('Acme');
    const blog = text.indexOf('blog post');
    const facts = extractFacts(text, {
      links: [
        { start: blog, end: blog + 9, href: 'https://example.com/blog' },
        { start: name, end: name + 4, href: 'https://example.com/filing' },
      ],
    });
    expect(facts.claims).toHaveLength(1);
    expect(facts.claims[0]!.source).toMatchObject({ name: 'Acme', href: 'https://example.com/filing' });
    expect(extractFacts(text).claims[0]!.source.href).toBeNull();
  });

  it('returns an empty, well-formed result for empty text', () => {
    expect(extractFacts('')).toEqual({
      schema: 'claimlight.facts/1', url: '', title: '', lang: 'en', text: { chars: 0, sentences: 0 },
      figures: [], claims: [], unsourced: [], opinions: [],
    });
  });
});
