// Finds who an attribution cue points at, as written in the sentence: the subject before the
// cue ("Industry insiders say"), the name after it ("said Patrick McHugh, vice president"), the
// name before an appositive ("Ajmi Lourimi, a member of ..., said"), and whether a phrase can
// be a source at all (not "we", not "74% of respondents", not "no group").
import {
  CLAUSE_WORDS, DETERMINERS, FIRST_PERSON, INDEFINITE_SUBJECTS, SOURCE_NOUNS, TITLE_WORDS, VERB_PADDING,
} from './attribution-lexicon';
import { capitalisedRuns, looksLikePerson, withoutTitles, type NameRun } from './attribution-names';
import { isWhiteSpace } from '../text/chars';

/** A stretch of the sentence: its text and where it starts. */
export interface Phrase {
  text: string;
  start: number;
}

const BOUNDARY_RE = /[,;:"()[\]]|\s-{1,2}\s/g;
export const DATA_SUBJECT = /(?<![A-Za-z0-9])\d|%|\bpercent\b|\b(?:half|quarters?|thirds?|majority|minority)\b/i;
const NOT_A_SUBJECT_START = new Set(['of', 'in', 'for', 'to', 'with', 'from', 'on', 'at', 'by', 'no', 'none', 'nobody', 'neither', 'nor']);
const LEADING_FILLER = new Set(['both', 'either', 'also', 'even', 'still', 'now', 'then', 'so', 'thus', 'meanwhile']);
export const PRONOUNS = new Set(['he', 'she', 'it', 'they']);
export const RELATIVES = new Set(['which', 'who', 'that']);
const DOC_HEADS = new Set(['analysis', 'report', 'post', 'study', 'story', 'article', 'survey', 'statement', 'interview', 'review', 'piece', 'column', 'data', 'filing', 'research', 'poll']);

/** Words ending in -ly that are nouns, not adverbs ("his family believe"). */
const LY_NOUNS = new Set(['family', 'ally', 'rally', 'assembly', 'supply', 'monopoly', 'anomaly', 'bully', 'italy', 'july', 'fly']);

export function lastWordOf(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) <= 32) end--;
  let start = end;
  while (start > 0 && s.charCodeAt(start - 1) > 32) start--;
  return s.slice(start, end);
}

export function wordsOf(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

const NON_SPACE_RUN = /\S+/g;

/** How many words `wordsOf(s)` would return, without building them. */
export function wordCountOf(s: string): number {
  NON_SPACE_RUN.lastIndex = 0;
  let n = 0;
  while (NON_SPACE_RUN.test(s)) n++;
  return n;
}

/** A letter or digit of [A-Za-z0-9], Latin-1 and Latin Extended letters (no × or ÷). */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
const CLITICS = new Set(['s', 'd', 've', 'll', 're', 'm']);

/** The word lower-cased, without surrounding punctuation or a clitic ("Reuters'," → "reuters", "he's" → "he"). */
export function bare(word: string): string {
  const lower = word.toLowerCase();
  let start = 0;
  let end = lower.length;
  while (start < end && !isWordCode(lower.charCodeAt(start))) start++;
  while (end > start && !isWordCode(lower.charCodeAt(end - 1))) end--;
  const w = start === 0 && end === lower.length ? lower : lower.slice(start, end);
  const q = w.lastIndexOf("'");
  return q > 0 && CLITICS.has(w.slice(q + 1)) ? w.slice(0, q) : w;
}

/** Drops the auxiliaries and adverbs between a subject and its verb from the end of `pre`. */
export function stripPadding(pre: string): string {
  let out = pre.trimEnd();
  for (;;) {
    // the last word, found from the end (an end-anchored regex would scan the whole clause)
    let start = out.length;
    while (start > 0 && !isWhiteSpace(out.charCodeAt(start - 1))) start--;
    const word = out.slice(start);
    if (!word || endsWithOneOf(word, ',"') || !(VERB_PADDING.has(bare(word)) || (/^[a-z\u00DF-\u00F6\u00F8-\u00FF]+ly$/.test(word) && !LY_NOUNS.has(word)))) return out;
    out = out.slice(0, start).trimEnd();
  }
}

/** True when the last character of `s` that is not white space is one of `chars`. */
export function endsWithOneOf(s: string, chars: string): boolean {
  let end = s.length;
  while (end > 0 && isWhiteSpace(s.charCodeAt(end - 1))) end--;
  return end > 0 && chars.includes(s[end - 1]!);
}

/** `s` without trailing white space and commas. */
export function trimEndCommas(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === ',' || isWhiteSpace(s.charCodeAt(end - 1)))) end--;
  return end === s.length ? s : s.slice(0, end);
}

