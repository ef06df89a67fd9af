import { rangeIndexHolding } from '../quotes/span-index.js';
import type { TextSpan } from '../types.js';
import { mentionRightBeforeCue } from './mention-before-cue.js';
import type { MentionRule } from './speaker-rule.js';

// "A shareholder group including …", "An investor group led by …", "A group of firms headed by …" opening the
// sentence (or the clause after an opening phrase and its comma); the rest up to the mention names a member
const GROUP_HEAD = String.raw`(?:group|consortium|partnership|syndicate)(?:\s+of\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)?\s+(?:including|led\s+by|headed\s+by)\s+`;
const GROUP_LED_BY = new RegExp(
  String.raw`(?:^|,\s+)((?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}${GROUP_HEAD})[^.;:"“”()]{0,80}$`,
  'u',
);
/** What the fix cannot apply without, anywhere in the text: the group's word and "including", "led by" after it. */
export const GROUP_LED_BY_NEEDS = new RegExp(GROUP_HEAD, 'u');

// "A shareholder group including Lorne attorney Ada Pell said it sold …": the quote finder's mention is the member
// the group is led by or includes; the speaker is the whole group as written (not Ada Pell, not "the group" later
// read as some company)
// "An investor group led by the Tarn family of Kelby, Texas, said": the quote finder's mention is the group already
const GROUP_OPENING =
  /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}(?:group|consortium|partnership|syndicate)\s+(?:led|headed)\s+by\s+\S/u;

export const mentionGroupLedBy: MentionRule = ({ quote, text, seg }) => {
  if (quote.mention && quote.cue && GROUP_OPENING.test(quote.mention.text))
    return { mention: quote.mention, cue: quote.cue, rule: 'mention/group-led-by' };
  const near = mentionRightBeforeCue(quote, text);
  if (!near) return null;
  const { m, cue } = near;
  // the member is a name ("… led by Ada Pell said"), never a descriptor or pronoun closing another clause
  // ("A group led by Orr Corp will underwrite the offering, the company said.")
  if (!/^\p{Lu}/u.test(m.text) || /^(?:The|It|He|She|They|We)\b/.test(m.text)) return null;
  const sentence = seg.sentences[rangeIndexHolding(seg.sentences, m.start)];
  if (!sentence) return null;
  const before = text.slice(sentence.start, m.start);
  const g = GROUP_LED_BY.exec(before);
  if (!g?.[1]) return null;
  const at = sentence.start + g.index + g[0].indexOf(g[1]);
  return {
    mention: { start: at, end: m.end, text: text.slice(at, m.end) },
    cue,
    rule: 'mention/group-led-by',
  };
};

/** The group as written for a speaker its member's name gave ("Ada Pell" → "A shareholder group including … Ada
 * Pell"), or null when the speaker is that already. */
export function groupLedByName(speaker: string, mention: TextSpan | null): string | null {
  const whole = mention?.text.replace(/\s+/g, ' ').trim();
  return whole && whole !== speaker ? whole : null;
}
