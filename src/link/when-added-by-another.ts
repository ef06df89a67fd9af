import { isSameSource, type WhenRule, withoutAbbreviations } from './when-rule.js';

// "added Rep. Ann Roe", "Vell added": a second speaker joining the words just quoted (not "he added").
const ADDED = /^(?:added|chimed in)$/i;
// Nothing but closing and opening quote marks, spaces and one paragraph break between the two quotes.
const ADJACENT = /^[\s"'\u201C\u201D\u2018\u2019,.]*$/;

// "“It is a dog whistle,” Rep. Ann Roe said Friday. ¶ “I have been thinking a lot about this,” added Rep. Tom
// Vell." — "added" with a new speaker goes on from the quote right before it, at the same occasion: its full day.
export const whenAddedByAnother: WhenRule = {
  name: 'link/when-added-by-another',
  // (its first checks return null without the previous quote's date (previous.when))
  needs: 'earlier-date',
  find({ doc, quote, before, timexes }) {
    const cue = quote.cue;
    if (!cue || !ADDED.test(cue.text) || quote.type !== 'direct') return null;
    // the speaker named at the cue, not a pronoun going on from the last speaker
    const mention = quote.mention?.text;
    if (!mention || /^(?:he|she|they|it)$/i.test(mention)) return null;
    const previous = (before ?? []).at(-1);
    if (previous?.when?.length !== 10 || !previous.whenTimex) return null;
    if (isSameSource(previous, quote) || previous.speaker === null) return null;
    if (previous.when > (doc.article.date ?? '')) return null;
    // the quote follows the previous one directly (the cue after it: '"…," added Rep. Vell')
    if (cue.start < quote.end) return null;
    // (past the previous quote's own cue: '"…," Senator Roe said on Friday. "…," added Senator Hale.')
    const text = doc.folded;
    const pc = previous.cue;
    let from = previous.end;
    if (pc && pc.start >= previous.end && pc.end <= quote.start) {
      const end = withoutAbbreviations(text.slice(pc.end, quote.start)).search(/[.!?\n]/);
      from = end < 0 ? quote.start + 1 : pc.end + end + 1;
    }
    if (from > quote.start || !ADJACENT.test(text.slice(from, quote.start))) return null;
    const timex = timexes.find((t) => t.id === previous.whenTimex);
    return timex ? { when: previous.when, timex } : null;
  },
};
