import { rangeIndexHolding } from '../quotes/span-index.js';
import { clauseSubjects } from './clause-subjects.js';
import type { SpeakerChoice, SpeakerInput } from './speaker-rule.js';

// police, prosecutors and rescuers announce what they did themselves: "Police arrested …, they said" (not
// "Norland officials were talking up the krone, they said" after European leaders, a group the others speak of)
const ACTORS =
  /^(?:police|prosecutors|investigators|detectives|officers|troops|soldiers|rescuers|firefighters|inspectors)$/;

/**
 * "Tarn prosecutors charged the driver with manslaughter, they said Sunday": a "they" right after a quote that
 * opens its sentence with a plural group as its subject goes to that group, the nearer plural, before a group of
 * the sentence before ("Police said …"). Not after "added" (that goes on from who was quoted before).
 */
export function pronounOwnClauseGroup(input: SpeakerInput): SpeakerChoice | null {
  const { quote, seg, text } = input;
  const m = quote.mention;
  if (!m || !/^they$/i.test(m.text) || m.start < quote.end) return null;
  if (/^(?:add|adds|added|adding|continued|continues)$/i.test(quote.cue?.text ?? '')) return null;
  // ", they said": the pronoun right after the quote
  if (!/^[\s,"'”’]*$/u.test(text.slice(quote.end, m.start))) return null;
  const here = seg.sentences[rangeIndexHolding(seg.sentences, quote.start)];
  if (!here || quote.start - here.start > 2 || m.start >= here.end) return null;
  const first = clauseSubjects(here, input)[0];
  if (!first || first.start < quote.start || first.start - quote.start > 2 || first.end > quote.end)
    return null;
  const words = first.text.split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (words.length > 4 || !ACTORS.test(head.toLowerCase())) return null;
  return {
    speaker: first.text.replace(/^(?:The|Some|Many|Several|Other)\b/, (w) => w.toLowerCase()),
    rule: 'speaker/pronoun-own-clause-group',
  };
}
