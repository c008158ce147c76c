// Attribution recognizer: finds the cue ("according to", "said", "put it", "data from … shows",
// reported speech in quotes) that attributes a sentence to a source, and the source's name as
// written. Works on a sentence normalised by normalizeForMatching (straight quotes, plain dashes).
import type { SourceKind } from '../model/facts';
import {
  BELIEF_VERBS, CLAUSE_WORDS, DETERMINERS, EDGE_ONLY_VERBS, FIRST_PERSON, INDEFINITE_SUBJECTS, PASSIVE_AUX, SOURCE_NOUNS,
  SPEECH_VERBS, VERB_PADDING,
} from './attribution-lexicon';
import { capitalisedRuns, looksLikePerson, withoutTitles } from './attribution-names';
import {
  DATA_SUBJECT, PRONOUNS, bare, endsWithOneOf, isPlausibleSource, lastWordOf, personPhrase, phrase, refine, stripPadding,
  subjectAfter, subjectBefore, subjectBeforeAppositive, trimEndCommas, wordCountOf, wordsOf, type Phrase,
} from './attribution-subject';
import { sourceKind } from './attribution-kind';
import { SpeakerMemory } from './attribution-speakers';

export { SpeakerMemory } from './attribution-speakers';

export interface Attribution {
  name: string;
  kind: SourceKind;
  /** the cue words as written ("According to a report from", "say", "put it") */
  cue: string;
  /** where the source is named in the sentence (offsets into it) */
  nameStart: number;
  nameEnd: number;
}

interface Candidate {
  at: number;
  cue: string;
  subject: Phrase | null;
  /** the subject came from the words after the cue ("said Patrick McHugh") */
  inverted: boolean;
  /** an explicit source phrase (according to, per, data from): no plausibility check needed */
  explicit: boolean;
  /** the kind when the cue itself decides it ("reportedly": vague) */
  kind?: SourceKind;
}

/**
 * One alternation per first letter ("[Ss](?:aid|ays|...)"): case-insensitive on the first letter
 * only, and a position whose letter starts no cue fails at once (fast on long text).
 */
function wordsPattern(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const rest = w.slice(1).replace(/ /g, '\\s+');
    byFirst.set(w[0]!, [...(byFirst.get(w[0]!) ?? []), rest]);
  }
  return [...byFirst].map(([first, rests]) => `[${first.toUpperCase()}${first}](?:${rests.join('|')})`).join('|');
}
const VERB_RE = new RegExp(`\\b(?:${wordsPattern(SPEECH_VERBS)})\\b`, 'g');
/** A cheap first look: a sentence without any of these stems has no cue (but may quote someone). */
const CUE_HINT =
  /\b(?:[Aa](?:ccording|nnounce[ds]|dd(?:ed|s)\b|rgue|cknowledge|dmit|ccuse)|[Ss](?:a(?:id|ys?|ying)\b|tated|tress|how|uggest)|[Tt](?:old|ells?|estifie[ds]|hinks?)\b|[Rr]e(?:port|called|iterat|veal|gards?\b)|[Nn]ot(?:ed|es)\b|[Ww](?:r(?:ote|ites)\b|arn)|[Ee](?:stimate[ds]|xplain|mphasi)|[Dd](?:eclare|escribe|etail)|[Cc](?:laim|onfirm|it(?:ed|es?)\b|ontend|onceded|ompiled|alled)|[Ii](?:nsist|ndicate)|[Vv]ow|[Pp](?:redict|oint(?:ed|s)? out|uts? it|er\b)|[Mm]ention|[Oo]bserved|[Ff](?:ound|inds)\b|[Cc]onclude|[Bb]elieves?\b|[Cc](?:riti[cz]|ondemned|haracteri)|[Pp]raised|[Dd](?:ismissed|enied|isputed)|[Ll]abell?ed|[Bb]randed)/;
const ACCORDING_RE = /\baccording to\s+/gi;
const DOC_PREFIX =
  /^(?:(?:a|an|the)\s+)?(?:(?:recent|new|latest|separate|previous|joint|detailed|official|public|annual|quarterly|internal|court|regulatory|sec|blog)\s+)*(?:report|post|article|story|statement|analysis|study|survey|filing|transcript|release|press release|memo|letter|interview|tweet|data|estimates?|figures|research|poll|documents?|paper|numbers|statistics|count|tally|calculations?)\s+(?:from|by|on|in|of|published by|released by|reviewed by|obtained by|seen by|compiled by)\s+/i;
