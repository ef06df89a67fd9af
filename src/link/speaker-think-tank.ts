import { isOrganisationName } from './speaker-names.js';
import { isNamed, type MentionRule, paragraphOf, type SpeakerRule } from './speaker-rule.js';

// the words before "tank" that make one noun of it: "the Norland-based economics think "
const BEFORE_TANK =
  /\b((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his)\s+(?:[\p{L}\p{M}'’-]+\s+){0,4}?)?think[- ]$/u;

/** "the Norland-based economics think tank said": the quote finder's mention "tank" → the whole descriptor. */
export const mentionThinkTank: MentionRule = ({ quote, text }) => {
  const m = quote.mention;
  if (m?.text !== 'tank') return null;
  const before = BEFORE_TANK.exec(text.slice(Math.max(0, m.start - 80), m.start));
  if (!before) return null;
  const start = m.start - before[0].length;
  return {
    mention: { start, end: m.end, text: text.slice(start, m.end) },
    cue: null,
    rule: 'mention/think-tank',
  };
};

/**
 * "…, the Tarn Institute said. However, the economics think tank said …": a definite "think tank" right after an
 * organisation spoke (in its paragraph or the one before) is that organisation.
 */
export const speakerThinkTank: SpeakerRule = ({ quote, previous, seg, names }) => {
  const m = quote.mention?.text ?? '';
  if (!/^[Tt]he\s/.test(m) || !/\bthink[- ]tanks?$/.test(m)) return null;
  const last = previous.at(-1);
  const spoke = last?.speaker;
  if (!last || !spoke || paragraphOf(seg, quote.start) - paragraphOf(seg, last.start) > 1) return null;
  if (!isNamed(spoke) || !(isOrganisationName(spoke) || names.organisations.some((o) => o.name === spoke)))
    return null;
  return { speaker: spoke, rule: 'speaker/think-tank-previous-organisation' };
};
