import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../text/normalize';
import { findAttribution, SpeakerMemory } from './attribution';
import { sourceKind } from './attribution-kind';

/** Attributions of consecutive sentences, sharing one speaker memory. */
function attribute(...sentences: string[]) {
  const memory = new SpeakerMemory();
  return sentences.map((s) => findAttribution(normalizeForMatching(s), memory, s));
}
const one = (s: string) => attribute(s)[0];

describe('findAttribution: cues and source names', () => {
  it.each([
    ['According to a report from Reuters, the agreement will make AWS a primary provider.', 'Reuters', 'named', 'According to a report from'],
    ['Industry insiders say this partnership could restore some of that lost swagger.', 'Industry insiders', 'vague', 'say'],
    ['The company is expanding its chips, according to a recent post on Amazon’s official newsroom.', 'Amazon’s official newsroom', 'named', 'according to a recent post on'],
    ['As analysts noted in follow-up coverage, this isn’t just a one-off contract.', 'analysts', 'vague', 'noted'],
    ['As one analysis from Ars Technica put it, this could either cement AWS’s comeback or expose it.', 'Ars Technica', 'named', 'put it'],
    ['Two gunmen died, and three others may have escaped, officials said.', 'officials', 'vague', 'said'],
    ['About 50 other people were wounded, according to local news reports.', 'local news reports', 'vague', 'according to'],
    ['“This attack is meant to threaten authorities,” said Lotfi Azzouz, director for Amnesty International.', 'Lotfi Azzouz', 'named', 'said'],
    ['Tunisian Prime Minister Habib Essid said that a museum worker was killed.', 'Habib Essid', 'named', 'said'],
    ['Ajmi Lourimi, a member of the general secretariat, said he believed the attack would unite Tunisians.', 'Ajmi Lourimi', 'named', 'said'],
    ['In Washington, press secretary Josh Earnest condemned the attack and said the government would assist.', 'Josh Earnest', 'named', 'said'],
    ['My colleague David Pierce, who also tried the headset, has already pointed out that it will be a great TV.', 'David Pierce', 'named', 'pointed out'],
    ['Tourism accounted for 15 percent of GDP in 2013, according to the World Travel and Tourism Council, an industry body.', 'the World Travel and Tourism Council', 'named', 'according to'],
    ['Local people saw a flash, the Tuva government was quoted as saying by the Interfax news agency.', 'the Tuva government', 'named', 'saying'],
    ['Data from Counterpoint Research shows that shipments fell 12% last quarter.', 'Counterpoint Research', 'named', 'Data from … shows'],
    ['A filing shows the company spent $2 billion on the project.', 'A filing', 'named', 'shows'],
    ['Shipments fell 12% last quarter, per IDC, the market research firm.', 'IDC', 'named', 'per'],
    ['People familiar with the matter told the newspaper that talks had stalled.', 'People familiar with the matter', 'vague', 'told'],
    ['One survey respondent identified “too many tools and context switching” as the biggest challenge.', 'One survey respondent', 'vague', 'identified'],
    ['Microsoft describes these upgrades as a bonus for developers who planned ahead.', 'Microsoft', 'named', 'describes'],
    ['“I’m trying the cola based on his results,” wrote user jayk1984.', 'user jayk1984', 'named', 'wrote'],
    ['“It got me sick,” Dr. Feel, an Evolution user, wrote on the site’s forums.', 'Dr. Feel', 'named', 'wrote'],
    ['Commenter Paul Stoffregen (who wrote the story above) noted that the company forked the IDE.', 'Commenter Paul Stoffregen', 'named', 'noted'],
    ['Senator James Lankford, an Oklahoma Republican who warned of the dangers in the past, voted for the bill.', 'James Lankford', 'named', 'warned'],
    ['But both Roscosmos and NASA said the crash would have no impact on the station.', 'Roscosmos and NASA', 'named', 'said'],
    ['Lee, the party leader, said Yoon’s declaration of martial law had caused chaos.', 'Lee', 'named', 'said'],
    ['The study, published in Nature, found that 40% of users never update.', 'Nature', 'named', 'found'],
    ['Researchers at MIT found that the chips use 30% less power.', 'Researchers at MIT', 'named', 'found that'],
    ['Per a Bloomberg report, Apple is working on a foldable phone.', 'a Bloomberg report', 'named', 'Per'],
    ['Apple CEO Tim Cook said on Tuesday that the iPhone would ship in September.', 'Tim Cook', 'named', 'said'],
    ['But local farmers say they are not being consulted about the new dam.', 'local farmers', 'vague', 'say'],
    ['The rise is driven by cheaper panels, economists think, with demand growing in Asia.', 'economists', 'vague', 'think'],
    ['Residents believe the river floods because the dam releases water too late.', 'Residents', 'vague', 'believe'],
    ['Security researchers regard the flaw as the worst of the year.', 'Security researchers', 'vague', 'regard'],
    ['The merger has been described as “reckless” by the competition authority.', 'the competition authority', 'named', 'described'],
    ['Zuckerberg testified that the company never sold user data to advertisers.', 'Zuckerberg', 'named', 'testified'],
    ['The plan was criticised as “unworkable” by the teachers’ union.', 'the teachers’ union', 'named', 'criticised'],
    ['The company reportedly had a plan to sell the division to a rival.', 'reportedly', 'vague', 'reportedly'],
    ['In the post, Torvalds claims that the patch breaks older laptops.', 'Torvalds', 'named', 'claims'],
    ['The project page for the fork notes that builds are published every night.', 'The project page for the fork', 'named', 'notes that'],
    ['The release announcement itself points out that most new features were funded by sponsors.', 'The release announcement', 'named', 'points out'],
    ['Lee and his family believe the land was taken from them illegally in 1950.', 'Lee and his family', 'named', 'believe'],
  ])('%s', (sentence, name, kind, cue) => {
    expect(one(sentence)).toMatchObject({ name, kind, cue });
  });
});

