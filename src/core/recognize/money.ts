// Money: a currency sign or code before the number ($38 billion, US$1.2 trillion, €2.5m,
// £ 8.10 million) or a currency word after it (38 billion dollars, 34 cents, 50 euros), and
// the "-dollar" compounds (trillion-dollar, billion-dollar, multibillion-dollar).
// The value is in whole currency units with an ISO-4217 code as unit.
import type { FigureSpan } from '../model/facts';
import { before, stickyAt, type Recognizer } from './recognizer';

const SIGN_BEFORE =
  /(?<![A-Za-z])((?:US|U\.S\.|C|CA|A|AU|NZ|HK|S|NT|R|MX|MEX|USD|CAD|AUD|NZD|HKD|SGD|MXN)\$|(?:US|HK|C|MEX)\s\$|\$|€|£|¥|₹|₩|₽|₺|₪|₿|₡|₾|₭|(?:USD|EUR|GBP|JPY|CNY|RMB|INR|CAD|AUD|CHF|HKD|SGD|MXN|BTC|Rs\.?)\s?)\s?$/i;
/** A currency sign written after the amount: "10 €", "100₾". */
const SIGN_AFTER = /\s?([$€£¥₹₩₽₺₪₿₡₾₭])/y;
const DOLLAR_PREFIX_ISO: Record<string, string> = {
  '': 'USD', US: 'USD', 'U.S.': 'USD', C: 'CAD', CA: 'CAD', A: 'AUD', AU: 'AUD', NZ: 'NZD', HK: 'HKD', S: 'SGD',
  NT: 'TWD', R: 'BRL', MX: 'MXN', MEX: 'MXN',
};
const SYMBOL_ISO: Record<string, string> = {
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₪': 'ILS', '₿': 'BTC',
  '₡': 'CRC', '₾': 'GEL', '₭': 'LAK', RMB: 'CNY', RS: 'INR', 'RS.': 'INR',
};

/** ISO-4217 code of a sign or code as written before or after an amount. */
function isoOfSign(sign: string): string {
  const code = sign.replace(/\s/g, '').toUpperCase();
  if (code.endsWith('$')) {
    const prefix = code.slice(0, -1);
    return DOLLAR_PREFIX_ISO[prefix] ?? (prefix.length === 3 ? prefix : 'USD');
  }
  return SYMBOL_ISO[code] ?? code;
}

/** "m"/"b" right after a signed amount mean million/billion ("$5m", "£2b"). */
const SHORT_SCALE_AFTER = /(m|b)\b/y;
/** Currency words after the amount: "dollars", "-dollar", "euros", "cents", "USD". */
const WORD_AFTER =
  /(?:\s+|-|(?=[A-Z]{3}\b))((?:(?:US|U\.S\.|Canadian|Australian|Hong\s+Kong|New\s+Zealand|Singapore|Taiwan|Swiss|Chinese|Turkish|Mexican|Indian|Japanese|Russian)\s+)?(?:dollars?|francs?|yuan|lira|pesos?|rupees?|yen|rubles?|roubles?)|euros?|pounds\s+sterling|sterling|renminbi|rmb|bitcoins?|btc|cents?|pence|penny|pennies|bucks|USD|EUR|GBP|JPY|CNY|CAD|AUD|CHF|INR)\b/iy;
const WORD_ISO: Array<[RegExp, string]> = [
  [/canadian/i, 'CAD'], [/australian/i, 'AUD'], [/hong/i, 'HKD'], [/zealand/i, 'NZD'], [/singapore/i, 'SGD'],
  [/taiwan/i, 'TWD'], [/swiss|franc/i, 'CHF'], [/lira|turkish/i, 'TRY'], [/mexican|peso/i, 'MXN'], [/bitcoin|btc/i, 'BTC'], [/pence|penny|pennies/i, 'GBP'], [/dollar|bucks|cent/i, 'USD'], [/euro/i, 'EUR'], [/pound|sterling/i, 'GBP'], [/yen/i, 'JPY'],
  [/yuan|renminbi|rmb|chinese/i, 'CNY'], [/rupee/i, 'INR'], [/ruble|rouble/i, 'RUB'], [/franc/i, 'CHF'], [/peso/i, 'MXN'],
];

function isoOfWord(word: string): string {
  if (/^[A-Z]{3}$/.test(word) && word !== 'RMB' && word !== 'BTC') return word;
  for (const [re, iso] of WORD_ISO) if (re.test(word)) return iso;
  return 'USD';
}

export const recognizeMoney: Recognizer = (text, token) => {
  if (token.form === 'fraction' || token.form === 'fold' || token.form === 'article-unit') return null;
  const sign = SIGN_BEFORE.exec(before(text, token.start, 8));
  if (sign && token.form !== 'vague') {
    let value = token.value;
    let end = token.end;
    if (!token.scaled && value !== null) {
      const short = stickyAt(SHORT_SCALE_AFTER, text, end);
      if (short) {
        value *= short[1] === 'm' ? 1e6 : 1e9;
        end = SHORT_SCALE_AFTER.lastIndex;
      }
    }
    return money(token.start - sign[0].length, end, value, isoOfSign(sign[1] ?? '$'), token.approx);
  }
  const after = token.form === 'digits' ? stickyAt(SIGN_AFTER, text, token.end) : null;
  if (after) return money(token.start, SIGN_AFTER.lastIndex, token.value, isoOfSign(after[1] ?? '$'), token.approx);
  const word = stickyAt(WORD_AFTER, text, token.end);
  if (word) {
    const w = word[1] ?? '';
    // "a billion-dollar deal": the article belongs to "deal", not to the amount
    let start = token.start;
    if (token.form === 'article' && word[0].startsWith('-')) start = text.indexOf(' ', token.start) + 1;
    const isCents = /^(?:cents?|pence|penny|pennies)$/i.test(w);
    const value = token.value === null ? null : isCents ? token.value / 100 : token.value;
    return money(start, WORD_AFTER.lastIndex, value, isoOfWord(w), token.approx);
  }
  return null;
};

function money(start: number, end: number, value: number | null, unit: string, approx: boolean): FigureSpan {
  return { start, end, kind: 'money', value, unit, approx };
}

/** Example sentences the test runs through the whole figure finder. */
export const MONEY_EXAMPLES: ReadonlyArray<{ text: string; figures: ReadonlyArray<{ text: string; value: number | null; unit: string }> }> = [
  { text: 'Amazon has struck a $38 billion deal.', figures: [{ text: '$38 billion', value: 38e9, unit: 'USD' }] },
  { text: 'It raised €2.5m and US$1.2 trillion was at stake.', figures: [{ text: '€2.5m', value: 2.5e6, unit: 'EUR' }, { text: 'US$1.2 trillion', value: 1.2e12, unit: 'USD' }] },
  { text: 'In the context of trillion-dollar tech giants, 38 billion dollars is small.', figures: [{ text: 'trillion-dollar', value: 1e12, unit: 'USD' }, { text: '38 billion dollars', value: 38e9, unit: 'USD' }] },
  { text: 'Closing a billion-dollar deal costs 34 cents a share.', figures: [{ text: 'billion-dollar', value: 1e9, unit: 'USD' }, { text: '34 cents', value: 0.34, unit: 'USD' }] },
  { text: 'A decent one costs between $600 and $800.', figures: [{ text: '$600', value: 600, unit: 'USD' }, { text: '$800', value: 800, unit: 'USD' }] },
];