export function lastBoundary(s: string): number {
  let at = -1;
  BOUNDARY_RE.lastIndex = 0;
  for (let m = BOUNDARY_RE.exec(s); m; m = BOUNDARY_RE.exec(s)) at = m.index + m[0].length;
  return at;
}

export function phrase(sentence: string, start: number, end: number): Phrase | null {
  while (start < end && /[\s"'(]/.test(sentence[start] ?? '')) start++;
  while (end > start && /[\s"',.;:)]/.test(sentence[end - 1] ?? '')) end--;
  return end > start ? { text: sentence.slice(start, end), start } : null;
}

/** The person's name in a run, titles dropped, as written ("Prime Minister Habib Essid" → "Habib Essid"). */
export function personPhrase(run: NameRun): Phrase {
  const words = withoutTitles(run);
  const at = words.length === run.words.length ? 0 : run.text.lastIndexOf(words[0]!, run.text.length - words.join(' ').length);
  const offset = Math.max(0, at);
  return { text: run.text.slice(offset), start: run.start + offset };
}

/** Narrows a subject phrase to its source: "one analysis from Ars Technica" → "Ars Technica". */
export function refine(p: Phrase): Phrase {
  const doc = /^(?:(?:a|an|the|one|another)\s+)?(?:\S+\s+)?(\S+)\s+(?:from|by|at|in|on)\s+(.+)$/i.exec(p.text);
  if (doc && DOC_HEADS.has(bare(doc[1]!)) && /^[A-Z\u00C0-\u00D6\u00D8-\u00DE]/.test(doc[2]!.replace(/^the\s+/i, ''))) {
    const name = doc[2]!;
    return { text: name, start: p.start + p.text.length - name.length };
  }
  const runs = capitalisedRuns(p.text);
  const last = runs[runs.length - 1];
  if (last && last.end === p.text.length) {
    const person = withoutTitles(last);
    if (looksLikePerson(person) && person.length < wordCountOf(p.text)) {
      const name = personPhrase(last);
      return { text: name.text, start: p.start + name.start };
    }
  }
  return p;
}

/** The subject written before the cue, or null when the cue's subject is not right before it. */
export function subjectBefore(sentence: string, pre: string): Phrase | null {
  const trimmed = stripPadding(pre);
  if (!trimmed || endsWithOneOf(trimmed, ',"(:;-')) return null;
  const chunkStart = lastBoundary(trimmed);
  const from = chunkStart < 0 ? 0 : chunkStart;
  const chunk = trimmed.slice(from);
  const words = wordsOf(chunk);
  const lastWord = bare(words[words.length - 1] ?? '');
  if (PRONOUNS.has(lastWord) || FIRST_PERSON.has(lastWord) || lastWord === 'you') {
    return phrase(sentence, trimmed.length - (words[words.length - 1] ?? '').length, trimmed.length);
  }
  if (RELATIVES.has(lastWord)) {
    // "ZeniMax Media, which accuses": the antecedent is the name just before the relative
    const before = trimEndCommas(trimmed.slice(0, trimmed.length - lastWord.length));
    const runs = capitalisedRuns(before);
    const run = runs[runs.length - 1];
    if (!run || run.end !== before.length) return null;
    // "James Lankford, an Oklahoma Republican who warned": the person the appositive describes
    if (/(?:^|\s)(?:a|an)\s+$/i.test(before.slice(0, run.start))) return subjectBeforeAppositive(sentence, before.slice(0, before.lastIndexOf(',', run.start) + 1));
    return phrase(sentence, run.start, run.end);
  }
  if (lastWord === 'and' || lastWord === 'but') {
    // "Josh Earnest condemned the attack and said": the subject of the coordinated verbs
    const runs = capitalisedRuns(chunk);
    // the clause must open with the name, perhaps after a title ("press secretary Josh Earnest")
    const firstRun = runs[0];
    if (!firstRun) return null;
    const opening = wordsOf(chunk.slice(0, firstRun.start)).map(bare);
    if (!opening.every((w) => DETERMINERS.has(w) || TITLE_WORDS.has(w) || SOURCE_NOUNS.has(w) || w === 'press')) return null;
    const run = runs.find((r) => looksLikePerson(withoutTitles(r))) ?? firstRun;
    return phrase(sentence, from + run.start, from + run.end);
  }
  // keep the words after the last clause word ("but Microsoft", "As analysts")
  const firstWord = bare(words[0] ?? '');
  let keepFrom = 0;
  if (!INDEFINITE_SUBJECTS.has(firstWord)) {
    for (let k = words.length - 1; k >= 0; k--) {
      if (CLAUSE_WORDS.has(bare(words[k]!))) {
        keepFrom = k + 1;
        break;
      }
    }
  }
  if (keepFrom >= words.length) return null;
  while (keepFrom < words.length - 1 && LEADING_FILLER.has(bare(words[keepFrom]!))) keepFrom++;
  const kept = words.slice(keepFrom).join(' ');
  const keptStart = from + chunk.lastIndexOf(kept);
  if (wordCountOf(kept) > 12) return null;
  return phrase(sentence, keptStart, keptStart + kept.length);
}

/** "said Patrick McHugh, vice president ..." → "Patrick McHugh"; "said the officials, who" → "the officials". */
export function subjectAfter(sentence: string, postStart: number): Phrase | null {
  const post = sentence.slice(postStart);
  const lead = /^\s+/.exec(post)?.[0].length ?? 0;
  const rest = post.slice(lead);
  const runs = capitalisedRuns(rest);
  const first = runs[0];
  if (first && first.start === 0) {
    // the name must end its clause ("said Patrick McHugh, vice president"), not start one ("said Yoon's ...")
    if (first.text.endsWith("'s") || !/^(?:\s*[,.;:!?)"]|\s*$|\s+(?:of|who|from|at|in)\b)/.test(rest.slice(first.end))) return null;
    const person = looksLikePerson(withoutTitles(first)) ? personPhrase(first) : { text: first.text, start: 0 };
    return phrase(sentence, postStart + lead + person.start, postStart + lead + first.end);
  }
  // "wrote user jayk1984", "said analyst Jane Doe"
  const role = /^([a-z]+)\s+(\S*\d\S*|[A-Z][^\s,.;:!?"()]*(?:\s+[A-Z][^\s,.;:!?"()]*)*)(?=[\s,.;:!?"]|$)/.exec(rest);
  if (role && (SOURCE_NOUNS.has(role[1]!) || TITLE_WORDS.has(role[1]!))) return phrase(sentence, postStart + lead, postStart + lead + role[0].length);
  const m = /^(?:the|a|an)\s+[^,.;:!?"()]+/i.exec(rest);
  if (!m) return null;
  const cut = m[0].replace(/\s(?:who|which|that|as|in|on|at|after|before|when|while)\s.*$/i, '');
  if (wordCountOf(cut) > 7) return null;
  return phrase(sentence, postStart + lead, postStart + lead + cut.length);
}

/** "Ajmi Lourimi, a member of ..., said": the name before the appositive or relative clause. */
export function subjectBeforeAppositive(sentence: string, pre: string): Phrase | null {
  const trimmed = trimEndCommas(stripPadding(pre));
  const parts = trimmed.split(',');
  let offset = trimmed.length;
  for (let k = parts.length - 1; k >= 0; k--) {
    const part = parts[k]!;
    offset -= part.length + (k < parts.length - 1 ? 1 : 0);
    const t = part.trim().replace(/^["'(]+\s*/, '');
    if (!t) continue;
    const first = bare(wordsOf(t)[0] ?? '');
    if (RELATIVES.has(first) || first === 'a' || first === 'an' || !/^[A-Z\u00C0-\u00D6\u00D8-\u00DE]/.test(t)) continue;
    const runs = capitalisedRuns(t);
    const person = runs.find((r) => looksLikePerson(withoutTitles(r)));
    const run = person ?? (runs[0]?.start === 0 ? runs[0] : undefined);
    if (!run) continue;
    const base = offset + part.indexOf(t);
    return phrase(sentence, base + run.start, base + run.end);
  }
  return null;
}

export function isPlausibleSource(p: Phrase): boolean {
  const words = wordsOf(p.text);
  const lower = words.map(bare);
  if (lower.length === 1 && (FIRST_PERSON.has(lower[0]!) || lower[0] === 'you')) return false;
  if (DATA_SUBJECT.test(p.text)) return false;
  if (lower.length === 1 && PRONOUNS.has(lower[0]!)) return true;
  // "of respondents whose ...": the tail of a partitive ("74% of respondents"); "no group"
  if (NOT_A_SUBJECT_START.has(lower[0]!)) return false;
  if (INDEFINITE_SUBJECTS.has(lower[0]!)) return true;
  const head = lower[lower.length - 1] ?? '';
  if (SOURCE_NOUNS.has(head)) return true;
  // "the project page for the fork": the head comes before its complement
  const complement = lower.findIndex((w, k) => k > 0 && /^(?:for|of|on|about)$/.test(w));
  if (complement > 0 && SOURCE_NOUNS.has(lower[complement - 1]!)) return true;
  // "user jayk1984", "analyst Jane Doe": a role and a handle or name
  if (lower.length <= 4 && (SOURCE_NOUNS.has(lower[0]!) || TITLE_WORDS.has(lower[0]!)) && /\d|[A-Z]/.test(words.slice(1).join(' '))) return true;
  return capitalisedRuns(p.text).length > 0;
}
