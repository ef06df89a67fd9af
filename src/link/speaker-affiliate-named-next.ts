import { rangeIndexHolding } from '../quotes/span-index.js';
import { isPersonName } from './speaker-entity-names.js';
import { fullestName, isOrganisationName, isPlaceName } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// "a TV host", "a Labour MP's", "a Vell Radio presenter": one person described by an affiliation (capitalised
// words) and a lower-case head noun, not yet named
const ONE_DESCRIBED = /^[Aa]n?\s+((?:[\p{L}\p{M}.&-]+\s+){1,3})[\p{Ll}-]+(?:['’]s?)?$/u;
// the next sentence opens with that affiliation's possessive and a person's name, then a report verb:
// "Vell Radio's Tom Orr said …"
const AFFILIATE_NAMED =
  /^((?:\p{Lu}[\p{L}\p{M}.&-]*\s+){0,3}\p{Lu}[\p{L}\p{M}.&-]*)['’]s\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|tells|added|claimed|insisted|warned|argued|suggested)\b/u;

// "Orr reacted angrily to a TV host's suggestion that not all funds would reach the pier. Vell TV's Tom Orr said he
// would be watching …" → Tom Orr: one person described by an affiliation and a role is the person the next sentence
// names with that affiliation's possessive (a capitalised word shared by both).
export const speakerAffiliateNamedNext: SpeakerRule = ({ quote, text, seg, names }) => {
  const m = quote.mention;
  if (!m) return null;
  const described = ONE_DESCRIBED.exec(m.text);
  if (!described) return null;
  const affiliation = (described[1] ?? '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (!affiliation.length) return null;
  const k = rangeIndexHolding(seg.sentences, m.start);
  const next = k < 0 ? undefined : seg.sentences[k + 1];
  if (!next) return null;
  const named = AFFILIATE_NAMED.exec(text.slice(next.start, next.end).trimStart());
  const owner = (named?.[1] ?? '').split(/\s+/);
  const subject = named?.[2];
  if (!subject || !affiliation.some((w) => owner.includes(w))) return null;
  const full = fullestName(names, subject) ?? subject;
  if (!isPersonName(full) || isOrganisationName(full) || isPlaceName(full)) return null;
  return { speaker: full, rule: 'speaker/affiliate-named-next' };
};
