import { cachedRegExp, escapeRegExp } from './speaker-names.js';

// a company's legal form, as a wire writes it after the name
const LEGAL_FORM = String.raw`(?:Inc|Corp|Corporation|Co|Ltd|Plc|PLC|plc|LLC|SA|AG|NV)\b\.?(?:\s+(?:Inc|Ltd|Corp)\b\.?)?`;
// words a company's name ends in before its legal form: what it makes or does ("Kelso Chemical Corp")
const TRADE_END =
  /\s(?:Chemicals?|Oil|Gas|Mining|Steel|Motors?|Foods?|Electric|Electronics|Industries|Resources|Petroleum|Energy|Systems|Communications|Technologies|Technology|Financial|Savings|Bancorp|Airlines|Pharmaceuticals|Products|Manufacturing|Exploration|Minerals|Gold|Computer|Computers|Software|Insurance|Realty|Properties|Investments?|Securities|Capital|Holdings|Group|Enterprises|Industries|Laboratories|Brands|Stores|Semiconductor|Instruments|Telephone|Utilities|Power|Paper)$/;

/**
 * "Kelso Chemical said" where the text first wrote "Kelso Chemical Corp said": a company's name of two or more
 * words ending in a trade word, shortened by its legal form, is the name with it, as the text writes it; null when
 * the text never writes one, writes it with two different forms, or inside a longer name ("North Kelso Chemical Corp").
 */
export function nameWithLegalForm(speaker: string, text: string): string | null {
  const words = speaker.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 5 || !/^\p{Lu}/u.test(words[0] ?? '') || !TRADE_END.test(speaker))
    return null;
  const pattern = cachedRegExp(
    String.raw`(?<![\p{L}\p{M}-]|\p{Lu}[\p{L}\p{M}'’-]*\s+)${words.map(escapeRegExp).join(String.raw`\s+`)}\s+${LEGAL_FORM}(?![\p{L}\p{M}])`,
    'gu',
  );
  const forms = new Set<string>();
  for (const hit of text.matchAll(pattern)) forms.add(hit[0].replace(/\s+/g, ' ').replace(/\.$/, ''));
  return forms.size === 1 ? ([...forms][0] ?? null) : null;
}
