import {
  isSameSource,
  STORY_WINDOW_DAYS,
  sentenceEndAfter,
  sentenceStartAt,
  toWhen,
  type WhenRule,
} from './when-rule.js';

// Hearers any occasion may have, who tell no occasion when named again: "told reporters", "told him".
const PRESS =
  /^(?:reporters|journalists|the|a|an|media|press|newsmen|correspondents|it|him|her|them|us|me|you|people|parliament|congress)$/i;

// Another occasion or time in the reply's own sentence: "earlier", "last week", "in a statement", "has said".
const ANOTHER_TIME =
  /\b(?:earlier|later|previously|recently|once|formerly|in the past|at the time|ago|since|last (?:week|month|year)|(?:has|have|had)\s+(?:\w+\s+)?(?:said|told|called|stated|warned)|interview|statement|tweet(?:ed)?|wrote|will|would)\b/i;

// How far back the occasion's dated quote may be.
const MAX_GAP = 2500;

// "Kell said on Friday … ¶ "We are grateful," Kell told ambassadors of 12 Baltic states. ¶ The Latvian
// ambassador, speaking for the envoys, thanked her. "We stand with you," he said." — one of the hearers a dated
// statement was told to, answering it: the hearers' noun (or its singular) named in the new speaker's sentence
// puts the answer on the day of the statement it answers.
export const whenHearerReplies: WhenRule = {
  name: 'link/when-hearer-replies',
  // (its first checks return null without the date of an earlier quote told to the hearers (told.when))
  needs: 'earlier-date',
  find({ doc, quote, timexes, before }) {
    const cue = quote.cue;
    const published = doc.article.date;
    if (!cue || !published) return null;
    const text = doc.folded;
    const at = Math.min(quote.start, cue.start);
    // the own sentence, read only once a dated statement told to hearers is in reach (most quotes have none)
    let own: string | null = null;
    const earlier = before ?? [];
    for (let i = earlier.length - 1; i >= 0; i--) {
      const told = earlier[i];
      if (!told || at - told.end > MAX_GAP) break;
      if (isSameSource(told, quote)) return null;
      if (told.when?.length !== 10 || !told.cue || !told.whenTimex) continue;
      if (!text.startsWith('told', told.cue.start)) continue;
      const hearers = /^told\s+(?:\p{Lu}\p{L}+\s+)?(\p{Ll}{4,})\b/u.exec(
        text.slice(told.cue.start, told.cue.end + 40),
      )?.[1];
      if (!hearers || PRESS.test(hearers) || !hearers.endsWith('s')) continue;
      if (own === null) {
        const sentenceStart = sentenceStartAt(text, at);
        const sentenceEnd = sentenceEndAfter(text, Math.max(quote.end, cue.end));
        own = `${text.slice(sentenceStart, quote.start)} ${text.slice(quote.end, sentenceEnd)}`;
        if (ANOTHER_TIME.test(own)) return null;
        // nor a date of its own in the sentence
        if (timexes.some((t) => t.start >= sentenceStart && t.start < sentenceEnd && toWhen(t) !== null))
          return null;
      }
      const one = hearers.slice(0, -1);
      if (!new RegExp(`\\b(?:${hearers}|${one})\\b`, 'i').test(own)) continue;
      // (a statement of the last week, not a day long before)
      const days = (Date.parse(published) - Date.parse(told.when)) / 86_400_000;
      if (!(days >= 0 && days <= STORY_WINDOW_DAYS)) return null;
      const timex = timexes.find((t) => t.id === told.whenTimex);
      return timex ? { when: told.when, timex } : null;
    }
    return null;
  },
};
