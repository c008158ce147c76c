import { describe, expect, it } from 'vitest';
import { isExtractRequest, MAX_EXTRACT_CHARS } from './engine';

const meta = { url: 'https://news.example/a', title: 'A', lang: 'en' };
const slice = (text: string, links: unknown[] = []) => ({ text, links });

describe('facts/extract payloads', () => {
  it('accepts slices with links inside them', () => {
    expect(isExtractRequest({ meta, slices: [] })).toBe(true);
    expect(isExtractRequest({ meta, slices: [slice('Reuters said 5%.', [{ start: 0, end: 7, href: 'https://reuters.com/x' }])] })).toBe(true);
  });

  it('refuses what is malformed, oversized or out of range', () => {
    expect(isExtractRequest({ meta, slices: [slice('ab', [{ start: 1, end: 3, href: 'x' }])] })).toBe(false); // link past the text
    expect(isExtractRequest({ meta, slices: [slice('ab', [{ start: 2, end: 1, href: 'x' }])] })).toBe(false); // backwards
    expect(isExtractRequest({ meta, slices: [{ text: 5, links: [] }] })).toBe(false);
    expect(isExtractRequest({ meta, slices: [{ ...slice('a'), extra: 1 }] })).toBe(false);
    expect(isExtractRequest({ meta: { ...meta, url: 7 }, slices: [] })).toBe(false);
    expect(isExtractRequest({ meta, slices: [slice('x'.repeat(MAX_EXTRACT_CHARS + 1))] })).toBe(false);
    expect(isExtractRequest({ meta, slices: 'text' })).toBe(false);
  });
});
