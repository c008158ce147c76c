import { describe, expect, it } from 'vitest';
import { createRouter, envelope, request, senderKind, type Self } from './define';
import { contentRequests } from './index';
import { isEmpty } from './validate';

const SELF: Self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const POPUP = { id: 'ext-id', url: 'chrome-extension://ext-id/src/entries/popup/index.html' };
const POPUP_IN_TAB = { ...POPUP, tab: { id: 7 } };
const CONTENT = { id: 'ext-id', url: 'https://news.example/a', tab: { id: 3 } };
const OTHER_EXTENSION = { id: 'someone-else', url: 'chrome-extension://someone-else/p.html' };

describe('senderKind', () => {
  it('tells our pages, our content scripts and strangers apart', () => {
    expect(senderKind(POPUP, SELF)).toBe('extension');
    expect(senderKind(POPUP_IN_TAB, SELF)).toBe('extension');
    expect(senderKind({ id: 'ext-id' }, SELF)).toBe('extension'); // background without url
    expect(senderKind(CONTENT, SELF)).toBe('content');
    expect(senderKind(OTHER_EXTENSION, SELF)).toBeNull();
    expect(senderKind({ url: 'https://evil.example/' }, SELF)).toBeNull();
    expect(senderKind({ id: 'ext-id', url: 'https://evil.example/' }, SELF)).toBeNull(); // no tab
  });
});

describe('router', () => {
  const specs = {
    ping: request<Record<string, never>, string>(['extension'], isEmpty),
    fromTab: request<Record<string, never>, string>(['content'], isEmpty),
  };
  const route = createRouter(specs, { ping: () => 'pong', fromTab: () => 'hi' }, SELF);

  it('answers a valid message with ok', async () => {
    expect(await route(envelope('ping', {}), POPUP)).toEqual({ ok: true, value: 'pong' });
    expect(await route({ type: 'ping' }, POPUP)).toEqual({ ok: true, value: 'pong' }); // no payload = {}
    expect(await route(envelope('fromTab', {}), CONTENT)).toEqual({ ok: true, value: 'hi' });
  });

  it('rejects unknown types, bad payloads and non-messages', async () => {
    expect(await route(envelope('nope', {}), POPUP)).toMatchObject({ ok: false, error: expect.stringContaining('unknown') });
    expect(await route(envelope('toString', {}), POPUP)).toMatchObject({ ok: false }); // no prototype keys
    expect(await route(envelope('ping', { extra: 1 }), POPUP)).toMatchObject({ ok: false, error: expect.stringContaining('invalid') });
    expect(await route('ping', POPUP)).toMatchObject({ ok: false });
    expect(await route(null, POPUP)).toMatchObject({ ok: false });
  });

  it('rejects senders the spec does not allow', async () => {
    expect(await route(envelope('ping', {}), OTHER_EXTENSION)).toMatchObject({ ok: false, error: expect.stringContaining('sender') });
    expect(await route(envelope('ping', {}), CONTENT)).toMatchObject({ ok: false, error: expect.stringContaining('sender') });
    expect(await route(envelope('fromTab', {}), POPUP)).toMatchObject({ ok: false });
  });

  it('turns a throwing handler into an error reply', async () => {
    const failing = createRouter(specs, { ping: () => { throw new Error('boom'); } }, SELF);
    expect(await failing(envelope('ping', {}), POPUP)).toEqual({ ok: false, error: 'boom' });
    expect(await failing(envelope('fromTab', {}), CONTENT)).toMatchObject({ ok: false, error: expect.stringContaining('no handler') });
  });
});

describe('facts messages', () => {
  const reveal = contentRequests['facts/reveal'];
  it('validate their payloads', () => {
    expect(reveal.validate({ start: 1, end: 5 })).toBe(true);
    expect(reveal.validate({ start: 5, end: 1 })).toBe(false);
    expect(reveal.validate({ start: -1, end: 5 })).toBe(false);
    expect(reveal.validate({ start: 1.5, end: 5 })).toBe(false);
    expect(reveal.validate({ start: 1, end: 5, x: 1 })).toBe(false);
    expect(reveal.validate({ start: '1', end: 5 })).toBe(false);
    expect(contentRequests['facts/get'].validate({})).toBe(true);
    expect(contentRequests['facts/get'].validate([])).toBe(false);
  });
  it('are only accepted from our extension pages', () => {
    for (const spec of Object.values(contentRequests)) expect(spec.from).toEqual(['extension']);
  });
});
