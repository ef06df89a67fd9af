import { nameOpeningInitials } from './name-opening-initials.js';
import { indexBetween } from './speaker-names.js';

// the name's first place in the text as a whole name, then (read from its end) "and", at most two trade words and
// a company's legal ending: "Keel Mining and Smelting Co Ltd", "Dunmore Savings and Loan Association", "Baring
// Sons and Co"
const NAME_OPENS = /(?<![\p{L}\p{N}'’&.-])/uy;
const NAME_ENDS = /(?![\p{L}\p{N}'’&-])/uy;
// ("Tarn Oil and Gas plc": a wire's lower-case "plc" a legal ending too)
const AND_REST =
  /([ \t]+and[ \t]+((?:\p{Lu}[\p{L}-]*[ \t]+){0,2})(?:Corp|Corporation|Co|Company|Inc|Ltd|Plc|PLC|plc|LP|Association|Partnership)\b(?:[ \t]+(?:Corp|Co|Inc|Ltd|Plc|PLC|plc)\b)*)?/uy;

const LEGAL_ENDING = /^(?:Corp|Corporation|Co|Company|Inc|Ltd|Plc|PLC|plc|LP)$/;

// what a company says it makes or does, the words its name goes on with after "and" ("Brightwell Foods and
// Dunmore Ltd" are two companies)
const TRADE_WORDS = new Set([
  'chemical',
  'chemicals',
  'electric',
  'electronics',
  'engineering',
  'exploration',
  'gas',
  'investment',
  'light',
  'loan',
  'manufacturing',
  'mining',
  'oil',
  'power',
  'refining',
  'rubber',
  'shipbuilding',
  'smelting',
  'steel',
  'telegraph',
  'trust',
]);

/**
 * An organisation's name that the entities stage cut at "and": "Keel Mining" where the text first writes
 * "Keel Mining and Smelting Co Ltd" → the whole name. Only when the name's first place in the text goes on
 * with "and", at most two trade words and a company's legal ending ("Norvel and Dunmore Corp" are two
 * companies); null otherwise.
 */
export function organisationAndName(speaker: string, text: string): string | null {
  if (!/^\p{Lu}/u.test(speaker) || / and /.test(speaker)) return null;
  // (a search for the name followed by "and" first: the pattern, built per name and run over the whole text,
  // was a tenth of the link stage)
  if (!someOccurrenceThenAnd(speaker, text)) return null;
  const at = indexBetween(text, speaker, NAME_OPENS, NAME_ENDS);
  if (at < 0) return null;
  AND_REST.lastIndex = at + speaker.length;
  const first = AND_REST.exec(text);
  if (!first?.[1]) return null;
  const trade = (first[2] ?? '').split(/\s+/).filter(Boolean);
  if (!trade.every((w) => TRADE_WORDS.has(w.toLowerCase()) || LEGAL_ENDING.test(w))) return null;
  // ("Frank B. Hall and Co Inc": the first name and initials before it too)
  const from = nameOpeningInitials(text, at);
  return `${text.slice(from, at).replace(/\s+/g, ' ')}${speaker}${first[1].replace(/\s+/g, ' ')}`;
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** True when some place of `name` in `text` goes on with blanks, "and" and a blank. */
function someOccurrenceThenAnd(name: string, text: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    let k = i + name.length;
    if (!isBlank(text[k])) continue;
    while (isBlank(text[k])) k++;
    if (text.startsWith('and', k) && isBlank(text[k + 3])) return true;
  }
  return false;
}
