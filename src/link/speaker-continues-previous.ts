import { rangeIndexHolding } from '../quotes/span-index.js';
import { fullestName } from './speaker-names.js';
import { narrationSubject } from './speaker-narration-subject.js';
import { paragraphOf, type SpeakerRule } from './speaker-rule.js';
import { REPORT_VERBS, SPEECH_ACT_VERBS, speechActPattern } from './when-rule.js';

// the sentence before narrates a statement: "Ann Lee called the target “unambitious”", "… recalled how …"
const NARRATED_VERBS = [
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
  // 'Mr Lee described the report as "very important". "…"'
  'described',
  'dismissed',
  'hailed',
];
export const NARRATED_STATEMENT = speechActPattern(NARRATED_VERBS);

// “We did everything we could.” (a quote paragraph with no attribution) → the previous quote's speaker, or the
// person who opens the sentence just before it as the subject of a narrated statement: 'Ann Lee called the target
// "unambitious". “It leaves patients waiting.”'
// a verb of saying in the lead of the quote's own sentence ("Mr Lee forecast growth “…”", "It quoted Lee as saying:")
const SAYING = speechActPattern([
  ...NARRATED_VERBS,
  'forecast',
  'predicted',
  'argues',
  'tweeted',
  'quoted',
  'saying',
  'added',
  'adding',
]);

// 'Looking ahead, Mr Lee forecast growth "with a margin in the upper teens".', 'It quoted Ann Lee as saying: "…"':
// a quote inside a narration sentence whose lead names one person, as a subject, and a verb of saying is that
// person's, not the previous speaker's
function personInOwnLead({
  quote,
  previous,
  seg,
  text,
  names,
}: Pick<Parameters<SpeakerRule>[0], 'quote' | 'previous' | 'seg' | 'text' | 'names'>): string | null {
  const own = seg.sentences[rangeIndexHolding(seg.sentences, quote.start)];
  if (!own || own.start >= quote.start) return null;
  const lead = text.slice(own.start, quote.start);
  if (!SAYING.test(lead)) return null;
  // "It quoted Khomeini as saying:": the one quoted is the speaker, whatever opens the sentence
  const quoted = /\bquot(?:ed|es|ing)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)\s+as\s+saying\b/u.exec(
    lead,
  )?.[1];
  const quotedFull = quoted ? (fullestName(names, quoted) ?? quoted) : null;
  if (quotedFull && /\s/.test(quotedFull)) return quotedFull;
  const reported = (at: number) => previous.some((q) => at >= q.start && at < q.end);
  const named = names.persons.filter(
    (n) => n.start >= own.start && n.start < quote.start && !reported(n.start),
  );
  const people = new Set(named.map((n) => fullestName(names, n.name) ?? n.name));
  const [only] = people;
  const first = named[0];
  if (people.size !== 1 || !only || !first || !/\s/.test(only)) return null;
  // not an object ("told Ann Lee", "met with Ann Lee", "a letter to Ann Lee", "Ann Lee's plan")
  const before = text.slice(own.start, first.start);
  if (
    /\b(?:to|with|by|against|from|about|on|for|at|of|told|asked|met|and|urged|accused|criticised|criticized|praised)\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(
      before,
    )
  )
    return null;
  if (/^['’]s?\b/.test(text.slice(first.start + first.name.length))) return null;
  // the verb of saying after the name, not only in a clause before it
  return SAYING.test(text.slice(first.start, quote.start)) ? only : null;
}

export const speakerContinuesPrevious: SpeakerRule = ({ quote, previous, seg, text, names }) => {
  if (quote.mention || quote.type !== 'direct') return null;
  const prev = previous[previous.length - 1];
  if (!prev?.speaker) return null;
  const lead = personInOwnLead({ quote, previous, seg, text, names });
  if (lead && lead !== prev.speaker) return { speaker: lead, rule: 'speaker/own-sentence-person' };
  if (paragraphOf(seg, quote.start) - paragraphOf(seg, prev.start) > 2) return null;
  // the sentence just before the quote's own, after the previous quote
  const k = rangeIndexHolding(seg.sentences, quote.start);
  const own = seg.sentences[k];
  const before = seg.sentences[k - 1];
  if (own && before && before.start >= prev.end) {
    const subject = narrationSubject(text, seg, names, before.start, own.start, 1, true);
    // ("Mr Vell described …": the surname the title left stands for the fullest name the story gives)
    const full = subject ? (fullestName(names, subject) ?? subject) : null;
    if (
      full &&
      /\s/.test(full) &&
      full !== prev.speaker &&
      NARRATED_STATEMENT.test(text.slice(before.start, before.end))
    )
      return { speaker: full, rule: 'speaker/continues-narrated-subject' };
  }
  return { speaker: prev.speaker, rule: 'speaker/continues-previous' };
};
