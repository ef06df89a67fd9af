import { toWhen, type WhenRule } from './when-rule.js';

// A new occasion opens: "Earlier, X said …", "X previously said …", "In a separate interview, X said …".
const NEW_OCCASION =
  /\b(?:earlier|previously|later|once|formerly|in the past|last (?:week|month|year)|in (?:a|an) (?:separate|earlier|later|other|different|another)|separately|at the time|then)\b/i;

// "Lee said on Friday "We will stay." Lee also said the plan was fair. He added, "It is over."" — a quote that
// goes on from the previous quote of the same speaker, with no new date or occasion between them, continues
// that statement and takes its date.
export const whenSameStatement: WhenRule = {
  name: 'link/when-same-statement',
  find({ doc, quote, timexes, before }) {
    // The previous quote, skipping one this quote is nested in.
    const prev = [...(before ?? [])]
      .reverse()
      .find((q) => !(q.start <= quote.start && quote.end <= q.end));
    if (!prev?.when || !prev.whenTimex) return null;
    const sameSpeaker =
      (prev.speakerEntity !== null && prev.speakerEntity === quote.speakerEntity) ||
      (prev.speaker !== null && prev.speaker === quote.speaker);
    if (!sameSpeaker) return null;
    const text = doc.folded;
    const from = Math.max(prev.end, prev.cue?.end ?? 0);
    const to = Math.min(quote.start, quote.cue?.start ?? quote.start);
    const gap = from < to ? text.slice(from, to) : '';
    // Same paragraph or the next one.
    if ((gap.match(/\n\s*\n/g) ?? []).length > 1) return null;
    if (gap.length > 400) return null;
    // … and right after the cue: "X also said earlier he might …".
    const afterCue = quote.cue ? text.slice(quote.cue.end, Math.min(quote.cue.end + 30, text.length)) : '';
    if (NEW_OCCASION.test(gap) || NEW_OCCASION.test(afterCue.split(/[.,;:"\u201C]/)[0] ?? '')) return null;
    // Any date between them may move the story to another day.
    const lo = Math.min(prev.end, quote.start);
    if (timexes.some((t) => t.start >= lo && t.start < to && toWhen(t) !== null && t.id !== prev.whenTimex))
      return null;
    const timex = timexes.find((t) => t.id === prev.whenTimex);
    if (!timex) return null;
    return { when: prev.when, timex };
  },
};
