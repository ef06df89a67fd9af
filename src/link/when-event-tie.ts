import { addDays, formatDay } from '../dates/calendar.js';
import { firstStartingAt } from '../quotes/quote-context.js';
import {
  sentenceEndAfter,
  sentenceStartAt,
  sentenceStartsBefore,
  toWhen,
  type WhenRule,
} from './when-rule.js';
import { movesOffDay, storyOfLead } from './when-story-day.js';

// Plain cues of words spoken then: "said", "declared", "according to" (not "says", "has said", "would say").
const SAID = /^(?:\w+\s+)?(?:said|told|added|declared|stated|insisted|warned)\b|^according to\b/i;

// Kinds of event a lead tells, each a set of words that name it again ("an explosion" … "the blast", "a bomb").
const EVENT_KINDS: readonly (readonly string[])[] = [
  [
    'explosion',
    'explosions',
    'blast',
    'blasts',
    'bomb',
    'bombs',
    'bombing',
    'bombings',
    'explosive',
    'device',
  ],
  ['ceremony', 'dedication', 'dedicating', 'inauguration', 'inaugurated', 'unveiling', 'unveiled', 'event'],
  // (not a ruling or verdict: anyone may comment on one, at any time after)
  ['vote', 'voted', 'votes', 'ballot', 'referendum', 'result'],
  ['convention', 'summit', 'congress', 'assembly'],
  ['earthquake', 'quake', 'tremor'],
  ['shooting', 'shootings', 'gunman', 'gunmen', 'gunfire'],
  ['crash', 'crashed', 'derailment', 'derailed', 'collision'],
];

// Each kind's words as one pattern, compiled once.
const KIND_PATTERNS = EVENT_KINDS.map((kind) => new RegExp(`\\b(?:${kind.join('|')})\\b`, 'i'));

// The lead's occasion named as the place of the words ("at the ceremony", "at the scene"), or one told as after
// it ("at a later press briefing"; not "at a news conference", which may be any day's).
const AT_OCCASION =
  /\b(?:at|during|after)\s+(?:the\s+(?:ceremony|scene)|(?:a|an|the)\s+(?:later|subsequent)\s+(?:news conference|press conference|(?:press\s+|news\s+)?briefing|(?:press\s+)?gaggle))\b/i;

// A private person set off by age or home town, as a passer-by asked: "Ada Kray, 59, of Tarn, said …".
const PASSER_BY = /^,\s*(?:\d{1,3},|of\s+\p{Lu})/u;

// A word of the lead that names its event's kind.
const KIND_WORD = /\p{L}+/gu;

// "Twenty people were hurt tonight by a blast in Dunmore. ¶ "We see no link," Mayor Ann Roe said. ¶ … ¶ "The
// cause of the blast is not known," said Police Chief Tom Hale." — in a story of its publication day (or of the
// day before its lead gives), a later source that speaks of the lead's event (its sentence, or the one before in
// its paragraph, names it again by a word of its kind), or is placed at its occasion ("at a later press
// briefing"), spoke that day: when the story stays on that day up to it, its sentence gives no other time or
// occasion, and no source since the lead was dated otherwise. Not a quote about another matter ("said the
// terminal had been unsafe for years"), nor one of another time ("she had toured the museum last week"), nor a
// passer-by's.
export const whenEventTie: WhenRule = {
  name: 'link/when-event-tie',
  // (its first checks return null without leadDay(text, timexes), null → null)
  needs: 'lead-day',
  find({ doc, quote, timexes, allTimexes, before }) {
    const story = storyOfLead(doc.folded, doc.article.date, quote, timexes, SAID);
    if (!story) return null;
    const { published, pub, text, day } = story;
    const cue = quote.cue;
    if (!cue || day.when < formatDay(addDays(pub, -1))) return null;
    const kinds = leadKinds(day.sentence);
    const at = Math.min(quote.start, cue.start, quote.mention?.start ?? quote.start);
    if (at < day.end) return null;
    const end = Math.max(quote.end, cue.end);
    const sentenceStart = sentenceStartAt(text, at);
    const sentenceEnd = sentenceEndAfter(text, end);
    const narration = `${text.slice(sentenceStart, quote.start)} ${text.slice(quote.end, sentenceEnd)}`;
    if (!AT_OCCASION.test(narration) && !tiedByKind(text, kinds, day.end, at, sentenceStart, sentenceEnd))
      return null;
    // (a passer-by's words may recall any time: "Ada Kray, 59, who watched the ceremony, said it brought back …")
    // (set off so where the text first names the speaker: "She said …" after "Ada Kray, 59, …")
    const named = quote.speaker ? text.indexOf(quote.speaker) : -1;
    const introduced = named >= 0 ? named + (quote.speaker?.length ?? 0) : (quote.mention?.end ?? -1);
    if (introduced >= 0 && PASSER_BY.test(text.slice(introduced, introduced + 40))) return null;
    // no source since the lead dated to another day
    for (const q of before ?? []) if (q.start >= day.end && q.when && q.when !== day.when) return null;
    if (movesOffDay(text, quote, timexes, allTimexes ?? timexes, day, at, published, AT_OCCASION))
      return null;
    // nor a past day of its own in the reported words ("she said she had toured the museum last week")
    const all = allTimexes ?? timexes;
    for (let i = firstStartingAt(all, sentenceStart); i < all.length; i++) {
      const u = all[i];
      if (!u || u.start >= sentenceEnd) break;
      const w = toWhen(u);
      if (w && w !== day.when && w < published.slice(0, w.length)) return null;
    }
    return { when: day.when, timex: day.timex };
  },
};

/** True when the quote's sentence, or the one before it, names a kind of the lead's event ("the cause of the blast"). */
function tiedByKind(
  text: string,
  kinds: RegExp[],
  leadEnd: number,
  at: number,
  sentenceStart: number,
  sentenceEnd: number,
): boolean {
  if (kinds.length === 0) return false;
  // the quote's sentence, and the one before it (one paragraph break at most), not the lead's own
  const paragraphStart = text.lastIndexOf('\n', Math.max(0, text.lastIndexOf('\n', at - 1) - 1) - 1) + 1;
  const starts = sentenceStartsBefore(text, at, 600).filter((s) => s >= paragraphStart);
  const from = Math.max(starts[1] ?? sentenceStart, leadEnd);
  const window = text.slice(from, sentenceEnd);
  return kinds.some((kind) => kind.test(window));
}

/** The patterns of the event kinds the lead's sentence names ("by an explosion" → explosion, blast, bomb …). */
function leadKinds(sentence: string): RegExp[] {
  const words = new Set([...sentence.toLowerCase().matchAll(KIND_WORD)].map((m) => m[0]));
  return KIND_PATTERNS.filter((_, i) => EVENT_KINDS[i]?.some((w) => words.has(w)));
}
