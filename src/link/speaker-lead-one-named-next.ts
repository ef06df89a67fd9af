import { rangeIndexHolding } from '../quotes/span-index.js';
import { fitsRoleGender } from './role-gender.js';
import { isPersonName } from './speaker-entity-names.js';
import { fullestName, isOrganisationName, isPlaceName, stripTitles } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// "A Norland leader", "a senior Tarn official", "a top bank executive": one person described, not yet named
const ONE_DESCRIBED =
  /^[Aa]n?\s+(?:(?:senior|top|leading|high-ranking|government)\s+)?(?:\p{Lu}[\p{L}\p{M}.-]*\s+){0,2}(?:[\p{Ll}-]+\s+)?(leader|official|minister|executive|diplomat|spokesman|spokeswoman)$/u;
// "Ada Kellin, 22, has …": a name of two or three words and an age set off after it, opening the sentence
const AGED_SUBJECT = /^(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2}),\s+\d{1,3},\s/u;
const NOT_A_PERSON =
  /(?:^|\s)(?:report|newspaper|paper|statement|study|survey|poll|letter|document|memo|release|agency|company|firm|group|government|ministry|court|committee|council|board|station|network|website|magazine|broadcaster|radio|television)s?$/i;
// the next sentence's subject is named with a title or role before it and reports: "Vice-Premier Kel Varo told …"
const TITLED_REPORT =
  /^((?:[\p{L}-]+\s+){1,4}?)(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})\s+(?:also\s+)?(?:told|said|says|tells)\b/u;

// "A Norland leader said the country's debt was rising. ¶ Vice-Premier Kel Varo told a news conference the debt
// was …" → Kel Varo: a wire lead's one unnamed source is the titled person reporting in the sentence right after it.
export const speakerLeadOneNamedNext: SpeakerRule = ({ quote, text, seg, names }) => {
  const m = quote.mention;
  if (!m || m.start > 400) return null;
  const described = ONE_DESCRIBED.exec(m.text);
  if (!described && !/^[Aa]n?\s/.test(m.text)) return null;
  const k = rangeIndexHolding(seg.sentences, m.start);
  if (k < 0 || k > 1) return null;
  const next = seg.sentences[k + 1];
  if (!next) return null;
  const sentence = text.slice(next.start, next.end).trimStart();
  // "A friend of the mayor's attacker said …. Ada Kellin, 22, has pleaded …": a wire lead's one person described,
  // then named with an age as the next sentence's subject
  // (a person described: not "a newspaper report", "a company statement")
  const aged = NOT_A_PERSON.test(m.text.replace(/\s+(?:of|for|at|from|in)\s.*$/, ''))
    ? undefined
    : AGED_SUBJECT.exec(sentence)?.[1];
  if (aged) {
    const full = fullestName(names, aged) ?? aged;
    return isPersonName(full) && !isOrganisationName(full) && !isPlaceName(full)
      ? { speaker: full, rule: 'speaker/lead-one-named-next' }
      : null;
  }
  if (!described) return null;
  const titled = TITLED_REPORT.exec(sentence);
  const title = titled?.[1] ?? '';
  const subject = titled?.[2];
  // (the title is a role: no determiner nor verb in it, "The plan Ann Lee said" is no title)
  if (!subject || /^(?:the|a|an|but|and|in|on|at|when|as)\s/i.test(title)) return null;
  const named = stripTitles(`${title}${subject}`).name || subject;
  const full = fullestName(names, named) ?? named;
  if (!/\s/.test(full) || !isPersonName(full) || isOrganisationName(full) || isPlaceName(full)) return null;
  const role = (described[1] ?? '').toLowerCase();
  if (!fitsRoleGender(role, full)) return null;
  // a spokesman speaks for another: "A presidential spokesman said …. Finance Minister Dan Vell said …" is not him
  if (role.startsWith('spokes') && !/\bspokes/i.test(title)) return null;
  return { speaker: full, rule: 'speaker/lead-one-named-next' };
};
