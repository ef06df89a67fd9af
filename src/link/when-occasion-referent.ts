import { isSameClause, toWhen, type WhenFound, type WhenRule } from './when-rule.js';

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
    const m = ref.exec(lead.split(/[.!?]\s/).at(-1) ?? '') ?? ref.exec(tail.split(/[.,;:!?"]/)[0] ?? '');
    if (!m) return null;
    const noun = (m[1] ?? '').toLowerCase();
    const refStart = Math.min(cue.start, quote.start) - 60;
    const earlier = earlierOccasion(noun);
    let found: WhenFound | null = null;
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
        if (after || before || aired) found = { when, timex: t };
      }
    }
    return found;
  },
};
