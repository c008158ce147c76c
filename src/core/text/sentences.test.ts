import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';
import { normalizeForMatching } from './normalize';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('splits plain prose and keeps offsets into the text', () => {
    const text = 'Amazon struck a deal. It is big! Is it? Yes.';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['Amazon struck a deal.', 'It is big!', 'Is it?', 'Yes.']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not break after titles, initials and abbreviations', () => {
    expect(texts('Mr. McHugh said so. Dr. Ng agreed with Robert M. Danin on it.')).toEqual([
      'Mr. McHugh said so.',
      'Dr. Ng agreed with Robert M. Danin on it.',
    ]);
    expect(texts('Hundreds stormed the U.S. Embassy in Tunis. The U.S. government helped.')).toEqual([
      'Hundreds stormed the U.S. Embassy in Tunis.',
      'The U.S. government helped.',
    ]);
    expect(texts('It launched on Thursday Dec. 1, 2016, after a delay. It ranks No. 1 in sales.')).toEqual([
      'It launched on Thursday Dec. 1, 2016, after a delay.',
      'It ranks No. 1 in sales.',
    ]);
    expect(texts('It lifted off at 8:51 p.m. (1451 GMT) from Baikonur. Then it broke up.')).toEqual([
      'It lifted off at 8:51 p.m. (1451 GMT) from Baikonur.',
      'Then it broke up.',
    ]);
  });

  it('still ends a sentence at an abbreviation followed by a sentence starter', () => {
    expect(texts('He moved to the U.S. The company followed.')).toEqual(['He moved to the U.S.', 'The company followed.']);
    expect(texts('Shares of Acme Inc. rose. Acme Inc. The rest fell.')).toEqual(['Shares of Acme Inc. rose.', 'Acme Inc.', 'The rest fell.']);
  });

  it('keeps decimals, prices and versions inside the sentence', () => {
    expect(texts('It costs $3.5 billion, up 2.5% from version 1.8.3. Fine.')).toEqual([
      'It costs $3.5 billion, up 2.5% from version 1.8.3.',
      'Fine.',
    ]);
  });

  it('keeps quotations with their speaker', () => {
    expect(texts('“Our nation is in danger,” Essid declared. “We must act.” He left.')).toEqual([
      '“Our nation is in danger,” Essid declared.',
      '“We must act.”',
      'He left.',
    ]);
  });

  it('ends a sentence at every line break and drops empty lines', () => {
    expect(texts('A headline without a stop\n\nBody text. More text\r\nImage\n')).toEqual([
      'A headline without a stop',
      'Body text.',
      'More text',
      'Image',
    ]);
  });

  it('moves an opening bracket glued to a full stop to the next sentence', () => {
    expect(texts('The agency said.(Photo by AP) Next.')).toEqual(['The agency said.', '(Photo by AP) Next.']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n \n')).toEqual([]);
  });
});

describe('normalizeForMatching', () => {
  it('makes quotes, dashes and spaces plain without changing the length', () => {
    const text = '“Don’t”\u00A0— it’s 5\u2212';
    const plain = normalizeForMatching(text);
    expect(plain).toBe('"Don\'t" - it\'s 5-');
    expect(plain.length).toBe(text.length);
  });
});
