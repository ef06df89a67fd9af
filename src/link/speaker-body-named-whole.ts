import { cachedRegExp } from './speaker-names.js';

// the head noun of a body named by what it is "on", "of" or "for" ("the Commission on Harbour Safety", "the Keel
// Institute for Farm Policy", "the Association of Tarn Growers")
const BODY_HEADS =
  'Commission|Committee|Subcommittee|Council|Conference|Agreement|Convention|Institute|Board|Bureau|Office|Department|Ministry|Association|Federation|Confederation|Center|Centre|Foundation|Organisation|Organization|Agency|Authority|Court|Tribunal|Panel|Forum|Union|Society|League|Alliance|Coalition|Fund|Programme|Program|Plan|Network|Academy|Service|Administration|Secretariat|Directorate|Corporation|Trust';
// a capitalised word of the name: "Harbour", "Tarn-Dover", "U.S."
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.&-]*`;
// "(the) [capitalised words] Head on|of|for [the] Capitalised (joins Capitalised)*": the whole mention, no other word
const BODY = String.raw`^(?:[Tt]he\s+)?((?:${WORD}\s+)*(?:${BODY_HEADS})\s+(?:on|of|for)\s+(?:the\s+)?${WORD}(?:\s+(?:(?:and|of|for|on|the|&)\s+)*${WORD})*)$`;

// an office's word, written before its holder's name
const OFFICE =
  /\s(?:President|Chairman|Chairwoman|Chair|Director|Governor|Secretary|Undersecretary|Minister|Spokesman|Spokeswoman|Spokesperson|Chief|Head|Commissioner|Administrator|Ambassador|Deputy|Member|Professor|Mr|Mrs|Ms|Dr|Senator|Judge)\.?(?:\s|$)/;

/**
 * '"…," the Commission on Presidential Debates said' with "Presidential Debates" chosen → the body's whole name
 * ("Committee on Farm Credit and Savings", "Association of German Tarn Growers"), when the mention is that name
 * alone and the speaker its end; null otherwise. Not "Bureau of Mines Director Ann Tull" (a title among the words
 * after the head: an office before a person's name), nor "Association of Tarn Growers members" (a lower-case word).
 */
export function bodyNamedWhole(speaker: string, mention: string | undefined): string | null {
  // (read only where "on", "of" or "for" is written: most mentions have none)
  if (!mention || !/\s(?:on|of|for)\s/.test(mention)) return null;
  // ("the General Agreement on Tariffs and Trade (GATT)": its acronym after it is no part of the name)
  const body = cachedRegExp(BODY, 'u').exec(mention.replace(/\s*\([^()]*\)$/, ''))?.[1];
  if (!body || body === speaker || !body.endsWith(` ${speaker}`)) return null;
  // (an office's word after the head: "Bureau of Mines Director Ann Tull" names a person)
  if (OFFICE.test(body.slice(body.search(/\s(?:on|of|for)\s/)))) return null;
  return body;
}
