import {
  cachedRegExp,
  escapeRegExp,
  fullestName,
  isOrganisationName,
  type NameIndex,
} from './speaker-names.js';
import { narrationSubject } from './speaker-narration-subject.js';
import type { SpeakerRule } from './speaker-rule.js';

// "the GOP nominee", "the real estate mogul", "the Democratic front-runner": what a campaign story calls the one
// it is about (one person: no plural head)
const EPITHET =
  /^the\s+(?:[\p{L}.-]+\s+){0,3}?(?:nominee|candidate|front-?runner|hopeful|mogul|billionaire|tycoon|businessman|businesswoman|contender|challenger|standard-?bearer)$/u;
const PARTY = /\b(Republican|GOP|Democratic|Libertarian)\b/;
const partyKey = (p: string) => (p === 'GOP' ? 'Republican' : p);
const CAMPAIGN_WORD =
  /\b(?:candidate|nominee|front-?runner|hopeful|mogul|billionaire|tycoon|businessman|businesswoman|contender|challenger|standard-?bearer)\b/;

/** True when no person of the article is named more often (by surname) than `full`. */
function mostNamed(full: string, names: NameIndex, text: string): boolean {
  const count = (n: string) => text.split(n.split(/\s+/).at(-1) ?? n).length - 1;
  const own = count(full);
  const others = new Set(names.persons.map((p) => fullestName(names, p.name) ?? p.name));
  for (const o of others) if (o !== full && /\s/.test(o) && count(o) > own) return false;
  return true;
}

/**
 * 'Walter Grange fired back. “…,” the GOP nominee tweeted.', 'Republican nominee Ann Lee spoke in Keel. Speaking
 * to supporters, the real estate mogul said, “…”': a campaign epithet is the named person who is the subject of
 * the narration since the quote before (two sentences at most) — not one the article gives another party.
 */
export const speakerCampaignEpithet: SpeakerRule = ({ quote, previous, text, seg, names }) => {
  const m = quote.mention;
  if (!m || !EPITHET.test(m.text)) return null;
  const prevEnd = previous.at(-1)?.end ?? 0;
  const subject = narrationSubject(text, seg, names, prevEnd, m.start, 2, true);
  const full = subject ? (fullestName(names, subject) ?? subject) : null;
  if (!full || !/\s/.test(full) || isOrganisationName(full)) return null;
  // "the Republican nominee" is not one written "Democratic candidate Lena Marsh" or "Marsh (D-Ohio)"
  const party = PARTY.exec(m.text)?.[1];
  const surname = full.split(/\s+/).at(-1) ?? full;
  let campaign = false;
  for (const x of text.matchAll(cachedRegExp(`\\b${escapeRegExp(surname)}\\b`, 'gu'))) {
    const at = x.index ?? 0;
    const near = `${text.slice(Math.max(0, at - 70), at)} ${text.slice(at, at + 50)}`;
    const given = PARTY.exec(near)?.[1] ?? /\((R|D|I)-/.exec(text.slice(at, at + 30))?.[1];
    const key = given ? partyKey(given === 'R' ? 'Republican' : given === 'D' ? 'Democratic' : given) : null;
    if (party && key && key !== partyKey(party)) return null;
    if (CAMPAIGN_WORD.test(near) && (!party || key === partyKey(party))) campaign = true;
  }
  // the person given a campaign role near their name, or else the one the story names most
  if (!campaign && !mostNamed(full, names, text)) return null;
  return { speaker: full, rule: 'speaker/campaign-epithet' };
};
