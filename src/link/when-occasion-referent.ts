import type { TimeExpression } from '../types.js';
import { cachedRegExp } from './speaker-names.js';
import { isSameClause, sentenceStartAt, toWhen, type WhenFound, type WhenRule } from './when-rule.js';

const OCCASION_NOUN =
  'television|TV|radio|interview|rally|press conference|news conference|speech|address|briefing|hearing|debate|meeting|summit|podcast|ceremony|funeral|vigil|memorial|conference|talks|launch|inauguration';

// "before the signing ceremony", "after the talks": the same day's occasion
const OCCASION_REFERENCE = new RegExp(
  `\\b(?:on|at|in|during|before|after|following|ahead of)\\s+(?:the|that)\\s+(?:[\\w-]+\\s+)?(${OCCASION_NOUN})\\b`,
  'i',
);

// The occasion dated by a relative clause right after it: "an interview with Kestrel TV that aired Sunday", "a
// rally which was held on Friday"
const AIRED =
  /^[^.!?;:"\u201C\u201D]*?\b(?:that|which)\s+(?:was\s+|were\s+)?(?:aired|broadcast|published|held|took place|ran)\s+(?:(?:on|in|at|last|early|late|earlier)\s+)?$/i;

// The past verb that tells an occasion the noun refers back to: "The Tarn ministers met in Lorne on Friday. …
// After the meeting, Vell said …"; "Roe testified on Monday. … During the hearing, she said …".
const OCCASION_VERB: Record<string, RegExp> = {
  meeting: /\bmet\b/gi,
  talks: /\bmet\b/gi,
  summit: /\bmet\b/gi,
  hearing: /\btestified\b/gi,
  debate: /\bdebated\b/gi,
};

/** The date of the last dated telling of the occasion by its verb before `refStart`, when no other occasion the
 * noun names (with "a", "another" …) comes between. */
function verbOccasion(
  text: string,
  noun: string,
  refStart: number,
  timexes: readonly TimeExpression[],
): WhenFound | null {
  const verb = OCCASION_VERB[noun];
  if (!verb) return null;
  verb.lastIndex = 0;
  let found: WhenFound | null = null;
  let foundEnd = 0;
  for (let v = verb.exec(text); v && v.index < refStart; v = verb.exec(text)) {
    // (a past occasion, not one to come: "will be debated on Tuesday")
    if (/\b(?:be|been|to)\s+$/i.test(text.slice(Math.max(0, v.index - 8), v.index))) continue;
    const verbEnd = v.index + v[0].length;
    for (const t of timexes) {
      const when = toWhen(t);
      // "met in Lorne on Friday", "met Friday"
      if (when && t.start >= verbEnd && isSameClause(text.slice(verbEnd, t.start), 30)) {
        found = { when, timex: t };
        foundEnd = t.end;
        break;
      }
    }
  }
  if (!found) return null;
  // (not when another occasion of the kind is told between: "… a meeting with bankers on Monday …")
  return otherOccasionBetween(text, noun, foundEnd, refStart) ? null : found;
}

/** Whether another occasion the noun names is told from `from` to `to` ("… a meeting with bankers …"). */
function otherOccasionBetween(text: string, noun: string, from: number, to: number): boolean {
  const other = cachedRegExp(
    `\\b(?:a|an|another|one|two|three|several|next|new|second|further|more|other)\\s+(?:[\\w-]+\\s+){0,2}${noun}\\b`,
    'i',
  );
  return other.test(text.slice(from, to));
}

// What may not stand in the subject between an opening phrase and the cue: a new clause or sentence.
const SUBJECT_BREAK =
  /[.;:!?"\u201C\u201D]|\b(?:who|which|whom|whose|because|although|while|when|where|if|that|said|says|told|but)\b/i;

const EARLIER = new Map<string, RegExp>();

/** The occasion noun's earlier mentions (one regex per noun, its search restarted at each use). */
function earlierOccasion(noun: string): RegExp {
  let re = EARLIER.get(noun);
  if (!re) {
    re = new RegExp(`\\b${noun}\\b`, 'gi');
    EARLIER.set(noun, re);
  }
  re.lastIndex = 0;
  return re;
}

// "He spoke on live television on Wednesday … On the live television he said, "…"" — a quote given at an occasion
// named with "the" takes the date given where the text first dated that occasion.
export const whenOccasionReferent: WhenRule = {
  name: 'link/when-occasion-referent',
  find({ doc, quote, timexes }) {
    const cue = quote.cue;
    if (!cue) return null;
    const text = doc.folded;
    // "On the live television he said", "he said at the rally": the occasion next to the cue, outside the quote.
    const near = (from: number, to: number) => (from < to ? text.slice(from, to) : '');
    const lead = near(Math.max(0, cue.start - 60, quote.end <= cue.start ? quote.end : 0), cue.start);
    const tail = near(
      cue.end,
      Math.min(text.length, cue.end + 40, quote.start > cue.end ? quote.start : text.length),
    );
    const ref = OCCASION_REFERENCE;
    let refStart = Math.min(cue.start, quote.start) - 60;
    let m = ref.exec(lead.split(/[.!?]\s/).at(-1) ?? '') ?? ref.exec(tail.split(/[.,;:!?"]/)[0] ?? '');
    if (!m && quote.start > cue.start) {
      // "Speaking to reporters after the meeting, the Tarn deputy finance minister Ola Brisk said …": the phrase
      // opening the sentence, then the subject alone before the cue
      const sStart = sentenceStartAt(text, cue.start);
      const opening = text.slice(sStart, cue.start);
      const comma = opening.indexOf(',');
      const subject = opening.slice(comma + 1);
      if (comma > 0 && comma <= 80 && subject.length <= 120 && !SUBJECT_BREAK.test(subject)) {
        m = ref.exec(opening.slice(0, comma));
        refStart = sStart;
      }
    }
    if (!m) return null;
    const noun = (m[1] ?? '').toLowerCase();
    const earlier = earlierOccasion(noun);
    let found: WhenFound | null = null;
    let foundEnd = 0;
    for (let e = earlier.exec(text); e && e.index < refStart; e = earlier.exec(text)) {
      const nounStart = e.index;
      const nounEnd = e.index + e[0].length;
      for (const t of timexes) {
        const when = toWhen(t);
        if (!when) continue;
        // "by live television on Wednesday" or "on Wednesday on the live television"
        const after = t.start >= nounEnd && isSameClause(text.slice(nounEnd, t.start), 30);
        const before =
          t.end <= nounStart && nounStart - t.end <= 20 && !/[.,;:!?"]/.test(text.slice(t.end, nounStart));
        // "an interview with Kestrel TV that aired Sunday"
        const aired =
          t.start >= nounEnd && t.start - nounEnd <= 70 && AIRED.test(text.slice(nounEnd, t.start));
        if (after || before || aired) {
          found = { when, timex: t };
          foundEnd = Math.max(t.end, nounEnd);
        }
      }
    }
    // (the occasion last dated, when no other of its kind is told since)
    if (found) return otherOccasionBetween(text, noun, foundEnd, refStart) ? null : found;
    // (only "the meeting" itself: "after the Commons debate" need not be the one the Lords "debated")
    if (!/^\S+\s+(?:the|that)\s+\S+$/i.test(m[0])) return null;
    return verbOccasion(text, noun, refStart, timexes);
  },
};
