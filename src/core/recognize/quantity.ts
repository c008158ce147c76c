// Quantities: a number with a unit of measure (500 megawatts · 2 nm · 1.5 GHz · 10 TB ·
// 300 miles · 8.4 pounds · 60FPS · a 300-pound cover · 50-inches), rates ([60 frames per second],
// [188 miles an hour], [three times a week]) and dimensions ([1800 x 1920]; 2,560 by [1,440 pixels]).
import type { FigureSpan } from '../model/facts';
import { rangeHighEndUntil } from './ranges';
import { stickyAt, stickyTest, type Recognizer } from './recognizer';

/** Units as written → canonical unit. Multi-word units first, so "lane miles" beats "miles". */
const UNIT_TABLE: ReadonlyArray<[string, string]> = [
  ['square (?:feet|foot|miles?|meters?|metres?|kilometers?|kilometres?)', 'sq'],
  ['sq\\.? ?(?:ft|mi|km|m)', 'sq'],
  ['cubic (?:feet|meters?|metres?)', 'cubic'],
  ['lane[ -]miles?', 'lane mile'],
  ['light[ -]years?', 'light-year'],
  ['metric tons?', 't'],
  ['miles (?:per|an) hour', 'mph'],
  ['kilometers (?:per|an) hour', 'km/h'],
  ['kilowatt[ -]hours?', 'kWh'],
  ['megawatt[ -]hours?', 'MWh'],
  ['gigawatt[ -]hours?', 'GWh'],
  ['terawatt[ -]hours?', 'TWh'],
  ['degrees? (?:fahrenheit|celsius|f|c)', 'deg'],
  ['kilobytes?|kb', 'KB'], ['megabytes?|mb|megs', 'MB'], ['gigabytes?|gb|gigs', 'GB'], ['terabytes?|tb', 'TB'],
  ['petabytes?|pb', 'PB'], ['exabytes?', 'EB'], ['bytes?', 'B'], ['bits?', 'bit'], ['megabits?', 'Mbit'], ['gigabits?', 'Gbit'],
  ['kbps|kbit/s', 'kbps'], ['mbps|mbit/s|mb/s', 'Mbps'], ['gbps|gbit/s|gb/s', 'Gbps'], ['tbps', 'Tbps'],
  ['hz|hertz', 'Hz'], ['khz|kilohertz', 'kHz'], ['mhz|megahertz', 'MHz'], ['ghz|gigahertz', 'GHz'], ['thz|terahertz', 'THz'],
  ['watts?', 'W'], ['kw|kilowatts?', 'kW'], ['mw|megawatts?', 'MW'], ['gw|gigawatts?', 'GW'], ['tw|terawatts?', 'TW'],
  ['kwh', 'kWh'], ['mwh', 'MWh'], ['gwh', 'GWh'], ['twh', 'TWh'], ['wh', 'Wh'], ['mah', 'mAh'],
  ['volts?', 'V'], ['amps?|amperes?', 'A'],
  ['nanometers?|nanometres?|nm', 'nm'], ['micrometers?|microns?', 'µm'], ['millimeters?|millimetres?|mm', 'mm'],
  ['centimeters?|centimetres?|cm', 'cm'], ['kilometers?|kilometres?|km', 'km'], ['meters?|metres?', 'm'],
  ['miles?', 'mi'], ['feet|foot|ft', 'ft'], ['inches|inch', 'in'], ['yards?', 'yd'],
  ['stories|storeys|story|storey', 'storey'], ['acres?', 'acre'], ['hectares?', 'ha'],
  ['pounds?|lbs?', 'lb'], ['ounces?|oz', 'oz'], ['kilograms?|kilos?|kg', 'kg'], ['milligrams?|mg', 'mg'], ['grams?', 'g'],
  ['tons?|tonnes?|megatons?', 't'],
  ['liters?|litres?', 'L'], ['milliliters?|ml', 'mL'], ['gallons?', 'gal'], ['barrels?', 'bbl'],
  ['mph', 'mph'], ['kph|km/h', 'km/h'], ['knots?', 'kn'],
  ['degrees?|°[fc]?', 'deg'], ['fahrenheit', 'degF'], ['celsius', 'degC'],
  ['teraflops|tflops', 'TFLOPS'], ['petaflops|pflops', 'PFLOPS'], ['exaflops', 'EFLOPS'], ['gigaflops|gflops', 'GFLOPS'], ['flops', 'FLOPS'],
  ['fps', 'fps'], ['megapixels?|mp', 'MP'], ['pixels?|px', 'px'], ['calories|kcal', 'kcal'],
];