const PUT_IT_RE = /\bputs? it\b(?=\s*(?:[,:;.!?"]|$|\s+(?:this way|bluntly|simply|best|succinctly|mildly|plainly)))/gi;
const PER_RE = /(?:^|[,(]\s*)([Pp]er)\s+(?=(?:(?:the|a|an)\s+)?[A-Z\u00C0-\u00D6\u00D8-\u00DE])/g;
const SHOWS_RE =
  /\b((?:(?:a|the)\s+)?(?:data|figures|numbers|report|study|survey|research|analysis|filing|court filing|filings|documents|poll|statistics)(?:\s+(?:from|by|of|released by|published by)\s+([^,;:"]+?))?)\s+(shows?|showed|found|finds|suggests|suggested|indicates|indicated|reveals|revealed)\b/gi;
/** The cue of reported speech in quotation marks without a speech verb. */
const QUOTE_CUE = '“”';
const SHOWS_HINT = /show|found|finds|suggest|indicat|reveal|conclude|estimate/;
/** "The study, published in Nature, found": a study or report as the subject (not "our survey", "this year's survey"). */
const STUDY_RE =
  /(?:^|[,;:]\s+|\s(?:and|but)\s+)((?:A|The|a|the)\s+(?:new\s+|recent\s+|latest\s+)?(?:study|report|survey|analysis|paper|review|audit|investigation))(?:,\s+(?:published|released|conducted|commissioned|carried out)\s+(?:in|by)\s+([^,]+),)?\s+(found|finds|shows|showed|concluded|concludes|suggests|suggested|estimated|estimates)\b/g;
/** "has been described as “heartbreaking” by the conservation department": the agent of a passive cue. */
const PASSIVE_BY_RE =
  /\b(?:is|are|was|were|been|being)\s+(?:(?:widely|publicly|repeatedly|also)\s+)?(described|called|labell?ed|branded|critici[sz]ed|praised|dismissed|condemned|denied|disputed|confirmed|reported|announced|estimated|predicted|characteri[sz]ed)\b[^;(),]*?\sby\s+((?:the\s+)?[^,;:()"]+?)(?=\s*(?:[,;:()"]|[.!?]?$))/g;
/** "the founders reportedly had …": the author passes on what others report, naming no one. */
const REPORTEDLY_RE = /\b[Rr]eportedly\b/;
const QUOTE_RE = /(?::\s*"|\s")([^"]{3,})/;
const QUOTED_AS = /\b(?:was|were|is|are|been)\s+quoted\s+as\s*$/i;
const PARENTHETICAL = /\s\([^()]*\)(?=\s*$)/;
/** Cues that are also plural nouns. */
const NOUN_LIKE_VERBS = new Set(['claims', 'claim', 'notes', 'details', 'regards', 'regard', 'reports', 'estimates', 'cites']);
/** Cues that state something as fact (not a vow, a warning or a prediction). */
const STATEMENT_CUES = new Set(['said', 'says', 'told', 'wrote', 'writes', 'reported', 'noted', 'explained', 'added']);
const INVERTIBLE = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'noted', 'explained', 'declared', 'told', 'stated', 'argued', 'warned', 'insisted', 'observed', 'recalled', 'acknowledged', 'confirmed', 'tweeted']);

function verbCandidate(sentence: string, m: RegExpExecArray): Candidate | null {
  const verb = m[0].toLowerCase().replace(/\s+/g, ' ');
  const at = m.index;
  // a parenthetical before the cue is skipped: "Paul Stoffregen (who wrote the story) noted"
  let pre = sentence.slice(0, at);
  if (pre.includes(')')) pre = pre.replace(PARENTHETICAL, (p) => ' '.repeat(p.length));
  const post = sentence.slice(at + m[0].length);
  const quoted = /as$/i.test(pre.trimEnd().slice(-2)) ? QUOTED_AS.exec(pre) : null;
  if (quoted) pre = pre.slice(0, quoted.index);
  const prevWord = bare(lastWordOf(pre));
  if (!quoted && (DETERMINERS.has(prevWord) || prevWord === 'to' || PASSIVE_AUX.has(prevWord) || prevWord === 'as')) return null;
  if (/^reported$/.test(verb) && /^\s+\w+ing\b/.test(post)) return null;
  // "investigating claims of treason", "release notes for", "the details of": nouns, not cues
  if (NOUN_LIKE_VERBS.has(verb) && (/ing$/.test(prevWord) || /^\s+(?:of|about|for|on|against|from|to|with|in|and|or|are|were|is|was|have|had|has)\b/.test(post))) return null;
  // "he wrote about Wall Street": a topic, not a statement
  if ((/^(?:wrote|writes)$/.test(verb) && /^\s+(?:about|for)\b/.test(post)) || (/^report(?:ed|s)$/.test(verb) && /^\s+from\b/.test(post))) return null;
  // "tells a different story": an idiom, not a statement
  if (/^t(?:ell|ells|old)$/.test(verb) && /^\s+(?:a|an|the)\s+(?:\S+\s+){0,2}?(?:story|tale|joke|lie|lies)\b/.test(post)) return null;
  if (verb === 'tell' && !/\b(?:will|would|can|could|might)\s*$/i.test(pre)) return null;
  const edge = /^\s*(?:that\b|[,.;:!?"]|$)/.test(post) || endsWithOneOf(pre, ',"');
  if (EDGE_ONLY_VERBS.has(verb) && !edge) return null;
  let subject = subjectBefore(sentence, pre);
  let inverted = false;
  const padded = subject ? '' : stripPadding(pre);
  if (!subject && endsWithOneOf(padded, ',"') && INVERTIBLE.has(verb)) {
    subject = subjectAfter(sentence, at + m[0].length);
    inverted = subject !== null;
  }
  if (!subject && endsWithOneOf(padded, ',')) subject = subjectBeforeAppositive(sentence, pre);
  if (!subject && pre.trim() === '' && INVERTIBLE.has(verb)) return null;
  if (BELIEF_VERBS.has(verb)) {
    // "scientists think" after a clause: the belief is theirs; otherwise only a subject right before
    if (!subject && endsWithOneOf(pre, ',') && /^\s*(?:[,.;]|$)/.test(post)) subject = subjectAfterClause(sentence, pre);
    if (!subject || !believer(subject)) return null;
    if (/^regards?$/.test(verb) && !/\sas\s/.test(post)) return null;
  }
  return { at, cue: sentence.slice(at, at + m[0].length), subject, inverted, explicit: false };
}

/** "…, scientists think, …": the words between the last comma and a parenthetical belief verb. */
function subjectAfterClause(sentence: string, pre: string): Phrase | null {
  const body = trimEndCommas(pre);
  const comma = body.lastIndexOf(',');
  if (comma < 0) return null;
  const words = wordsOf(body.slice(comma + 1));
  if (words.length === 0 || words.length > 3) return null;
  return phrase(sentence, comma + 1, body.length);
}

/** Whom a belief verb can be attributed to: a named or vague source, not "I", "we", "you", "people", "many". */
function believer(subject: Phrase): boolean {
  const words = wordsOf(subject.text).map(bare);
  const first = words[0] ?? '';
  const head = words[words.length - 1] ?? '';
  if (FIRST_PERSON.has(head) || head === 'you' || head === 'it' || head === 'they' || INDEFINITE_SUBJECTS.has(first)) return false;
  if (words.length === 1 && /^(?:many|some|most|few|others|all)$/.test(head)) return false;
  return true;
}

function namedAfter(sentence: string, start: number): Phrase | null {
  const rest = sentence.slice(start);
  const end = rest.search(/[,;:!?"()]|[.](?=\s|$)|\s-{1,2}\s|\s(?:that|which|who|and said|said)\s/);
  return phrase(sentence, start, start + (end < 0 ? rest.length : end));
}

function collectCandidates(sentence: string): Candidate[] {
  const out: Candidate[] = [];
  ACCORDING_RE.lastIndex = 0;
  const according = sentence.includes('ccording to');
  for (let m = according ? ACCORDING_RE.exec(sentence) : null; m; m = ACCORDING_RE.exec(sentence)) {
    const afterCue = m.index + m[0].length;
    const doc = DOC_PREFIX.exec(sentence.slice(afterCue));
    const nameStart = afterCue + (doc ? doc[0].length : 0);
    const cue = sentence.slice(m.index, nameStart).trim();
    out.push({ at: m.index, cue, subject: namedAfter(sentence, nameStart), inverted: true, explicit: true });
  }
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(sentence); m; m = VERB_RE.exec(sentence)) {
    const c = verbCandidate(sentence, m);
    if (c) out.push(c);
  }
  PUT_IT_RE.lastIndex = 0;
  const putIt = sentence.includes('ut it') || sentence.includes('uts it');
  for (let m = putIt ? PUT_IT_RE.exec(sentence) : null; m; m = PUT_IT_RE.exec(sentence)) {
    const pre = sentence.slice(0, m.index);
    out.push({ at: m.index, cue: m[0], subject: subjectBefore(sentence, pre), inverted: false, explicit: false });
  }
  PER_RE.lastIndex = 0;
  const per = (sentence.includes('per ') || sentence.includes('Per ')) && /\b[Pp]er /.test(sentence);
  for (let m = per ? PER_RE.exec(sentence) : null; m; m = PER_RE.exec(sentence)) {
    const at = m.index + m[0].length - (m[0].length - m[0].indexOf(m[1]!));
    out.push({ at, cue: m[1]!, subject: namedAfter(sentence, m.index + m[0].length), inverted: true, explicit: true });
  }
  SHOWS_RE.lastIndex = 0;
  const shows = SHOWS_HINT.test(sentence);
  for (let m = shows ? SHOWS_RE.exec(sentence) : null; m; m = SHOWS_RE.exec(sentence)) {
    const named = m[2];
    const whole = m[1]!;
    if (!named && !/\bfilings?\b|\bdocuments\b/i.test(whole)) continue;
    if (named && !/[A-Z\u00C0-\u00D6\u00D8-\u00DE]/.test(named)) continue;
    const start = named ? m.index + whole.length - named.length : m.index;
    const subject = phrase(sentence, start, start + (named ?? whole).length);
    const cue = named ? `${whole.slice(0, whole.length - named.length).trim()} … ${m[3]}` : m[3]!;
    const at = named ? m.index : m.index + m[0].length - m[3]!.length;
    out.push({ at, cue, subject, inverted: false, explicit: true });
  }
  STUDY_RE.lastIndex = 0;
  for (let m = shows ? STUDY_RE.exec(sentence) : null; m; m = STUDY_RE.exec(sentence)) {
    const doc = m[1]!;
    const where = m[2];
    const docStart = m.index + m[0].indexOf(doc);
    const whereStart = where === undefined ? -1 : m.index + m[0].indexOf(where, doc.length);
    const subject = where === undefined ? phrase(sentence, docStart, docStart + doc.length) : phrase(sentence, whereStart, whereStart + where.length);
    const verb = m[3]!;
    out.push({ at: m.index + m[0].length - verb.length, cue: verb, subject, inverted: false, explicit: true });
  }
  PASSIVE_BY_RE.lastIndex = 0;
  const passive = sentence.includes(' by ');
  for (let m = passive ? PASSIVE_BY_RE.exec(sentence) : null; m; m = PASSIVE_BY_RE.exec(sentence)) {
    const agent = m[2]!;
    const agentStart = m.index + m[0].length - agent.length;
    const subject = phrase(sentence, agentStart, agentStart + agent.length);
    if (!subject || !isPlausibleSource(subject) || wordCountOf(subject.text) > 8) continue;
    const verb = m[1]!;
    out.push({ at: m.index + m[0].indexOf(verb), cue: verb, subject, inverted: true, explicit: true });
  }
  const reportedly = sentence.includes('eportedly') ? REPORTEDLY_RE.exec(sentence) : null;
  if (reportedly) {
    const subject = { text: reportedly[0], start: reportedly.index };
    out.push({ at: reportedly.index, cue: reportedly[0], subject, inverted: true, explicit: true, kind: 'vague' });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The verb after a quoted speaker (past an appositive: "Rachel Stephens, senior analyst ..., shared"). */
function speechCandidate(sentence: string, subject: Phrase, after: number): Candidate | null {
  let at = after;
  if (sentence[at] === ',') {
    const close = sentence.indexOf(', ', at + 1);
    if (close > 0) at = close + 1;
  }
  const verb = /^\s*([a-z]+)/.exec(sentence.slice(at));
  if (verb && (PASSIVE_AUX.has(verb[1]!) || VERB_PADDING.has(verb[1]!))) return null;
  if (!verb) return { at: after, cue: QUOTE_CUE, subject, inverted: false, explicit: false };
  const start = at + verb[0].length - verb[1]!.length;
  return { at: start, cue: verb[1]!, subject, inverted: false, explicit: false };
}

/** Reported speech without a cue verb: "One survey respondent identified “too many tools …”". */
function quotedSpeech(sentence: string): Candidate | null {
  const q = QUOTE_RE.exec(sentence);
  if (!q || wordCountOf(q[1]!) < 5) return null;
  const lead = sentence.slice(0, q.index);
  if (!lead.trim()) return null;
  const runs = capitalisedRuns(lead);
  const first = runs[0];
  if (first && first.start === 0 && looksLikePerson(withoutTitles(first))) {
    return speechCandidate(sentence, personPhrase(first), first.end);
  }
  const leadWords = wordsOf(lead);
  while (leadWords.length > 1 && CLAUSE_WORDS.has(bare(leadWords[0]!))) leadWords.shift();
  const leadStart = lead.indexOf(leadWords[0] ?? '');
  for (let k = Math.min(4, leadWords.length); k >= 1; k--) {
    const head = leadWords[k - 1]!;
    if (head.endsWith("'s") || !SOURCE_NOUNS.has(bare(head))) continue;
    const text = leadWords.slice(0, k).join(' ');
    if (DATA_SUBJECT.test(text) || !lead.startsWith(text, leadStart)) break;
    return speechCandidate(sentence, { text, start: leadStart }, leadStart + text.length);
  }
  return null;
}

/** Words with a letter or digit in `s` (punctuation-only tokens not counted). */
function countWords(s: string): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) counted = false;
    else if (!counted && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0)) {
      n++;
      counted = true;
    }
  }
  return n;
}

/** A short leading quote is no claim ("“I'm not,” Mr. Dejesus said"). */
function onlyShortQuote(sentence: string): boolean {
  const m = /^"([^"]*)"/.exec(sentence);
  if (!m) return false;
  const rest = sentence.slice(m[0].length);
  return wordCountOf(m[1]!) < 3 && !/"/.test(rest);
}

/** The state of one findAttribution call: the source chosen so far. */
interface Choice {
  sentence: string;
  written: string;
  memory: SpeakerMemory;
  /** words of the sentence, counted once when first needed */
  words: number;
  chosen: Attribution | null;
  /** the chosen source stands for a pronoun ("He vowed …"): a later cue with a named subject may replace it */
  byPronoun: boolean;
}

function consider(state: Choice, c: Candidate): void {
  if (!c.subject) return;
  const { sentence, written, memory } = state;
  const subject = c.explicit || c.inverted ? c.subject : refine(c.subject);
  if (!c.explicit && !isPlausibleSource(subject)) return;
  if (DATA_SUBJECT.test(subject.text) && !c.explicit) return;
  const lower = subject.text.toLowerCase();
  let name = written.slice(subject.start, subject.start + subject.text.length);
  const pronoun = PRONOUNS.has(lower);
  if (pronoun || /^the [a-z]+$/.test(lower)) {
    const resolved = memory.resolve(lower);
    if (resolved) name = resolved;
    else if (lower === 'it' || lower === 'they') return;
  }
  // the sentence must say something besides its source and cue
  if (state.words < 0) state.words = countWords(sentence);
  if (state.words - countWords(c.cue) - countWords(c.subject.text) < 3 || onlyShortQuote(sentence)) return;
  memory.noteSpeaker(name);
  // "He vowed to keep trying, but the BBC's editor Jon Sopel said …": the named speaker's clause is the claim
  const chosen = state.chosen;
  const replaces = chosen !== null && state.byPronoun && !pronoun && STATEMENT_CUES.has(c.cue.toLowerCase()) && /,\s*but\s/.test(sentence.slice(0, c.at));
  if (!chosen || replaces) {
    const cue = c.cue.includes('…') ? c.cue : written.slice(c.at, c.at + c.cue.length);
    state.chosen = { name, kind: c.kind ?? sourceKind(name), cue, nameStart: subject.start, nameEnd: subject.start + subject.text.length };
    state.byPronoun = pronoun;
  }
}

/**
 * The attribution of `sentence` (normalised), or null when the author states it on their own.
 * Records the sentence's speakers in `memory`, and resolves pronouns through it. `written` is
 * the sentence as written (same length): names and cues are quoted from it.
 */
export function findAttribution(sentence: string, memory: SpeakerMemory, written: string = sentence): Attribution | null {
  memory.noteMentions(sentence);
  const cued = CUE_HINT.test(sentence);
  if (!cued && !sentence.includes('"')) return null;
  const state: Choice = { sentence, written, memory, words: -1, chosen: null, byPronoun: false };
  if (cued) for (const c of collectCandidates(sentence)) consider(state, c);
  if (!state.chosen) {
    const q = quotedSpeech(sentence);
    if (q) consider(state, q);
  }
  return state.chosen;
}
