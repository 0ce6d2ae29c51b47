import type { Compensation, PayPeriod } from '../../shared/draft/draft-schema';

// Pay as postings write it: `$140,000–$170,000`, `€70k – €90k per year`, `$65/hr`, `USD 120,000 - 150,000`,
// `$145,000/year - $165,000/year`, `70.000 € bis 90.000 €`. A number without a currency is not pay.

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', CHF: 'CHF' };
const CODE = '(?:USD|EUR|GBP|CAD|AUD|CHF|SEK|NOK|DKK|PLN|INR|JPY|SGD|NZD|BRL|MXN)';
const PREFIX = `(?:(?:US|CA|AU|NZ|S)?\\$|€|£|${CODE}\\s?\\$?)`;
const AMOUNT = '\\d{1,3}(?:[,.\\s]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d+)?\\s?[kK]?';
const UNIT = '\\+?(?:\\s?/\\s?(?:year|yr|annum|hour|hr|month|mo|week|day))?';
const SEPARATOR = '\\s*(?:-|–|—|~|to|and|bis|à|a|tot)\\s*';
const MONEY = `(?:${PREFIX}\\s?(?:${AMOUNT})(?:\\s?${CODE})?${UNIT}|(?:${AMOUNT})\\s?(?:€|£|${CODE})${UNIT})`;
const RANGE = new RegExp(`(${MONEY})(?:${SEPARATOR}(${MONEY}|${PREFIX}?\\s?(?:${AMOUNT})))?`, 'iu');

const PERIODS: [PayPeriod, RegExp][] = [
  ['HOUR', /\b(?:per hour|an hour|hourly|\/\s?h(?:ou)?r|pro stunde|par heure|por hora|per uur)\b/i],
  ['DAY', /\b(?:per day|a day|daily|day rate|\/\s?day|pro tag|par jour|por día|per dag)\b/i],
  ['WEEK', /\b(?:per week|a week|weekly|\/\s?week)\b/i],
  ['MONTH', /\b(?:per month|a month|monthly|\/\s?mo(?:nth)?|pro monat|par mois|al mes|per maand)\b/i],
  [
    'YEAR',
    /\b(?:per year|a year|annual(?:ly)?|per annum|p\.?a\.?|yearly|\/\s?y(?:ea)?r|pro jahr|brutto|par an|al año|per jaar|jaarlijks)\b/i,
  ],
];

function currencyOf(money: string): string | null {
  const code = new RegExp(CODE, 'i').exec(money);
  if (code) return code[0].toUpperCase();
  if (/CA\$/.test(money)) return 'CAD';
  if (/AU\$/.test(money)) return 'AUD';
  if (/NZ\$/.test(money)) return 'NZD';
  if (/S\$/.test(money)) return 'SGD';
  for (const [symbol, currency] of Object.entries(SYMBOLS)) if (money.includes(symbol)) return currency;
  return null;
}

function amountOf(money: string): number | null {
  const match = new RegExp(AMOUNT).exec(money.replace(/^[^\d]*/, ''));
  if (!match) return null;
  let text = match[0].replace(/\s/g, '');
  const thousands = /k$/i.test(text);
  text = text.replace(/k$/i, '');
  // 140,000 and 140.000 are both thousands; 65.50 is cents.
  if (/^\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?$/.test(text)) {
    const cents = /[.,]\d{1,2}$/.exec(text);
    const whole = (cents ? text.slice(0, -cents[0].length) : text).replace(/[,.]/g, '');
    text = cents ? `${whole}.${cents[0].slice(1)}` : whole;
  } else text = text.replace(',', '.');
  const value = Number(text) * (thousands ? 1000 : 1);
  return Number.isFinite(value) ? value : null;
}

export interface FoundPay {
  compensation: Compensation;
  /** The words that said it, as written. */
  match: string;
}

export function findPay(line: string): FoundPay | null {
  const found = RANGE.exec(line);
  if (!found) return null;
  // "$100 billion annually" is a company's turnover, not a salary.
  if (/^\s*(?:billion|million|bn|mn|m|b)\b/i.test(line.slice(found.index + found[0].length))) return null;
  const currency = currencyOf(found[1]!) ?? (found[2] ? currencyOf(found[2]) : null);
  const min = amountOf(found[1]!);
  const max = found[2] ? amountOf(found[2]) : min;
  if (!currency || min === null || max === null || min <= 0) return null;
  const rest = line.slice(found.index);
  let period = PERIODS.find(([, pattern]) => pattern.test(rest) || pattern.test(line))?.[0];
  // Without a word for the period, the size of the figure says it.
  period ??= min >= 5000 ? 'YEAR' : min < 500 ? 'HOUR' : undefined;
  if (!period) return null;
  const [low, high] = min <= max ? [min, max] : [max, min];
  if (high > 1e9) return null;
  return { compensation: { currency, min: low, max: high, period }, match: found[0] };
}
