import { escapeRegExp, isOrganisationName, possessivesAt, regExpBy, writtenBare } from './speaker-names.js';

// a verb right after "X's": the 's is the name's own ("Ashby's said", "Ashby's has cut"), not a possessive
// before a noun ("Ashby's report", "Ashby's planned buyout")
const VERB_AFTER =
  /^(?:\s+(?:also\s+)?(?:said|says|say|told|added|adds|noted|notes|announced|announces|stated|states|pointed|warned|warns|reported|reports|cut|cuts|downgraded|downgrades|upgraded|upgrades|lowered|lowers|raised|raises|affirmed|affirms|confirmed|confirms|placed|places|rated|rates|expects|expected|believes|believed|estimated|estimates|predicted|predicts|has|had|have|is|was|will|would|could|may|might)\b|,\s+which\s)/u;

// the three searches per name, built once per name
const LONGER = regExpBy(
  'u',
  (own) => `(?<![\\p{L}\\p{N}'’&-])${escapeRegExp(own)}((?:[ \\t]+(?:of[ \\t]+)?\\p{Lu}[\\p{L}.&-]*)+)`,
);

/**
 * The name as the text writes it when its 's is part of it: "Ashby's said …" with "Ashby" never written
 * alone → "Ashby's"; the fuller name when the text gives one ("Ashby's Ratings Service Inc"). Null when the
 * text writes the name without the 's, or never puts a verb right after the 's.
 */
export function nameWithPossessive(name: string, text: string): string | null {
  if (!/^\p{Lu}/u.test(name) || /['’]s$/u.test(name)) return null;
  if (!text.includes(`${name}'s`) && !text.includes(`${name}’s`)) return null;
  // written alone somewhere ("Mr Ashby said"): the 's elsewhere is a possessive
  if (writtenBare(text, name)) return null;
  let mark: string | null = null;
  for (const at of possessivesAt(text, name)) {
    const end = at + name.length + 2;
    if (VERB_AFTER.test(text.slice(end, end + 40))) {
      mark = text[at + name.length] ?? "'";
      break;
    }
  }
  if (!mark) return null;
  const own = `${name}${mark}s`;
  // "Ashby's Ratings Service Inc": the fuller name, first written, when it ends as a company's name does
  const longer = LONGER(own).exec(text);
  const full = longer ? `${own}${longer[1]}`.replace(/[.,]+$/, '') : null;
  return full && isOrganisationName(full.slice(own.length)) ? full : own;
}
