// The W3C structure, CSV and Markdown exports, and the dated file name.
import { describe, expect, it } from 'vitest';
import { sampleAnnotation } from '../model/annotation.testing';
import { exportFileName, toCsv, toMarkdown, toW3C } from './index';

const a = sampleAnnotation();

describe('toW3C', () => {
  it('writes a JSON-LD AnnotationCollection with quote and position selectors and purposed bodies', () => {
    const doc = JSON.parse(toW3C([a], { exportedAt: '2026-11-26T04:00:00.000Z' }));
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc).toMatchObject({ type: 'AnnotationCollection', total: 1, first: { type: 'AnnotationPage', startIndex: 0 } });
    const item = doc.first.items[0];
    expect(item).toMatchObject({
      id: 'urn:uuid:3f2c1a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b',
      type: 'Annotation',
      motivation: 'commenting',
      created: a.createdAt,
      modified: a.updatedAt,
      target: {
        source: 'https://example.com/amazon-openai',
        selector: [
          { type: 'TextQuoteSelector', exact: '$38 billion', prefix: 'has struck a ', suffix: ', seven-year deal' },
          { type: 'TextPositionSelector', start: 171, end: 182 },
        ],
      },
    });
    expect(item.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: 'Check the Reuters report.', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'ai' },
      { type: 'TextualBody', purpose: 'tagging', value: 'cloud' },
      { type: 'TextualBody', purpose: 'assessing', value: 'needs-source' },
    ]);
  });
});

describe('toCsv', () => {
  it('writes a header and one CRLF-terminated row per annotation', () => {
    const lines = toCsv([a]).split('\r\n');
    expect(lines[0]).toBe('id,created,updated,page_url,page_title,site,quote,prefix,suffix,start,end,note,label,tags,color,fact_kind,fact_text');
    expect(lines[1]).toBe(
      '3f2c1a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b,2026-11-26T03:00:00.000Z,2026-11-26T03:00:00.000Z,https://example.com/amazon-openai,' +
        'Amazon and OpenAI strike a $38 billion deal,example.com,$38 billion,has struck a ,", seven-year deal",171,182,' +
        'Check the Reuters report.,needs-source,ai; cloud,orange,figure,$38 billion',
    );
    expect(lines[2]).toBe('');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const csv = toCsv([sampleAnnotation({ note: 'He said "no",\nthen left' })]);
    expect(csv).toContain(',"He said ""no"",\nthen left",');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const row = (note: string) => toCsv([sampleAnnotation({ note })]).split('\r\n')[1]!;
    expect(row('=HYPERLINK("http://evil")')).toContain(`,"'=HYPERLINK(""http://evil"")",`);
    expect(row('+1+1')).toContain(",'+1+1,");
    expect(row('-5 pp')).toContain(",'-5 pp,");
    expect(row('@SUM(A1)')).toContain(",'@SUM(A1),");
    expect(row('\tcmd')).toContain(",'\tcmd,");
    expect(row('\rcmd')).toContain(`,"'\rcmd",`);
    expect(row('fine = ok')).toContain(',fine = ok,');
  });
});

describe('toMarkdown', () => {
  it('groups by page, in reading order, with quote, label, tags, note and fact', () => {
    const other = sampleAnnotation({
      id: '0b9e2a44-1c55-4f0e-a8a1-6f1d4a0c9b10',
      page: { url: 'https://other.example/x', title: 'Other [story]', site: 'other.example' },
      note: '',
      label: null,
      tags: [],
      fact: { kind: 'claim', text: 'According to Reuters…', source: { name: 'Reuters', kind: 'named', href: 'https://reuters.com/a' } },
    });
    const earlier = sampleAnnotation({
      id: '1b9e2a44-1c55-4f0e-a8a1-6f1d4a0c9b10',
      target: { quote: { exact: '# seven-year', prefix: '', suffix: '' }, position: { start: 5, end: 16 } },
      fact: undefined,
      label: 'verified',
    });
    const md = toMarkdown([a, other, earlier], { exportedAt: '2026-11-26T04:00:00.000Z' });
    expect(md.startsWith('# Claimlight annotations\n\n_3 annotations on 2 pages, exported 2026-11-26_\n')).toBe(true);
    const first = md.indexOf('## [Amazon and OpenAI strike a $38 billion deal](https://example.com/amazon-openai)');
    const second = md.indexOf('## [Other \\[story\\]](https://other.example/x)');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    // within a page: reading order (position 5 before 171)
    expect(md.indexOf('> \\# seven-year')).toBeLessThan(md.indexOf('> $38 billion'));
    expect(md).toContain('**Needs source** · tags: `ai`, `cloud` · saved 2026-11-26');
    expect(md).toContain('Check the Reuters report.');
    expect(md).toContain('_From a figure (money): $38 billion = 38000000000 USD_');
    expect(md).toContain('_From a sourced claim — source: [Reuters (named)](https://reuters.com/a)_');
  });
});

describe('exportFileName', () => {
  it('dates the file and picks the extension by format', () => {
    const date = new Date(2026, 10, 26, 12, 0);
    expect(exportFileName('json', date)).toBe('claimlight-2026-11-26.json');
    expect(exportFileName('w3c', date)).toBe('claimlight-2026-11-26.jsonld');
    expect(exportFileName('csv', date)).toBe('claimlight-2026-11-26.csv');
    expect(exportFileName('markdown', date)).toBe('claimlight-2026-11-26.md');
  });
});
