import { describe, expect, it } from 'vitest';
import { isWhiteSpace, withoutPossessive } from './chars';

describe('isWhiteSpace', () => {
  it('agrees with the regex class \\s on every UTF-16 code unit', () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });
});

describe('withoutPossessive', () => {
  it.each([
    ["Reuters's", 'Reuters'],
    ["Amazon's", 'Amazon'],
    ['Amazon', 'Amazon'],
    ["'s", ''],
    ["it's not", "it's not"],
    ['', ''],
  ])('%s', (word, expected) => {
    expect(withoutPossessive(word)).toBe(expected);
    expect(withoutPossessive(word)).toBe(word.replace(/'s$/, ''));
  });
});
