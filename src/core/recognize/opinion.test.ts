import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../text/normalize';
import { findOpinionMarker } from './opinion';

const marker = (s: string, openAtStart = false) => findOpinionMarker(normalizeForMatching(s), openAtStart);

describe('findOpinionMarker', () => {
  it.each([
    ['In my view, it’s about time Amazon got its hands dirty again.', 'In my view'],
    ['The company has the scale, the capital, and-let’s be honest-the hunger to prove it.', "let's be honest"],
    ['I think the price is too high.', 'I think'],
    ['I believe this is the right call.', 'I believe'],
    ['To be fair, the console is fast.', 'To be fair'],
    ['It is arguably the best headset yet.', 'arguably'],
    ['Personally, I preferred this mode.', 'Personally,'],
    ['That helps make it thinner but, in my experience, also more comfortable.', 'in my experience'],
    ['I fully expect the software to change a lot.', 'I fully expect'],
    ['Our take is that the value of AI lies in automation.', 'Our take'],
  ])('%s', (sentence, expected) => {
    expect(marker(sentence)).toBe(expected);
  });

  it.each([
    ['The company reported a 12% rise in revenue.'],
    ['After all, he personally brokered the deal.'],
    ['“I think we will win,” the chief executive said.'],
    ['Typically, I play at 1,440p with HDR.'],
  ])('no opinion: %s', (sentence) => {
    expect(marker(sentence)).toBeNull();
  });

  it('ignores markers inside a quotation opened in an earlier sentence', () => {
    expect(marker('We feel that is ridiculous.” He left.', true)).toBeNull();
    expect(marker('We feel that is ridiculous.', false)).toBe('We feel');
  });
});
