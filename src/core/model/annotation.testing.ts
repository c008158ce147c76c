// Test helpers (not shipped): fast-check arbitraries for valid Annotations and a sample one.
import fc from 'fast-check';
import { FIGURE_KINDS } from './facts';
import { ANNOTATION_COLORS, ANNOTATION_LABELS, type Annotation, type AnnotationFact } from './annotation';

/** Any text, including astral characters, lone surrogates, quotes, commas and line breaks. */
const anyText = (constraints: { minLength?: number; maxLength?: number } = {}) => fc.string({ unit: 'binary', ...constraints });
const context = anyText({ maxLength: 32 }).filter((s) => s.length <= 32);
const timestamp = fc
  .date({ min: new Date('1970-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
/** Plain objects (fast-check makes null-prototype ones by default). */
const plain = { noNullPrototype: true } as const;
const finiteNumber = fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => (v === 0 ? 0 : v));

export const arbitraryFact: fc.Arbitrary<AnnotationFact> = fc.oneof(
  fc.record({
    kind: fc.constant('figure' as const),
    text: anyText(),
    figureKind: fc.constantFrom(...FIGURE_KINDS),
    value: fc.option(finiteNumber, { nil: null }),
    unit: fc.option(anyText({ maxLength: 8 }), { nil: null }),
  }, plain),
  fc.record({
    kind: fc.constant('claim' as const),
    text: anyText(),
    source: fc.record({
      name: anyText(),
      kind: fc.constantFrom('named' as const, 'vague' as const),
      href: fc.option(fc.webUrl(), { nil: null }),
    }, plain),
  }, plain),
  fc.record({ kind: fc.constant('unsourced' as const), text: anyText() }, plain),
);

export const arbitraryAnnotation: fc.Arbitrary<Annotation> = fc
  .record(
    {
      id: fc.uuid(),
      page: fc.record({ url: fc.webUrl({ withQueryParameters: true, withFragments: true }), title: anyText(), site: fc.domain() }, plain),
      target: fc.record({
        quote: fc.record({ exact: anyText({ minLength: 1 }), prefix: context, suffix: context }, plain),
        position: fc.tuple(fc.nat(1_000_000), fc.nat(5_000)).map(([start, length]) => ({ start, end: start + length })),
      }, plain),
      note: anyText(),
      label: fc.constantFrom(...ANNOTATION_LABELS, null),
      tags: fc.array(anyText({ maxLength: 20 }), { maxLength: 5 }),
      color: fc.constantFrom(...ANNOTATION_COLORS),
      fact: arbitraryFact,
      createdAt: timestamp,
      updatedAt: timestamp,
    },
    { requiredKeys: ['id', 'page', 'target', 'note', 'label', 'tags', 'color', 'createdAt', 'updatedAt'], noNullPrototype: true },
  )
  .map((a) => (a.updatedAt < a.createdAt ? { ...a, createdAt: a.updatedAt, updatedAt: a.createdAt } : a));

/** A plain, realistic annotation; override what a test cares about. */
export function sampleAnnotation(overrides: Partial<Annotation> = {}): Annotation {
  return {
    id: '3f2c1a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b',
    page: { url: 'https://example.com/amazon-openai', title: 'Amazon and OpenAI strike a $38 billion deal', site: 'example.com' },
    target: {
      quote: { exact: '$38 billion', prefix: 'has struck a ', suffix: ', seven-year deal' },
      position: { start: 171, end: 182 },
    },
    note: 'Check the Reuters report.',
    label: 'needs-source',
    tags: ['ai', 'cloud'],
    color: 'orange',
    fact: { kind: 'figure', text: '$38 billion', figureKind: 'money', value: 38_000_000_000, unit: 'USD' },
    createdAt: '2026-11-26T03:00:00.000Z',
    updatedAt: '2026-11-26T03:00:00.000Z',
    ...overrides,
  };
}
