// Opinion recognizer: a sentence the author marks as their own view ("In my view", "I think",
// "let's be honest", "arguably", "Personally, I ..."). Markers inside quotation marks belong to
// someone quoted, not to the author, and do not count. Works on normalised text.

// Case-sensitive with both cases of a first letter spelled out: much faster than the i flag.
const MARKERS = new RegExp(
  [
    String.raw`\b[Ii]n (?:my|our) (?:view|opinion|experience|book|estimation|judgment|judgement)\b`,
    String.raw`\b(?:I|[Ww]e) (?:really |honestly |genuinely |strongly |firmly |fully |personally |do |still )?(?:think|believe|feel|suspect|expect|agree|disagree|doubt|reckon|guess|would argue|'d argue|'d say|would say|worry|hope|prefer|preferred|suppose|imagine|bet)\b`,
    String.raw`\b[Ll]et's be (?:honest|clear|real|frank)\b`,
    String.raw`\b[Tt]o be (?:fair|honest|frank|clear)\b`,
    String.raw`\b(?:[Aa]rguably|[Uu]ndeniably|[Uu]nquestionably)\b`,
    String.raw`(?:^|[,;:-]\s*)(?:[Ff]rankly|[Hh]onestly|[Aa]dmittedly|[Pp]ersonally)\s*,`,
    String.raw`\b(?:[Oo]ur|[Mm]y) take\b`,
    String.raw`\b[Ii]f you ask me\b`,
    String.raw`\bI(?:'m| am) (?:convinced|not convinced|skeptical|sceptical|confident|sure)\b`,
    String.raw`\b[Ii]t seems to me\b`,
    String.raw`\b[Mm]ake no mistake\b`,
  ].join('|'),
  'g',
);

/** Offsets of the quoted stretches of `sentence` ("…" pairs after normalisation). */
function quotedRanges(sentence: string, openAtStart: boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  let i0 = 0;
  if (openAtStart) {
    const close = sentence.indexOf('"');
    out.push([-1, close < 0 ? sentence.length : close]);
    i0 = close < 0 ? sentence.length : close + 1;
  }
  for (let i = i0; i < sentence.length; i++) {
    if (sentence[i] !== '"') continue;
    if (open < 0) open = i;
    else {
      out.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0) out.push([open, sentence.length]);
  return out;
}

/**
 * The opinion marker of `sentence` (normalised) as written, or null. `openAtStart`: the
 * sentence begins inside a quotation opened in an earlier sentence of its paragraph.
 */
export function findOpinionMarker(sentence: string, openAtStart = false): string | null {
  const quoted = quotedRanges(sentence, openAtStart);
  MARKERS.lastIndex = 0;
  for (let m = MARKERS.exec(sentence); m; m = MARKERS.exec(sentence)) {
    const at = m.index;
    if (!quoted.some(([s, e]) => at > s && at < e)) return m[0];
  }
  return null;
}
