import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from './text-fragment';

describe('textFragmentUrl', () => {
  it('links a short quote whole, with a little context (a possibly cut word at its outer edge dropped), escaping directive syntax', () => {
    const url = textFragmentUrl('https://news.example/a?x=1#top', {
      exact: '$38 billion',
      prefix: 'Amazon has struck a ',
      suffix: ', seven-year deal with',
    });
    expect(url).toBe('https://news.example/a?x=1#:~:text=has%20struck%20a-,%2438%20billion,-%2C%20seven%2Dyear%20deal');
  });

  it('links a long sentence by its first and last words', () => {
    const exact = 'According to a report from Reuters, the agreement will make AWS the main provider of compute for the next seven years.';
    const url = textFragmentUrl('https://news.example/a', { exact, prefix: '', suffix: '' });
    expect(url).toBe('https://news.example/a#:~:text=According%20to%20a%20report,the%20next%20seven%20years.');
  });
});
