import { isOrganisationName } from './speaker-names.js';
import { isNamed, type MentionRule, PRONOUNS, paragraphOf, type SpeakerRule } from './speaker-rule.js';

// a determiner, then up to four words before the head noun: "the crop reporting ", "the Norland-based economics think "
const BEFORE_HEAD =
  /(?<![\p{L}\p{M}'’-])((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\p{L}\p{M}'’-]+\s+){1,4}?)$/u;
// words a tagger reads as verbs that are here part of a compound noun: "think tank", "reporting board"
const VERB_LIKE = /^(?:think|\p{Ll}+ing|\p{Ll}+ed)$/u;
// an adverb no noun compound holds ("the policy also faced"; not "its recently concluded study")
const CLAUSE_ADVERB = /^also$/;

/**
 * "the Norland-based economics think tank said", "The crop reporting board said": the quote finder's mention is the
 * bare head noun ("tank", "board"), cut after a word it read as a verb → the whole descriptor.
 */
export const mentionCompoundHead: MentionRule = ({ quote, text }) => {
  const m = quote.mention;
  if (!m || !/^\p{Ll}+$/u.test(m.text) || PRONOUNS.has(m.text)) return null;
  const before = BEFORE_HEAD.exec(text.slice(Math.max(0, m.start - 80), m.start));
  const words = before?.[1]?.trim().split(/\s+/) ?? [];
  if (!before || !VERB_LIKE.test(words.at(-1) ?? '')) return null;
  // ("But the policy also faced critics, who argued …": an adverb shows the word a verb of its own clause)
  if (words.some((w) => CLAUSE_ADVERB.test(w))) return null;
  const start = m.start - before[0].length;
  return {
    mention: { start, end: m.end, text: text.slice(start, m.end) },
    cue: null,
    rule: 'mention/compound-head',
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
