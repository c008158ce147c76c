// Changes: when a sentence states that one figure became another ("slipped from roughly 34% to
// 29%", "rose to $2 billion from $1.2 billion", "70%, up from 66%"), the later figure points at
// the earlier one and the pair yields a delta in the figures' unit ("pp" for percents).
import type { FigureSpan } from '../model/facts';
import { before } from './recognizer';

export interface FigureChangeLink {
  /** index of the earlier figure */
  from: number;
  /** index of the later figure */
  to: number;
  delta: number;
  unit: string | null;
}

const HEDGE = '(?:(?:roughly|about|nearly|almost|around|approximately|some|an\\s+estimated|more\\s+than|less\\s+than|over|under|just)\\s+)?';
/** Between "from X" and "Y": "from roughly 34% to 29%". */
const TO_BETWEEN = new RegExp(`^\\s*(?:to|→|->)\\s+${HEDGE}$`, 'i');
/** Before X in "from X to Y", excluding ranges ("ranging from", "anywhere from"). */
const FROM_BEFORE = new RegExp(`\\bfrom\\s+${HEDGE}$`, 'i');
const RANGE_BEFORE = /\b(?:rang(?:e|es|ed|ing)|anywhere|vary|varies|varying|between|spans?|somewhere)\s+from\s+\S*\s*\S*\s*$/i;
/** "Y, up from X" / "Y, down from X" / "rose to Y from X". */
const UP_FROM_BETWEEN = new RegExp(`^,?\\s+(?:(?:up|down)\\s+)?from\\s+${HEDGE}$`, 'i');
const TO_BEFORE = new RegExp(`\\bto\\s+${HEDGE}$`, 'i');
const UP_DOWN_BETWEEN = /\b(?:up|down)\s+from\b/i;
/** "70% of respondents, up from 66%": a few words may sit between the figure and "up from". */
const LOOSE_UP_FROM_BETWEEN = new RegExp(`^[^.;:!?]{0,48}?,\\s+(?:up|down)\\s+from\\s+${HEDGE}$`, 'i');

function deltaUnit(a: FigureSpan, b: FigureSpan): string | null | undefined {
  if (a.kind !== b.kind || a.kind === 'date') return undefined;
  if (a.unit !== b.unit) return undefined;
  return a.kind === 'percent' && a.unit === '%' ? 'pp' : a.unit;
}

/** Changes stated between neighbouring figures of one sentence. */
export function linkChanges(text: string, spans: FigureSpan[]): FigureChangeLink[] {
  const links: FigureChangeLink[] = [];
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i] as FigureSpan;
    const b = spans[i + 1] as FigureSpan;
    if (a.value === null || b.value === null) continue;
    const unit = deltaUnit(a, b);
    if (unit === undefined) continue;
    const between = text.slice(a.end, b.start);
    const lead = before(text, a.start, 48);
    let from = -1;
    let to = -1;
    if (TO_BETWEEN.test(between) && FROM_BEFORE.test(lead) && !RANGE_BEFORE.test(lead)) [from, to] = [i, i + 1];
    else if (UP_FROM_BETWEEN.test(between) && (UP_DOWN_BETWEEN.test(between) || TO_BEFORE.test(lead))) [from, to] = [i + 1, i];
    else if (LOOSE_UP_FROM_BETWEEN.test(between)) [from, to] = [i + 1, i];
    if (from < 0) continue;
    const earlier = spans[from] as FigureSpan;
    const later = spans[to] as FigureSpan;
    links.push({ from, to, delta: Number(((later.value as number) - (earlier.value as number)).toPrecision(12)), unit });
  }
  return links;
}

/** Example sentences the test runs through findFigures and linkChanges. */
export const CHANGE_EXAMPLES: ReadonlyArray<{ text: string; changes: ReadonlyArray<{ from: string; to: string; delta: number; unit: string | null }> }> = [
  { text: 'Its share has slipped from roughly 34% to 29% in recent years.', changes: [{ from: '34%', to: '29%', delta: -5, unit: 'pp' }] },
  { text: 'Revenue grew from $1.2 billion to $2 billion.', changes: [{ from: '$1.2 billion', to: '$2 billion', delta: 8e8, unit: 'USD' }] },
  { text: 'It takes 70% of respondents, up from 66% in 2023.', changes: [{ from: '66%', to: '70%', delta: 4, unit: 'pp' }] },
  { text: 'Prices range from $5 to $10, and it ran from 2011 to 2013.', changes: [] },
];
