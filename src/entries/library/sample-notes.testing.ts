// Test and benchmark helper (not shipped): `count` plausible, valid annotations spread over
// sites, labels, tags and dates, newest last. Deterministic.
import { ANNOTATION_COLORS, ANNOTATION_LABELS, LABEL_COLORS, type Annotation } from '../../core/model/annotation';

const SITES = ['www.theverge.com', 'arstechnica.com', 'www.reuters.com', 'techcrunch.com', 'www.wired.com'];
const QUOTES = [
  'Amazon has struck a $38 billion, seven-year deal with OpenAI',
  'Industry insiders say this partnership could restore some of that lost swagger',
  'share has slipped from roughly 34% to 29% in recent years',
  'Amazon will need to deploy hundreds of thousands of high-end GPUs',
  'according to a recent post on Amazon’s official newsroom',
  'the chipmaker expects revenue of about $12 billion next quarter',
  'roughly one in five users switched within 18 months',
];
const NOTES = ['Check the Reuters piece', '', 'Who are these insiders?', 'Compare with last year’s filing', 'Good figure for the talk', ''];
const TAGS = ['ai', 'cloud', 'chips', 'follow-up', 'earnings'];

export function sampleNotes(count: number, start = Date.parse('2026-01-01T00:00:00.000Z')): Annotation[] {
  const out: Annotation[] = [];
  for (let i = 0; i < count; i++) {
    const site = SITES[i % SITES.length]!;
    const label = i % 6 === 5 ? null : ANNOTATION_LABELS[i % ANNOTATION_LABELS.length]!;
    const at = new Date(start + i * 3_600_000).toISOString();
    const quote = QUOTES[i % QUOTES.length]!;
    out.push({
      id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      page: { url: `https://${site}/story/${Math.floor(i / 3)}`, title: `Story ${Math.floor(i / 3)} on ${site}`, site },
      target: { quote: { exact: `${quote} (#${i})`, prefix: 'In other news, ', suffix: '. More below' }, position: { start: 100 + i, end: 160 + i } },
      note: NOTES[i % NOTES.length]!,
      label,
      tags: i % 4 === 0 ? [] : [TAGS[i % TAGS.length]!],
      color: i % 7 === 0 ? ANNOTATION_COLORS[i % ANNOTATION_COLORS.length]! : LABEL_COLORS[label ?? 'none'],
      createdAt: at,
      updatedAt: at,
    });
  }
  return out;
}
