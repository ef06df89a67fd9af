import { rangeIndexHolding } from '../quotes/span-index.js';
import { clauseSubjects } from './clause-subjects.js';
import type { SpeakerChoice, SpeakerInput } from './speaker-rule.js';

// plural nouns for people or bodies that report: "Industry analysts said", "The stores were reluctant"
export const GROUP_HEAD =
  /^(?:analysts|officials|sources|experts|economists|traders|dealers|diplomats|researchers|scientists|leaders|ministers|MPs|MEPs|members|critics|campaigners|activists|protesters|residents|workers|unions|delegates|investors|bankers|lawyers|doctors|authorities|police|officers|investigators|judges|authors|organi[sz]ers|executives|directors|managers|spokesmen|representatives|negotiators|brokers|companies|firms|banks|stores|retailers|airlines|producers|exporters|importers|manufacturers|governments|parties|groups)$/;
// "the Tories", "Democrats": a party or people named in the plural
const NAMED_PLURAL = /^\p{Lu}\p{Ll}+(?:ies|s)$/u;

/**
 * "Industry analysts said Norvel holds 70 pct of the market. They said …", "But the Tories insisted they would
 * hold ministers to account. They said …": a "They" opening its sentence (or "…, they said" after the quote
 * opening it) right after a sentence with a plural group as a clause subject goes on from that group, the last
 * one, before an organisation the entity layer may join it to; the speaker the text already gave that group when
 * it spoke there, else the group as written.
 */
export function pronounPluralSubject(input: SpeakerInput): SpeakerChoice | null {
  const { quote, previous, seg } = input;
  const m = quote.mention;
  if (!m || !/^they$/i.test(m.text)) return null;
  // ("…, they added": goes on from the group quoted before)
  if (/^(?:add|adds|added|adding|continued|continues)$/i.test(quote.cue?.text ?? '')) return null;
  const k = rangeIndexHolding(seg.sentences, Math.min(m.start, quote.start));
  const here = seg.sentences[k];
  const s = seg.sentences[k - 1];
  if (!here || !s || here.paragraph - s.paragraph > 1) return null;
  // ("However, they noted …": a linking word may open the sentence before the pronoun)
  const opener = input.text.slice(here.start, m.start);
  if (
    m.start < quote.start
      ? !/^(?:(?:But|And|However|Yet|Still|Meanwhile|Also),?\s+)?$/.test(opener)
      : quote.start - here.start > 2
  )
    return null;
  const group = clauseSubjects(s, input)
    .filter((c) => {
      // the head before a prepositional phrase: "analysts at Keel Securities"
      const words = c.text.replace(/\s+(?:of|for|at|from|in|with)\s.*$/u, '').split(/\s+/);
      const head = words[words.length - 1] ?? '';
      // ("the Tories", not "Results" capitalised to open a sentence)
      const named = NAMED_PLURAL.test(head) && /^the\s/i.test(c.text);
      if (words.length > 4 || !(GROUP_HEAD.test(head.toLowerCase()) || named)) return false;
      // (not inside what someone said)
      return !previous.some((q) => c.start >= q.start && c.start < q.end);
    })
    .at(-1);
  if (!group) return null;
  const rule = 'speaker/pronoun-plural-subject';
  const own = previous.find((q) => q.mention && q.mention.start === group.start && q.speaker);
  if (own?.speaker) return { speaker: own.speaker, rule };
  return { speaker: group.text.replace(/^(?:The|Some|Many|Several|Other)\b/, (w) => w.toLowerCase()), rule };
}