describe('findAttribution: not claims', () => {
  it.each([
    ['The details of the agreement show a shift in strategy.'],
    ['He said hello.'],
    ['Amazon’s stock jumped to a yearly high after the deal was announced.'],
    ['That revision rounded out its seams and added a 3.5mm headphone jack.'],
    ['Nearly three-quarters (74%) of respondents said they wanted to consolidate their toolchain.'],
    ['In 2024, 70% of respondents told us it takes more than a month to onboard.'],
    ['Although no group claimed responsibility, the bloodshed raised fears.'],
    ['We know AI can help teams, but our survey showed that respondents were frustrated.'],
    ['It is hard to tell which console is faster.'],
    ['This year’s survey of more than 5,000 professionals suggests that priorities are changing.'],
    ['Local people reported seeing a flash of light over the region.'],
    ['“I’m not,” Mr. Dejesus said as he secured the clamp.'],
    ['Previously, he wrote about Wall Street and banking for the paper.'],
    ['Stella Kim reported from Seoul, and Jennifer Jett from Hong Kong.'],
    ['The release history for LibreOffice tells a slightly different story about the project.'],
    ['Apache OpenOffice has made two releases (described as "a micro update") in the past year.'],
    ['A spokesperson for Google declined to comment on the matter.'],
    ['It costs $5, per month of use, to keep the service.'],
    ['I think the new design is a step backwards.'],
    ['We believe the price will come down next year.'],
    ['Many think the policy went too far.'],
    ['Police are investigating claims of fraud against the former director.'],
    ['The release notes for version 2 list dozens of fixes.'],
    ['The details of the plan were never published.'],
    ['The update was announced through blog posts (such as this post by a developer of the project).'],
  ])('%s', (sentence) => {
    expect(one(sentence)).toBeNull();
  });
});

describe('findAttribution: pronouns and short names resolve to the speaker', () => {
  it('resolves he/she to the last person cited, by full name', () => {
    const [a, b, c] = attribute(
      '“People think it’s all protected,” said Patrick McHugh, vice president of engineering.',
      '“You have water, sewage and gas down there,” he added.',
      'The vents let gases escape, “so they cannot combust,” Mr. McHugh said.',
    );
    expect(a?.name).toBe('Patrick McHugh');
    expect(b?.name).toBe('Patrick McHugh');
    expect(c?.name).toBe('Mr. McHugh');
  });

  it('resolves "it" to the organisation cited just before, and only then', () => {
    const [, b] = attribute(
      'The craft broke up at an altitude of 190 kilometers, Roscosmos said in a statement.',
      'It said most of the debris burnt up in the atmosphere.',
    );
    expect(b?.name).toBe('Roscosmos');
    const far = attribute(
      'The craft broke up, Roscosmos said in a statement.',
      'Nothing else was known.',
      'Still, it tells customers that the company is back in the race.',
    );
    expect(far[2]).toBeNull();
  });

  it('resolves "the officials" to the officials cited earlier', () => {
    const [, b] = attribute(
      'For days after a storm, Con Edison officials say, they deal with scores of fires.',
      'To alleviate the threat, the officials said, the utility switched its manhole covers.',
    );
    expect(b?.name).toBe('Con Edison officials');
  });

  it('resolves he/she to the person the previous sentence opens with, when nobody was cited there', () => {
    const [, , c] = attribute(
      '“The river is sick,” said Mere Walker, a local elder.',
      'Tama Walker left the city this year to study the old carving traditions.',
      'He says the knowledge is being dismissed as superstition by officials.',
    );
    expect(c?.name).toBe('Tama Walker');
  });

  it('prefers the named speaker of a "but …" clause to a pronoun before it', () => {
    const [, b] = attribute(
      'Mr Smith said the talks would resume next week.',
      'He promised to keep trying, but the BBC’s political editor Anna Jones said the minister did not sound hopeful.',
    );
    expect(b?.name).toBe('Anna Jones');
  });

  it('resolves a relative pronoun to the name before it', () => {
    expect(one('Zuckerberg spoke in a lawsuit with ZeniMax Media, which accuses Oculus of "misappropriating" trade secrets.')?.name).toBe('ZeniMax Media');
  });
});

describe('sourceKind', () => {
  it.each([
    ['Reuters', 'named'],
    ['analysts', 'vague'],
    ['Industry insiders', 'vague'],
    ['people familiar with the matter', 'vague'],
    ['an official', 'vague'],
    ['Con Edison officials', 'named'],
    ['Many Tunisians', 'vague'],
    ['a spokesperson for Google', 'named'],
    ['the Russian space agency', 'named'],
    ['indigenous elders', 'vague'],
    ['agency officials', 'named'],
  ] as const)('%s is %s', (name, kind) => {
    expect(sourceKind(name)).toBe(kind);
  });
});
