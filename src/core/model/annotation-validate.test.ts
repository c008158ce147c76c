// validateAnnotation: accepts good records (returning a clean copy) and names the path of what is wrong.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanTags } from './annotation';
import { isIsoTimestamp, validateAnnotation } from './annotation-validate';
import { arbitraryAnnotation, sampleAnnotation } from './annotation.testing';

describe('validateAnnotation', () => {
  it('accepts every well-formed annotation and returns an equal copy', () => {
    fc.assert(
      fc.property(arbitraryAnnotation, (a) => {
        expect(validateAnnotation(a)).toStrictEqual({ ok: true, value: a });
      }),
    );
  });

  it('drops unknown fields', () => {
    const result = validateAnnotation({ ...sampleAnnotation(), extra: 1 });
    expect(result.ok && 'extra' in result.value).toBe(false);
  });

  it.each([
    [(a: any) => (a.id = 'not-a-uuid'), 'x.id must be a UUID'],
    [(a: any) => delete a.page, 'x.page must be an object'],
    [(a: any) => (a.page.url = ''), 'x.page.url must be a non-empty string'],
    [(a: any) => (a.target.quote.prefix = 'p'.repeat(33)), 'x.target.quote.prefix must be at most 32 characters'],
    [(a: any) => (a.target.position.start = -1), 'x.target.position.start must be a whole number ≥ 0'],
    [(a: any) => (a.target.position.end = 3), 'x.target.position.end must not be before start'],
    [(a: any) => (a.tags = ['ok', 5]), 'x.tags[1] must be a string'],
    [(a: any) => (a.color = '#ff0000'), 'x.color must be one of yellow, green, blue, pink, purple, orange, red, gray'],
    [(a: any) => (a.createdAt = '2026-11-26'), 'x.createdAt must be an ISO-8601 UTC timestamp like 2026-11-26T03:00:00.000Z'],
    [(a: any) => (a.fact = { kind: 'figure', text: '', figureKind: 'money', value: 'many', unit: null }), 'x.fact.value must be a number or null'],
    [(a: any) => (a.fact = { kind: 'claim', text: '', source: { name: 'R', kind: 'sure', href: null } }), 'x.fact.source.kind must be "named" or "vague"'],
    [(a: any) => (a.fact = { kind: 'opinion', text: '' }), 'x.fact.kind must be "figure", "claim" or "unsourced"'],
  ])('refuses a bad field (%#)', (change, message) => {
    const a: any = structuredClone(sampleAnnotation());
    change(a);
    expect(validateAnnotation(a, 'x')).toEqual({ ok: false, error: message });
  });
});

describe('isIsoTimestamp', () => {
  it('accepts only the toISOString form of a real instant', () => {
    expect(isIsoTimestamp('2026-11-26T03:00:00.000Z')).toBe(true);
    expect(isIsoTimestamp('2026-02-30T03:00:00.000Z')).toBe(false);
    expect(isIsoTimestamp('2026-11-26T03:00:00Z')).toBe(false);
  });
});

describe('cleanTags', () => {
  it('trims, collapses spaces, drops empties and case-insensitive duplicates', () => {
    expect(cleanTags([' AI ', 'ai', '', 'supply  chain', 'Chips', 'chips '])).toEqual(['AI', 'supply chain', 'Chips']);
  });
});
