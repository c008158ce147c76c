// Names with numbers: a number right after a capitalised word is part of a name or product
// ("iPhone 15", "Windows 11", "Chapter 11"), and a year right before a capitalised name is part
// of it ("the 2024 Global DevSecOps Report"). Used by the fallback recognizers (year, count)
// only, so a number with a unit after a name still counts ("Mojang 2 years ago").
import { stickyAt, stickyTest } from './recognizer';

/** A capitalised word before a number, as in "iPhone 15", "Windows 11", "Xbox One". */
/** (Not across a tab: "Herbert Dürr\t63" is a table row's name cell and its count cell.) */
const NAME_WORD_BEFORE = /(?<=(?:^|[\s(“"])((?:[A-Z\u00C0-\u00DE]|[a-z]+[A-Z\u00C0-\u00DE])[A-Za-z\u00C0-\u024F\d]*)[^\S\t]+)/y;
/** Capitalised words that are not names in front of a number. */
const NOT_NAMES = new Set(
  ('In On At By Of For From To Since Until Till Through Over Under About Around Nearly Almost Some Only Just Roughly ' +
    'Approximately More Less Than With Without After Before During And Or But The A An All Each Every Between Among ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec ' +
    'Now Then Still Another Top Up Down Like Per Within These Those Last First Next Its Their Our His Her My Your ' +
    'We They It There Here Below Above Exactly Maybe Perhaps Even Including Excluding Plus Minus Today Yesterday ' +
    'Tomorrow Overall Total').split(' '),
);
const THE_BEFORE = /(?<=\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Tt]his|[Tt]hat)\s+(?:[a-z]+\s+)?)/y;
const NAME_AFTER = /\s+[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F]/y;

/** Whether the number at `start` follows a name-like capitalised word ("iPhone 15"). */
export function isAfterName(text: string, start: number): boolean {
  const m = stickyAt(NAME_WORD_BEFORE, text, start);
  if (!m) return false;
  const word = m[1] ?? '';
  return !NOT_NAMES.has(word);
}

/** Whether the number `start..end` is the leading part of a proper name ("the 2024 Olympics"). */
export function isBeforeName(text: string, start: number, end: number): boolean {
  return stickyTest(THE_BEFORE, text, start) && stickyTest(NAME_AFTER, text, end);
}
