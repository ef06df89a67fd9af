import { nearestClauseSubject, SUBJECT_PRONOUNS } from '../quotes/find-mention.js';
import { textContext } from '../quotes/quote-context.js';
import { rangeIndexHolding } from '../quotes/span-index.js';
import type { MentionRule } from './speaker-rule.js';
import { tokenAfter } from './speaker-trailing-helpers.js';

// Ann Tull, for her part, is calling the plan “a waste of public money”. / When Ola Berg died, his party released
// the following statement: “…” — a quote embedded in a narration sentence, or introduced by one ending on a colon,
// with no report verb the quote finder could tie to it: the subject of the clause before it (a name, a pronoun or
// "the …"), not the speaker of the quote before.
export const mentionEmbeddedSubject: MentionRule = ({ quote, text, seg, previous }) => {
  // (a mention borrowed from the quote or sentence before yields to the clause's own subject)
  if (quote.type !== 'direct' || (quote.mention && !/\/previous-[a-z-]+$/.test(quote.rule))) return null;
  const own = seg.sentences[rangeIndexHolding(seg.sentences, quote.start - 1)];
  if (!own) return null;
  // 'When Ola Berg died, his party released the following statement:¶“…”': a quote opening its own sentence right
  // after one ending on a colon (a paragraph break between) is introduced by that sentence
  const opens = /^\s*["“‘'«]*\s*$/.test(text.slice(own.start, quote.start));
  const before = opens && !quote.partial ? colonSentenceBefore(own.start, text, seg) : null;
  const sentence = before ?? own;
  const lead = (
    before ? text.slice(before.start, before.end) : text.slice(sentence.start, quote.start)
  ).replace(/["“‘'«]+\s*$/, '');
  // "When Ann Tull died, her party released the following statement: “…”": a clause that introduces the quote
  const colon = /:\s*$/.test(lead);
  // Ann Tull, also on the radio, defended the plan, “…”: a clause and a comma, then the quote
  const comma = !colon && /,\s*$/.test(lead);
  if (!quote.partial && !colon && !comma) return null;
  // narration of its own before the quote; another quote in it only inside a partial quote's clause, after
  // its subject (Ann Tull said the plan was “too late” and that “nobody asked us”)
  const mark = lead.search(/["“”«»]/);
  if ((mark >= 0 && !quote.partial) || (lead.match(/[\p{L}\p{N}]+/gu) ?? []).length < 3) return null;
  // "According to her doctor, Ann Tull is in “excellent health”": the sentence names its own source
  if (/^\s*according\s+to\b/i.test(lead)) return null;
  // (a quote kept earlier in the sentence is another rule's: mention/partial-same-sentence)
  if (mark >= 0 && previous.some((q) => q.start >= sentence.start && q.end <= quote.start)) return null;
  const ctx = textContext(text, seg);
  const first = tokenAfter(ctx, sentence.start);
  const subject = nearestClauseSubject(ctx, first, tokenAfter(ctx, sentence.start + lead.length), false);
  if (!subject || (mark >= 0 && subject.end > sentence.start + mark)) return null;
  const named = /^\p{Lu}/u.test(subject.text) && !/^(?:The|A|An|This|That|It|There)$/.test(subject.text);
  if (!named && !SUBJECT_PRONOUNS.has(subject.text.toLowerCase()) && !/^the\s/i.test(subject.text))
    return null;
  if (/^(?:it|you|i|we)$/i.test(subject.text)) return null;
  // "The council and its partners would “need to act fast”", "The council will “act fast”": a modal before the
  // quote reports what someone said the subject would or will do; the quote finishes the subject's predicate, the
  // subject is no speaker
  if (
    quote.partial &&
    /^\s+(?:(?:would|could|should|might|will|can|may|must|shall)(?:\s+not)?|cannot|won['’]t|can['’]t)\s*$/i.test(
      text.slice(subject.end, sentence.start + lead.length),
    )
  )
    return null;
  // (after a comma only a name: "The crowd grew restless, “…”" is no attribution)
  if (comma && !named) return null;
  // "POLLS CLOSE EARLY - Ola Berg:": a headline's dash ends the clause (a name before a colon is another rule's)
  if (colon && /\s[-–—]\s/.test(text.slice(subject.end, sentence.start + lead.length))) return null;
  // "He was asked:", "The sign read:", "The list includes:": the subject is no speaker
  if (
    colon &&
    /\b(?:asked|questioned|told|read|reads|include[sd]?|listed)\b/i.test(
      text.slice(subject.end, sentence.start + lead.length),
    )
  )
    return null;
  return { mention: subject, cue: null, rule: 'mention/embedded-subject' };
};

/** The sentence ending on a colon right before the sentence starting at `at` (white space between). */
function colonSentenceBefore(
  at: number,
  text: string,
  seg: Parameters<MentionRule>[0]['seg'],
): { start: number; end: number } | null {
  const k = seg.sentences.findIndex((s) => s.start === at);
  const before = k > 0 ? seg.sentences[k - 1] : undefined;
  if (!before || !/:\s*$/.test(text.slice(before.start, before.end))) return null;
  if (!/^\s*$/.test(text.slice(before.end, at))) return null;
  return before;
}
