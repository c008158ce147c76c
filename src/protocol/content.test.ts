// The content side's map: every request a tab receives, only from our extension pages, each
// payload checked; the annotation requests among them need no annotation validator.
import { describe, expect, it } from 'vitest';
import { createRouter, envelope, type Self } from './define';
import { contentRequests } from './content';
import { backgroundRequests, contentRequests as fromIndex } from './index';

const SELF: Self = { id: 'ext', origin: 'chrome-extension://ext/' };
const POPUP = { id: 'ext', url: 'chrome-extension://ext/src/entries/popup/index.html' };
const CONTENT = { id: 'ext', url: 'https://news.example/a', tab: { id: 3 } };
const ID = '0b6f8a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b';

describe('contentRequests', () => {
  it('is the map the protocol index exports, with no background request in it', () => {
    expect(fromIndex).toBe(contentRequests);
    for (const type of Object.keys(backgroundRequests)) expect(contentRequests).not.toHaveProperty([type]);
  });

  it('routes annotation requests from our pages only, with their payloads checked', async () => {
    const route = createRouter(contentRequests, { 'annotations/reveal': ({ id }) => id === ID, 'annotations/save-fact': ({ kind }) => kind }, SELF);
    expect(await route(envelope('annotations/reveal', { id: ID }), POPUP)).toEqual({ ok: true, value: true });
    expect(await route(envelope('annotations/reveal', { id: 'nope' }), POPUP)).toMatchObject({ ok: false, error: expect.stringContaining('invalid payload') });
    expect(await route(envelope('annotations/reveal', { id: ID }), CONTENT)).toMatchObject({ ok: false, error: expect.stringContaining('sender not allowed') });
    expect(await route(envelope('annotations/save-fact', { kind: 'claim', start: 4, end: 9 }), POPUP)).toEqual({ ok: true, value: 'claim' });
    expect(await route(envelope('annotations/save-fact', { kind: 'claim', start: 9, end: 4 }), POPUP)).toMatchObject({ ok: false });
    expect(await route(envelope('annotations/add', {}), POPUP)).toMatchObject({ ok: false, error: expect.stringContaining('unknown message type') });
  });

  it("takes a refresh naming the changed pages, or null for any page, and nothing else", async () => {
    const seen: Array<string[] | null> = [];
    const route = createRouter(contentRequests, { 'annotations/refresh': ({ urls }) => (seen.push(urls), null) }, SELF);
    expect(await route(envelope('annotations/refresh', { urls: ['https://news.example/a'] }), POPUP)).toEqual({ ok: true, value: null });
    expect(await route(envelope('annotations/refresh', { urls: null }), POPUP)).toEqual({ ok: true, value: null });
    expect(await route(envelope('annotations/refresh', { urls: [7] }), POPUP)).toMatchObject({ ok: false, error: expect.stringContaining('invalid payload') });
    expect(await route(envelope('annotations/refresh', {}), POPUP)).toMatchObject({ ok: false });
    expect(await route(envelope('annotations/refresh', { urls: null }), CONTENT)).toMatchObject({ ok: false, error: expect.stringContaining('sender not allowed') });
    expect(seen).toEqual([['https://news.example/a'], null]);
  });
});
