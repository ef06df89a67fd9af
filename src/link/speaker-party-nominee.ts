import { isPersonName } from './speaker-entity-names.js';
import { fullestName } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// "the Democratic nominee", "the presumptive GOP nominee", "the Republican presidential candidate"
const PARTY_ROLE =
  /^the\s+(?:(?:presumptive|likely|presumed)\s+)?(Republican|GOP|Democratic|Libertarian)\s+(?:presidential\s+)?(?:nominee|candidate|front-?runner|standard-?bearer)$/iu;
// the same party and role written before a name: "Democratic candidate Ann Lee", "GOP presidential nominee Ann Lee"
const ROLE_THEN_NAME =
  /\b(Republican|GOP|Democratic|Libertarian)\s+(?:(?:party['’]s\s+)?presidential\s+)?(?:nominee|candidate|front-?runner|standard-?bearer)\s*,?\s+(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})/gu;
// after it, as an appositive: "Ann Lee, the Republican nominee,"
const NAME_THEN_ROLE =
  /(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2}),\s+the\s+(?:(?:presumptive|likely|presumed)\s+)?(Republican|GOP|Democratic|Libertarian)\s+(?:presidential\s+)?(?:nominee|candidate|front-?runner|standard-?bearer)(?=\s*[,.;)])/gu;

const partyKey = (p: string) => (/^gop$/i.test(p) ? 'republican' : p.toLowerCase());

/**
 * "Democratic candidate Ann Lee … “…,” the Democratic nominee said.": a party's nominee or candidate, as a
 * descriptor, is the one person the article gives that party and role (candidate, nominee, front-runner) by name;
 * nothing when it gives it to two.
 */
export const speakerPartyNominee: SpeakerRule = ({ quote, text, names }) => {
  const m = quote.mention;
  const role = m ? PARTY_ROLE.exec(m.text) : null;
  if (!m || !role?.[1]) return null;
  const party = partyKey(role[1]);
  const found = new Set<string>();
  const add = (p: string | undefined, n: string | undefined) => {
    if (!p || !n || partyKey(p) !== party) return;
    // "Republican candidate Ann Lee's campaign": the name without its possessive
    const name = n.replace(/['’]s?$/, '');
    if (isPersonName(name)) found.add(fullestName(names, name) ?? name);
  };
  for (const x of text.matchAll(ROLE_THEN_NAME)) add(x[1], x[2]);
  // (not the mention itself: "… hosts Ann Lee and Tom Reid, the Democratic candidate stated")
  for (const x of text.matchAll(NAME_THEN_ROLE))
    if ((x.index ?? 0) + x[0].length <= m.start || (x.index ?? 0) >= m.end) add(x[2], x[1]);
  const [only] = found;
  return found.size === 1 && only ? { speaker: only, rule: 'speaker/party-nominee' } : null;
};
