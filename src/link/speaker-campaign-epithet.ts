import { rangeIndexHolding } from '../quotes/span-index.js';
import {
  cachedRegExp,
  escapeRegExp,
  fullestName,
  isOrganisationName,
  type NameIndex,
} from './speaker-names.js';
import { narrationSubject } from './speaker-narration-subject.js';
import type { SpeakerInput, SpeakerRule } from './speaker-rule.js';

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

// "the Republican nominee" is not one written "Democratic candidate Lena Marsh" or "Marsh (D-Ohio)"; the person
// given a campaign role (and the party) near their name elsewhere, or else the one the story names most
function fitsEpithet(full: string, party: string | undefined, scan: string, names: NameIndex): boolean {
  const surname = full.split(/\s+/).at(-1) ?? full;
  let campaign = false;
  for (const x of scan.matchAll(cachedRegExp(`\\b${escapeRegExp(surname)}\\b`, 'gu'))) {
    const at = x.index ?? 0;
    const near = `${scan.slice(Math.max(0, at - 70), at)} ${scan.slice(at, at + 50)}`;
    const given = PARTY.exec(near)?.[1] ?? /\((R|D|I)-/.exec(scan.slice(at, at + 30))?.[1];
    const key = given ? partyKey(given === 'R' ? 'Republican' : given === 'D' ? 'Democratic' : given) : null;
    if (party && key && key !== partyKey(party)) return false;
    if (CAMPAIGN_WORD.test(near) && (!party || key === partyKey(party))) campaign = true;
  }
  return campaign || mostNamed(full, names, scan);
}

/**
 * The one person named in the sentence before the mention's and in its own up to it, not as a possessor nor inside
 * a quote: "As usual, it was Ann Lee who drew the crowds. Appearing on TV, the GOP front-runner said …".
 */
function onePersonJustBefore(
  at: number,
  { seg, names, text, all }: Pick<SpeakerInput, 'seg' | 'names' | 'text' | 'all'>,
): string | null {
  const k = rangeIndexHolding(seg.sentences, at);
  const here = seg.sentences[k];
  if (!here) return null;
  const before = seg.sentences[k - 1];
  const from = before && here.paragraph - before.paragraph <= 1 ? before.start : here.start;
  const quoted = (o: number) => all.some((q) => q.type === 'direct' && o >= q.start && o < q.end);
  const found = new Set<string>();
  for (const n of names.persons) {
    if (n.start < from || n.start >= at || quoted(n.start)) continue;
    if (/^['’]s?\b/.test(text.slice(n.start + n.name.length))) continue;
    found.add(fullestName(names, n.name) ?? n.name);
  }
  // "Lashing out, Grange said …": a surname alone, of a person named in full elsewhere
  for (const w of text
    .slice(from, at)
    .matchAll(/(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}'’-])/gu)) {
    const o = from + (w.index ?? 0);
    const full = quoted(o) ? null : fullestName(names, w[0]);
    if (full && /\s/.test(full) && !isOrganisationName(full)) found.add(full);
  }
  const [only] = found;
  return found.size === 1 && only ? only : null;
}

/**
 * 'Walter Grange fired back. “…,” the GOP nominee tweeted.', 'Republican nominee Ann Lee spoke in Keel. Speaking
 * to supporters, the real estate mogul said, “…”': a campaign epithet is the named person who is the subject of
 * the narration since the quote before (two sentences at most), else the one person named just before it — when
 * the article gives them a campaign role and no other party, or names them most.
 */
export const speakerCampaignEpithet: SpeakerRule = (input) => {
  const { quote, previous, text, seg, names } = input;
  const m = quote.mention;
  if (!m || !EPITHET.test(m.text)) return null;
  const party = PARTY.exec(m.text)?.[1];
  // (the mention's own words are no evidence of the role)
  const scan = `${text.slice(0, m.start)}${' '.repeat(m.end - m.start)}${text.slice(m.end)}`;
  const prevEnd = previous.at(-1)?.end ?? 0;
  const subject = narrationSubject(text, seg, names, prevEnd, m.start, 2, true);
  for (const found of [
    subject ? (fullestName(names, subject) ?? subject) : null,
    onePersonJustBefore(m.start, input),
  ]) {
    if (found && /\s/.test(found) && !isOrganisationName(found) && fitsEpithet(found, party, scan, names))
      return { speaker: found, rule: 'speaker/campaign-epithet' };
  }
  return null;
};