/** Each way of writing a unit, split at the top-level "|" of its row: [source, row index]. */
const UNIT_WAYS: ReadonlyArray<[string, number]> = UNIT_TABLE.flatMap(([src], row) => {
  const ways: Array<[string, number]> = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= src.length; i++) {
    const ch = src.charAt(i);
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if ((ch === '|' && depth === 0) || i === src.length) {
      ways.push([src.slice(start, i), row]);
      start = i + 1;
    }
  }
  return ways;
});
/** The letter a unit opens with, after an optional space or hyphen ("500 megawatts", "12GB", "300-pound"). */
const NEXT_LETTER = /(?:\s?|-)([A-Za-z°µ])/y;

interface UnitMatcher {
  re: RegExp;
  /** row index for each capture group (group i + 1) */
  rows: number[];
}
/** One small sticky regex per opening letter, compiled the first time that letter follows a number. */
const unitMatchers = new Map<string, UnitMatcher | null>();

function unitMatcher(letter: string): UnitMatcher | null {
  let matcher = unitMatchers.get(letter);
  if (matcher !== undefined) return matcher;
  const ways = UNIT_WAYS.filter(([src]) => src.charAt(0).toLowerCase() === letter);
  matcher = ways.length === 0 ? null : {
    re: new RegExp(`(?:\\s?|-)(?:${ways.map(([src]) => `(${src.replace(/\((?!\?)/g, '(?:')})`).join('|')})(?![A-Za-z\\d])`, 'iy'),
    rows: ways.map(([, row]) => row),
  };
  unitMatchers.set(letter, matcher);
  return matcher;
}

/** The unit right after `at`: where it ends and its canonical name, or null. */
function unitAt(text: string, at: number): { end: number; unit: string } | null {
  const letter = stickyAt(NEXT_LETTER, text, at)?.[1];
  if (letter === undefined) return null;
  const matcher = unitMatcher(letter.toLowerCase());
  const m = matcher && stickyAt(matcher.re, text, at);
  if (!matcher || !m) return null;
  const group = m.findIndex((g, i) => i > 0 && g !== undefined);
  return { end: matcher.re.lastIndex, unit: UNIT_TABLE[matcher.rows[group - 1] ?? -1]?.[1] ?? '' };
}
/** A rate on a unit or a counted noun: "per second", "an hour", "a week". */
const RATE_AFTER = /\s+(?:per|an?|\/)\s*(second|minute|hour|day|week|month|year)\b/iy;
const NOUN_RATE_AFTER = /\s+(frames|times|words|pages|requests|queries|images|tokens|instructions)\s+(?:per|an?|a)\s+(second|minute|hour|day|week|month|year)\b/iy;
/** "1800 x 1920" dimensions; "2,560 by 1,440 pixels" lends the unit to its first number. */
const TIMES_DIMENSION = /\s?[x×]\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?(?:pixels?|px|mm|cm|in|inches|feet|ft|m))?\b/iy;
/** Cheap gate for TIMES_DIMENSION: an "x" or "×" right after the number or one space. */
function mayBeTimes(text: string, at: number): boolean {
  const c = text.charAt(text.charAt(at) === ' ' ? at + 1 : at);
  return c === 'x' || c === 'X' || c === '×';
}
const BY_DIMENSION = /\s+by\s+(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s?(pixels?|px|mm|cm|inches|feet|ft|meters?|metres?|miles?|km)\b/iy;

/** The canonical name of a unit written on its own ("pixels" → "px"). */
function canonical(written: string): string {
  return unitAt(written, 0)?.unit ?? written;
}

/** "into the 50s" (a range of tens, as temperatures or ages are given). */
const TENS_AFTER = /s\b/y;

export const recognizeQuantity: Recognizer = (text, token) => {
  if (token.form === 'digit-class') return quantity(token.start, token.end, token.value ?? 1, 'digits', true);
  if (token.form === 'digits' && !token.scaled && /^[1-9]0$/.test(text.slice(token.start, token.end)) && stickyTest(TENS_AFTER, text, token.end)) {
    return quantity(token.start, TENS_AFTER.lastIndex, token.value ?? 0, null, true);
  }
  if (token.value === null || token.form === 'fold' || token.form === 'fraction' || token.form === 'article-unit') return null;
  const unit = unitAt(text, token.end);
  if (unit) {
    let end = unit.end;
    let name = unit.unit;
    const rate = stickyAt(RATE_AFTER, text, end);
    if (rate) {
      end = RATE_AFTER.lastIndex;
      name = `${name}/${rate[1]?.toLowerCase()}`;
    }
    return quantity(token.start, end, token.value, name, token.approx);
  }
  // "5 to 10 miles": the low end takes the unit
  const highEnd = token.form === 'digits' || token.form === 'words' ? rangeHighEndUntil(text, token.end) : -1;
  const range = highEnd >= 0 ? unitAt(text, highEnd) : null;
  if (range) return quantity(token.start, token.end, token.value, range.unit, token.approx);
  const nounRate = stickyAt(NOUN_RATE_AFTER, text, token.end);
  if (nounRate) {
    return quantity(token.start, NOUN_RATE_AFTER.lastIndex, token.value, `${nounRate[1]?.toLowerCase()}/${nounRate[2]?.toLowerCase()}`, token.approx);
  }
  if (token.form !== 'digits') return null;
  if (mayBeTimes(text, token.end) && stickyTest(TIMES_DIMENSION, text, token.end)) return quantity(token.start, TIMES_DIMENSION.lastIndex, token.value, 'px', false);
  const by = stickyAt(BY_DIMENSION, text, token.end);
  if (by) return quantity(token.start, token.end, token.value, canonical(by[1] ?? ''), false);
  return null;
};

function quantity(start: number, end: number, value: number, unit: string | null, approx: boolean): FigureSpan {
  return { start, end, kind: 'quantity', value, unit, approx };
}

/** Example sentences the test runs through the whole figure finder. */
export const QUANTITY_EXAMPLES: ReadonlyArray<{ text: string; figures: ReadonlyArray<{ text: string; unit: string }> }> = [
  { text: 'The site draws 500 megawatts for 2 nm chips at 1.5 GHz with 10 TB of disk.', figures: [{ text: '500 megawatts', unit: 'MW' }, { text: '2 nm', unit: 'nm' }, { text: '1.5 GHz', unit: 'GHz' }, { text: '10 TB', unit: 'TB' }] },
  { text: 'It runs at 60 frames per second, weighs 8.4 pounds and flies 188 miles an hour.', figures: [{ text: '60 frames per second', unit: 'frames/second' }, { text: '8.4 pounds', unit: 'lb' }, { text: '188 miles an hour', unit: 'mph' }] },
  { text: 'A 300-pound cover, a 3.5mm jack and 12GB of RAM at 60FPS.', figures: [{ text: '300-pound', unit: 'lb' }, { text: '3.5mm', unit: 'mm' }, { text: '12GB', unit: 'GB' }, { text: '60FPS', unit: 'fps' }] },
  { text: 'A resolution of 1800 x 1920 per eye; I play at 2,560 by 1,440 pixels.', figures: [{ text: '1800 x 1920', unit: 'px' }, { text: '2,560', unit: 'px' }, { text: '1,440 pixels', unit: 'px' }] },
];
