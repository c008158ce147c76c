// parseImport refuses malformed and foreign files whole, saying what and where.
import { describe, expect, it } from 'vitest';
import { sampleAnnotation } from '../model/annotation.testing';
import { parseImport, toClaimlightJson, toW3C } from './index';

const good = sampleAnnotation();
const second = sampleAnnotation({ id: '0b9e2a44-1c55-4f0e-a8a1-6f1d4a0c9b10', label: null, tags: [], note: '' });

function mutated(json: string, change: (doc: any) => void): string {
  const doc = JSON.parse(json);
  change(doc);
  return JSON.stringify(doc);
}

describe('parseImport', () => {
  it('refuses text that is not JSON', () => {
    const result = parseImport('{"schema": "claimlight.annotations/1", ');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^Not a JSON file: /);
  });

  it('refuses a foreign JSON file', () => {
    expect(parseImport('{"name": "my-package", "version": "1.0.0"}')).toEqual({
      ok: false,
      error: 'Not a Claimlight or W3C Web Annotation file: expected "schema": "claimlight.annotations/1" or "type": "AnnotationCollection"',
    });
    expect(parseImport('[1, 2, 3]').ok).toBe(false);
    expect(parseImport('null').ok).toBe(false);
  });

  it('refuses a newer Claimlight schema by name', () => {
    const text = mutated(toClaimlightJson([good]), (d) => (d.schema = 'claimlight.annotations/2'));
    expect(parseImport(text)).toEqual({
      ok: false,
      error: 'schema: "claimlight.annotations/2" is not one this version of Claimlight reads (it reads "claimlight.annotations/1")',
    });
  });

  it('refuses the whole Claimlight file when one annotation is malformed, naming the path', () => {
    const text = mutated(toClaimlightJson([good, second]), (d) => (d.annotations[1].target.quote.exact = 42));
    expect(parseImport(text)).toEqual({ ok: false, error: 'annotations[1].target.quote.exact: must be a non-empty string' });
    const badLabel = mutated(toClaimlightJson([good]), (d) => (d.annotations[0].label = 'true'));
    expect(parseImport(badLabel)).toEqual({
      ok: false,
      error: 'annotations[0].label: must be null or one of verified, disputed, needs-source, misleading, important',
    });
    const badDate = mutated(toClaimlightJson([good]), (d) => (d.annotations[0].updatedAt = 'yesterday'));
    expect(!parseImport(badDate).ok && (parseImport(badDate) as { error: string }).error).toMatch(/^annotations\[0\]\.updatedAt: must be an ISO-8601/);
  });

  it('refuses the whole W3C file when a selector is malformed, naming the path', () => {
    const text = mutated(toW3C([good, second, good]), (d) => (d.first.items[2].target.selector[0].exact = 7));
    expect(parseImport(text)).toEqual({ ok: false, error: 'annotations[2].target.selector: TextQuoteSelector.exact must be a non-empty string' });
    const noQuote = mutated(toW3C([good]), (d) => d.first.items[0].target.selector.shift());
    expect(parseImport(noQuote)).toEqual({ ok: false, error: 'annotations[0].target.selector: a TextQuoteSelector is required' });
    const linked = mutated(toW3C([good]), (d) => (d.first = 'https://example.com/page/1'));
    expect(parseImport(linked).ok).toBe(false);
  });

  it('reads W3C annotations written by another tool, with defaults for what W3C does not say', () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://annotations.example/a/abc123',
      type: 'Annotation',
      created: '2025-03-03T10:00:00+01:00',
      bodyValue: 'Interesting figure',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'energy' }],
      target: {
        source: 'https://news.example.com/story?id=7',
        selector: { type: 'TextQuoteSelector', exact: '500 megawatts', prefix: 'x'.repeat(40), suffix: ' of power' },
      },
    };
    const result = parseImport(JSON.stringify(foreign));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [a] = result.annotations;
    expect(a).toMatchObject({
      page: { url: 'https://news.example.com/story?id=7', title: '', site: 'news.example.com' },
      target: { quote: { exact: '500 megawatts', prefix: 'x'.repeat(32), suffix: ' of power' }, position: { start: 0, end: 13 } },
      note: 'Interesting figure',
      tags: ['energy'],
      label: null,
      color: 'yellow',
      createdAt: '2025-03-03T09:00:00.000Z',
      updatedAt: '2025-03-03T09:00:00.000Z',
    });
    // the same foreign id maps to the same UUID on every import
    const again = parseImport(JSON.stringify(foreign));
    expect(again.ok && again.annotations[0]!.id).toBe(a!.id);
    expect(a!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('accepts an empty Claimlight export and a UTF-8 byte order mark', () => {
    expect(parseImport('\uFEFF' + toClaimlightJson([]))).toEqual({ ok: true, format: 'claimlight', annotations: [] });
  });
});
