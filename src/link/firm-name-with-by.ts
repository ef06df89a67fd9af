import type { TextSpan } from '../types.js';

// a company's legal form closing the speaker's name: "Dunmore Inc", "Vell Corp"
const COMPANY_FORM = /\s(?:Corp|Corporation|Inc|Ltd|Limited|PLC|Plc|plc|Co|LLC)\.?$/;
// two to four capitalised words opening the sentence, then "by", right before the mention
const OPENING_BY = /(?:^|[.!?]\s+|\n\s*)((?:\p{Lu}[\p{L}'’-]*\s+){2,4})by\s+$/u;

/**
 * "Solar Panels by Dunmore Inc said …": a firm whose name holds "by" ("Solar Panels by Dunmore Inc") named whole
 * when the mention is its part after "by" and the capitalised words before "by" open the sentence; null otherwise.
 */
export function firmNameWithBy(
  speaker: string,
  mention: TextSpan | null | undefined,
  text: string,
): string | null {
  if (!mention || !COMPANY_FORM.test(speaker) || !mention.text.endsWith(speaker)) return null;
  const before = OPENING_BY.exec(text.slice(Math.max(0, mention.start - 60), mention.start))?.[1];
  return before ? `${before.replace(/\s+/g, ' ')}by ${speaker}` : null;
}
