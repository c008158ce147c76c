// Number tokens and their values.
import { describe, expect, it } from 'vitest';
import { parseDigits, parseWordNumber, scanNumbers } from './numbers';

describe('number parsing', () => {
  it.each([
    ['seven', 7], ['twenty-two', 22], ['one hundred and five', 105], ['two and a half', 2.5], ['three million', 3e6], ['trillion', 1e12],
  ])('words %s → %d', (s, v) => expect(parseWordNumber(s)).toBe(v));

  it.each([
    ['1,204', 1204], ['1.5', 1.5], ['6 ½', 6.5], ['10^5', 1e5], ['2^15 - 1', 32767],
  ])('digits %s → %d', (s, v) => expect(parseDigits(s)).toBe(v));

  it.each([
    ['1.2 million users', '1.2 million', 1.2e6],
    ['2.33k stars', '2.33k', 2330],
    ['hundreds of thousands of GPUs', 'hundreds of thousands', 1e5],
    ['a dozen chips', 'a dozen', 12],
    ['half a dozen chips', 'half a dozen', 6],
    ['several million objects', 'several million', 1e6],
    ['two-thirds of voters', 'two-thirds', 2 / 3],
    ['a 4K screen', '4', 4],
    ['a pair of jawbones', 'a pair', 2],
    ['Twenty-Two Hundred stores', 'Twenty-Two Hundred', 2200],
    ['İzmir had A Dozen ferries', 'A Dozen', 12],
    ['a multibillion-dollar bet', 'multibillion', Number.NaN],
  ])('scans "%s" to %s = %d', (text, tokenText, value) => {
    const [token] = scanNumbers(text);
    expect(token && text.slice(token.start, token.end)).toBe(tokenText);
    if (Number.isNaN(value)) expect(token?.value).toBeNull();
    else expect(token?.value).toBeCloseTo(value);
  });
});
