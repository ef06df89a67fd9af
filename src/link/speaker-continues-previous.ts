import { rangeIndexHolding } from '../quotes/span-index.js';
import { fullestName } from './speaker-names.js';
import { narrationSubject } from './speaker-narration-subject.js';
import { paragraphOf, type SpeakerRule } from './speaker-rule.js';
import { REPORT_VERBS, SPEECH_ACT_VERBS, speechActPattern } from './when-rule.js';

// the sentence before narrates a statement: "Ann Lee called the target “unambitious”", "… recalled how …"
const NARRATED_STATEMENT = speechActPattern([
  ...SPEECH_ACT_VERBS,
  ...REPORT_VERBS,
  'says',
  'calls',
  'branded',
  'labelled',
  'labeled',
  'recalled',
  'remembered',
  'claimed',
  'noted',
  'suggested',
  'replied',
  'acknowledged',
]);

// “We did everything we could.” (a quote paragraph with no attribution) → the previous quote's speaker, or the
// person who opens the sentence just before it as the subject of a narrated statement: 'Ann Lee called the target
// "unambitious". “It leaves patients waiting.”'
export const speakerContinuesPrevious: SpeakerRule = ({ quote, previous, seg, text, names }) => {
  if (quote.mention || quote.type !== 'direct') return null;
  const prev = previous[previous.length - 1];
  if (!prev?.speaker) return null;
  if (paragraphOf(seg, quote.start) - paragraphOf(seg, prev.start) > 2) return null;
  // the sentence just before the quote's own, after the previous quote
  const k = rangeIndexHolding(seg.sentences, quote.start);
  const own = seg.sentences[k];
  const before = seg.sentences[k - 1];
  if (own && before && before.start >= prev.end) {
    const subject = narrationSubject(text, seg, names, before.start, own.start, 1, true);
    const full = subject && /\s/.test(subject) ? (fullestName(names, subject) ?? subject) : null;
    if (full && full !== prev.speaker && NARRATED_STATEMENT.test(text.slice(before.start, before.end)))
      return { speaker: full, rule: 'speaker/continues-narrated-subject' };
  }
  return { speaker: prev.speaker, rule: 'speaker/continues-previous' };
};
