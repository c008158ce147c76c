// Named or vague: a source is vague when it names no one in particular ("insiders",
// "analysts", "people familiar with the matter", "local news reports", "Many Tunisians"),
// named when it points at a specific outlet, organisation, person, filing or study.
import type { SourceKind } from '../model/facts';
import { INDEFINITE_SUBJECTS, VAGUE_HEADS, VAGUE_MODIFIERS } from './attribution-lexicon';
import { withoutPossessive } from '../text/chars';

const CUT = /\s(?:who|that|which|familiar|close|with|on|in|at)\s.*$/i;
/** Groups whose members speak for no organisation. */
const UNAFFILIATED_HEADS = new Set([
  'experts', 'scientists', 'researchers', 'analysts', 'economists', 'critics', 'observers', 'elders', 'locals',
  'residents', 'witnesses', 'activists', 'campaigners', 'conservationists', 'biologists', 'specialists', 'scholars',
  'historians', 'academics', 'doctors', 'teachers', 'parents', 'farmers', 'users', 'investors', 'developers',
]);
const QUANTIFIERS = new Set(['many', 'some', 'several', 'most', 'few', 'other', 'numerous', 'various']);

export function sourceKind(name: string): SourceKind {
  const tail = CUT.exec(name)?.[0] ?? '';
  // "analysts at Morgan Stanley", "researchers at MIT": a named organisation makes it specific
  if (/\s(?:at|with|in|on)\s(?:the\s)?[A-Z]/.test(tail)) return 'named';
  const words = name.replace(CUT, '').split(/\s+/).filter(Boolean);
  const lower = words.map((w) => withoutPossessive(w.toLowerCase()));
  const first = lower[0] ?? '';
  if (INDEFINITE_SUBJECTS.has(first) && first !== 'people' && first !== 'those') return 'vague';
  const head = lower[lower.length - 1] ?? '';
  const modifiers = words.slice(0, -1);
  if (QUANTIFIERS.has(first) && words.length <= 3) return 'vague';
  if (!VAGUE_HEADS.has(head)) return 'named';
  const allVague = modifiers.every((w, i) => {
    const l = lower[i]!;
    // "indigenous elders", "cancer researchers": lower-case modifiers of a group with no employer name no one
    // in particular ("agency officials" belong to a specific agency)
    return VAGUE_MODIFIERS.has(l) || (UNAFFILIATED_HEADS.has(head) && /^[a-z\u00DF-\u00F6\u00F8-\u00FF]+$/.test(w)) || /^[A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z\u00DF-\u00F6\u00F8-\u00FF]+(?:ist|an|ese|ish)$/.test(w);
  });
  return allVague ? 'vague' : 'named';
}
