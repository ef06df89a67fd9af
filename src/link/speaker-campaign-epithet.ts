import { escapeRegExp, fullestName, isOrganisationName } from './speaker-names.js';
import { narrationSubject } from './speaker-narration-subject.js';
import type { SpeakerRule } from './speaker-rule.js';

// "the GOP nominee", "the real estate mogul", "the Democratic front-runner": what a campaign story calls the one
// it is about (one person: no plural head)
const EPITHET =
  /^the\s+(?:[\p{L}.-]+\s+){0,3}?(?:nominee|candidate|front-?runner|hopeful|mogul|billionaire|tycoon|businessman|businesswoman|contender|challenger|standard-?bearer)$/u;
const PARTY = /\b(Republican|GOP|Democratic|Libertarian)\b/;
const partyKey = (p: string) => (p === 'GOP' ? 'Republican' : p);

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
  if (party) {
    const surname = escapeRegExp(full.split(/\s+/).at(-1) ?? full);
    const other = new RegExp(
      `\\b(Republican|GOP|Democratic|Libertarian)\\s+(?:[\\p{L}.-]+\\s+){0,4}?(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}${surname}\\b|\\b${surname}\\s+\\((R|D|I)-`,
      'gu',
    );
    for (const x of text.matchAll(other)) {
      const given = x[1]
        ? partyKey(x[1])
        : x[2] === 'R'
          ? 'Republican'
          : x[2] === 'D'
            ? 'Democratic'
            : 'other';
      if (given !== partyKey(party)) return null;
    }
  }
  return { speaker: full, rule: 'speaker/campaign-epithet' };
};
