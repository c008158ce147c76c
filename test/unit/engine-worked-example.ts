// Shared assertions for a worked example (spec/facts.md): the figures, sourced claims,
// unsourced sentences and opinions extractFacts must report for one article, exactly.
import { expect } from 'vitest';
import type { Facts } from '../../src/core';

export interface ExpectedFigure {
  text: string;
  kind: string;
  value?: number;
  unit?: string;
  approx?: boolean;
  changeFrom?: string;
  delta?: number;
  deltaUnit?: string;
}

export interface WorkedExample {
  figures: ExpectedFigure[];
  claims: Array<{ starts: string; source: string; kind: 'named' | 'vague'; cue?: string }>;
  unsourced: string[];
  opinions: string[];
}

/** Every sentence-level item covers its sentence, and every selector points at its text. */
export function expectConsistentSelectors(text: string, facts: Facts): void {
  const items = [...facts.figures, ...facts.claims, ...facts.unsourced, ...facts.opinions];
  for (const item of items) {
    expect(text.slice(item.position.start, item.position.end)).toBe(item.quote.exact);
    expect(item.quote.prefix.length).toBeLessThanOrEqual(32);
    expect(item.quote.suffix.length).toBeLessThanOrEqual(32);
    expect(text.slice(item.position.start - item.quote.prefix.length, item.position.start)).toBe(item.quote.prefix);
    expect(text.slice(item.position.end, item.position.end + item.quote.suffix.length)).toBe(item.quote.suffix);
    expect(item.sentence).toBeGreaterThanOrEqual(0);
    expect(item.sentence).toBeLessThan(facts.text.sentences);
  }
  for (const sentence of [...facts.claims, ...facts.unsourced, ...facts.opinions]) expect(sentence.quote.exact).toBe(sentence.text);
}

export function expectWorkedExample(text: string, facts: Facts, expected: WorkedExample): void {
  expect(facts.schema).toBe('claimlight.facts/1');
  expect(facts.text.chars).toBe(text.length);
  expectConsistentSelectors(text, facts);

  expect(facts.figures.map((f) => [f.text, f.kind])).toEqual(expected.figures.map((f) => [f.text, f.kind]));
  expect(facts.figures.map((f) => f.id)).toEqual(expected.figures.map((_, i) => `f${i + 1}`));
  expected.figures.forEach((want, i) => {
    const got = facts.figures[i]!;
    if (want.value !== undefined) expect(got.value).toBe(want.value);
    if (want.unit !== undefined) expect(got.unit).toBe(want.unit);
    if (want.approx !== undefined) expect(got.approx).toBe(want.approx);
    if (want.changeFrom !== undefined) {
      const from = facts.figures.find((f) => f.id === got.change?.from);
      expect(from?.text).toBe(want.changeFrom);
      expect(got.change?.delta).toBeCloseTo(want.delta ?? NaN, 6);
      expect(got.change?.unit).toBe(want.deltaUnit);
    }
  });

  expect(facts.claims).toHaveLength(expected.claims.length);
  expected.claims.forEach((want, i) => {
    const got = facts.claims[i]!;
    expect(got.id).toBe(`c${i + 1}`);
    expect(got.text.startsWith(want.starts)).toBe(true);
    expect(got.source.name).toBe(want.source);
    expect(got.source.kind).toBe(want.kind);
    if (want.cue !== undefined) expect(got.source.cue).toBe(want.cue);
    expect(got.source.href).toBeNull();
    // the claim lists exactly the figures of its sentence
    expect(got.figures).toEqual(facts.figures.filter((f) => f.sentence === got.sentence).map((f) => f.id));
  });

  expect(facts.unsourced.map((u) => u.text.slice(0, 60))).toHaveLength(expected.unsourced.length);
  expected.unsourced.forEach((starts, i) => expect(facts.unsourced[i]!.text.startsWith(starts)).toBe(true));
  for (const u of facts.unsourced) expect(u.figures).toEqual(facts.figures.filter((f) => f.sentence === u.sentence).map((f) => f.id));

  expect(facts.opinions).toHaveLength(expected.opinions.length);
  expected.opinions.forEach((starts, i) => expect(facts.opinions[i]!.text.startsWith(starts)).toBe(true));
}
