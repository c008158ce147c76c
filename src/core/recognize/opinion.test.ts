import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../text/normalize';
import { findOpinionMarker, opensBlockQuote } from './opinion';

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
    ['He never answered, which leaves me with the impression that he has no plan.', 'leaves me with the impression'],
    ['One could argue that the fork was inevitable.', 'One could argue'],
    ['It is fair to say that the rivalry has been fierce.', 'It is fair to say'],
    ['Looking at the numbers, it is hard not to conclude that the fork has won.', 'it is hard not to'],
    ['There can be no doubt that the debate has gone on too long.', 'There can be no doubt'],
    ['Testing betas is one of your editor’s favorite pastimes.', 'your editor'],
    ['The result, to my mind, is a better phone.', 'to my mind'],
    ['Frankly, the keyboard is a mess.', 'Frankly,'],
    ['The battery life is frankly disappointing.', 'is frankly'],
    // an adverb before the verb, or none; "do" as an adverb and "doubt" as the verb
    ['We still think the deal is too small.', 'We still think'],
    ['I do think it matters.', 'I do think'],
    ['I doubt it will ship this year.', 'I doubt'],
    ['We personally preferred the older model.', 'We personally preferred'],
    ['We would argue that the fork was inevitable.', 'We would argue'],
  ])('%s', (sentence, expected) => {
    expect(marker(sentence)).toBe(expected);
  });

  it.each([
    ['The company reported a 12% rise in revenue.'],
    ['After all, he personally brokered the deal.'],
    ['“I think we will win,” the chief executive said.'],
    ['Typically, I play at 1,440p with HDR.'],
    ['She spoke frankly about the layoffs.'],
    ['“One could argue the fork was inevitable,” the maintainer wrote.'],
  ])('no opinion: %s', (sentence) => {
    expect(marker(sentence)).toBeNull();
  });

  it('recognises a first-person paragraph without quotation marks as a possible block quote', () => {
    expect(opensBlockQuote("I've been talking to the founders for years, and we knew the time was right.")).toBe(true);
    expect(opensBlockQuote('The company then raised its offer.')).toBe(false);
    expect(opensBlockQuote(normalizeForMatching('“We knew the time was right,” he said.'))).toBe(false);
  });

  it('ignores markers inside a quotation opened in an earlier sentence', () => {
    expect(marker('We feel that is ridiculous.” He left.', true)).toBeNull();
    expect(marker('We feel that is ridiculous.', false)).toBe('We feel');
  });
});
