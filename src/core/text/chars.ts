// Character tests by code unit, for the hot loops that walk a sentence one character at a time
// (a one-character regex test there costs a builtin call per character on cold code).

/** Exactly the characters the regex class \s matches: ECMAScript white space and line terminators. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** `word` without a trailing possessive "'s" (the same as word.replace(/'s$/, '')). */
export function withoutPossessive(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word;
}
