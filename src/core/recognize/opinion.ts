// Opinion recognizer: a sentence the author marks as their own view ("In my view", "I think",
// "let's be honest", "arguably", "Personally, I ..."). Markers inside quotation marks belong to
// someone quoted, not to the author, and do not count. Works on normalised text.

// Case-sensitive with both cases of a first letter spelled out: much faster than the i flag.
/** Markers that start at a word boundary (the \b is factored out of the alternation: much faster). */
const WORD_MARKERS = [
  String.raw`[Ii]n (?:my|our) (?:view|opinion|experience|book|estimation|judgment|judgement)\b`,
  // the adverb is matched atomically, (?=(…))\1: no verb starts where an adverb does, so the match is the
  // same, and V8 compiles an optional group before this alternation some 20 times more slowly (~12 ms)
  String.raw`(?:I|[Ww]e) (?=((?:really |honestly |genuinely |strongly |firmly |fully |personally |do |still )?))\1(?:think|believe|feel|suspect|expect|agree|disagree|doubt|reckon|guess|would argue|'d argue|'d say|would say|worry|hope|prefer|preferred|suppose|imagine|bet)\b`,
  String.raw`[Ll]et's be (?:honest|clear|real|frank)\b`,
  String.raw`[Tt]o be (?:fair|honest|frank|clear)\b`,
  String.raw`(?:[Aa]rguably|[Uu]ndeniably|[Uu]nquestionably)\b`,
  String.raw`(?:[Oo]ur|[Mm]y) take\b`,
  String.raw`[Ii]f you ask me\b`,
  String.raw`I(?:'m| am) (?:convinced|not convinced|skeptical|sceptical|confident|sure)\b`,
  String.raw`[Ii]t seems to me\b`,
  String.raw`[Mm]ake no mistake\b`,
  String.raw`[Tt]o my mind\b`,
  String.raw`(?:leaves|left|leaving|gives|gave) me (?:with )?the (?:impression|feeling|sense)\b`,
  String.raw`[Oo]ne (?:could|might|can) (?:argue|say|wonder)\b`,
  String.raw`(?:[Ii]t(?:'s| is) (?:fair|safe) to say|[Ii]t(?:'s| is) (?:hard|difficult) not to)\b`,
  String.raw`[Tt]here (?:can be|is) (?:no|little) doubt\b`,
  // the editorial first person ("one of your editor's favorite pastimes", "this writer")
  String.raw`(?:[Yy]our (?:editor|author|correspondent|humble)|[Tt]his (?:writer|columnist|reviewer))\b`,
  String.raw`(?:is|are|was|were|'s|'re) (?:frankly|honestly)\b`,
];
/** Sentence adverbs set off at the start of a clause ("Frankly, …", "…, quite honestly, …"). */
const CLAUSE_MARKERS = [
  String.raw`(?:^|[,;:-]\s*)(?:[Ff]rankly|[Hh]onestly|[Aa]dmittedly|[Pp]ersonally)\s*,`,
  String.raw`(?:^|[,;:-]\s*)(?:[Qq]uite )?(?:[Ff]rankly|[Hh]onestly)(?: speaking)?\s*[,-]`,
];
const MARKERS = new RegExp(String.raw`\b(?:${WORD_MARKERS.join('|')})|${CLAUSE_MARKERS.join('|')}`, 'g');

const FIRST_PERSON = /\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b/;

/**
 * True when a paragraph opening with `sentence` (normalised), right after a paragraph that cites
 * someone by name, is likely that speaker's words set off without quotation marks (a transcript
 * or block quote): it speaks in the first person, cites no one and has no quotation marks.
 * Opinion markers there are the speaker's, not the author's.
 */
export function opensBlockQuote(sentence: string): boolean {
  return !sentence.includes('"') && FIRST_PERSON.test(sentence);
}

/** True when offset `at` of `sentence` lies inside quotation marks (counted from the sentence start). */
function insideQuote(sentence: string, at: number, openAtStart: boolean): boolean {
  let inside = openAtStart;
  for (let q = sentence.indexOf('"'); q >= 0 && q < at; q = sentence.indexOf('"', q + 1)) inside = !inside;
  return inside;
}

/**
 * The opinion marker of `sentence` (normalised) as written, or null. `openAtStart`: the
 * sentence begins inside a quotation opened in an earlier sentence of its paragraph.
 */
export function findOpinionMarker(sentence: string, openAtStart = false): string | null {
  MARKERS.lastIndex = 0;
  for (let m = MARKERS.exec(sentence); m; m = MARKERS.exec(sentence)) {
    if (!insideQuote(sentence, m.index, openAtStart)) return m[0];
  }
  return null;
}
