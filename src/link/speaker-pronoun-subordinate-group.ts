import { rangeIndexHolding } from '../quotes/span-index.js';
import { clauseSubjects } from './clause-subjects.js';
import { GROUP_HEAD } from './speaker-pronoun-plural-subject.js';
import type { SpeakerChoice, SpeakerInput } from './speaker-rule.js';

const SUBORDINATOR = /(?:^|\s)(?:after|because|when|as|before|since|until|once|although|though|while)\s+$/i;

/**
 * "Tarn officials sealed the port after they said a tanker was leaking": a "they" right after a subordinator,
 * reporting inside the clause that hangs on a sentence opened by a plural group as its subject, is that group,
 * not a group quoted in an earlier sentence.
 */
export function pronounSubordinateGroup(input: SpeakerInput): SpeakerChoice | null {
  const { quote, seg, text, previous } = input;
  const m = quote.mention;
  if (!m || !/^they$/i.test(m.text) || m.start > quote.start) return null;
  const here = seg.sentences[rangeIndexHolding(seg.sentences, m.start)];
  if (!here || !SUBORDINATOR.test(text.slice(here.start, m.start))) return null;
  const first = clauseSubjects(here, input)[0];
  if (!first || first.start - here.start > 2 || first.end >= m.start) return null;
  const words = first.text.replace(/\s+(?:of|for|at|from|in|with)\s.*$/u, '').split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (words.length > 4 || !GROUP_HEAD.test(head.toLowerCase())) return null;
  // (the subordinator closes the main clause: no other quote's words between the group and the pronoun)
  if (previous.some((q) => q.start > first.start && q.start < m.start)) return null;
  const rule = 'speaker/pronoun-subordinate-group';
  const own = previous.find((q) => q.mention && q.mention.start === first.start && q.speaker);
  if (own?.speaker) return { speaker: own.speaker, rule };
  return { speaker: first.text.replace(/^(?:The|Some|Many|Several|Other)\b/, (w) => w.toLowerCase()), rule };
}
