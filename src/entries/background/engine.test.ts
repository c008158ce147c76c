import { describe, expect, it } from 'vitest';
import { createRouter, envelope, type Self } from '../../protocol/define';
import { backgroundRequests } from '../../protocol';
import { handlers as engineHandlers } from './engine';

const SELF: Self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const CONTENT = { id: 'ext-id', url: 'https://news.example/a', tab: { id: 3 } };
const POPUP = { id: 'ext-id', url: 'chrome-extension://ext-id/src/entries/popup/index.html' };
const meta = { url: 'https://news.example/a', title: 'A', lang: 'en' };
const slice = (text: string, links: unknown[] = []) => ({ text, links });

describe('the background engine behind the router', () => {
  const route = createRouter(backgroundRequests, engineHandlers, SELF);

  it("answers a content script with each slice's facts", async () => {
    const reply = await route(envelope('facts/extract', { meta, slices: [slice('Revenue rose 12% to $4.2 billion.'), slice('No figures here.')] }), CONTENT);
    expect(reply.ok).toBe(true);
    const value = (reply as { ok: true; value: { facts: Array<{ figures: Array<{ quote: { exact: string } }> }>; ms: number } }).value;
    expect(value.facts.map((f) => f.figures.map((x) => x.quote.exact))).toEqual([['12%', '$4.2 billion'], []]);
    expect(value.ms).toBeGreaterThanOrEqual(0);
  });

  it('refuses extension pages and bad payloads', async () => {
    expect(await route(envelope('facts/extract', { meta, slices: [] }), POPUP)).toMatchObject({ ok: false, error: expect.stringContaining('sender') });
    expect(await route(envelope('facts/extract', { meta, slices: [slice('a', [{ start: 0, end: 9, href: 'x' }])] }), CONTENT)).toMatchObject({
      ok: false,
      error: expect.stringContaining('invalid'),
    });
  });
});
