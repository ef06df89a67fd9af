import type { TimeExpression } from '../types.js';
import { isInRelativeAside } from './day-in-relative-aside.js';
import { escapeRegExp } from './speaker-names.js';
import { NEW_OCCASION, outsideQuotes } from './when-occasion-continues.js';
import {
  namedSurname,
  sentenceEndAfter,
  sentenceStartsBefore,
  toWhen,
  type WhenRule,
  withoutAbbreviations,
  withoutCausalSince,
} from './when-rule.js';

// Plain cues of words said at the scene: "said", "told them", "added".
const SCENE_CUE =
  /^(?:said|told|added|replied|answered|explained|asked|went on|continued|concluded|agreed|noted|insisted|stressed|argued|declared|warned|urged)\b/i;
// A sentence telling an occasion where people speak: "met", "gathered in Dunmore", "during a conference call",
// "showed up at a field office", "endorsed his rival".
const OCCASION =
  /\b(?:met|meeting|gathered|gathering|convened|summit|conference|conference call|call with reporters|press conference|news conference|briefing|interview|hearing|debate|rally|town hall|forum|ceremony|speech|addressed|spoke|appeared|appearance|visited|visit|toured|showed up|greeted|endorsed|campaigned|went on (?:national )?(?:television|TV|radio))\b/i;
// Not held yet: "will meet on Monday", "is due to gather", "next Monday".
const NOT_HELD =
  /\b(?:will|would|is to|are to|to be|(?:is|are|was|were|be|been|not|now)\s+due to|expected to|scheduled|planned|next|plans? to)\b/i;
// A day in a clause bounding or naming something else: "before Monday's vote", "following a meeting on Tuesday",
// "until Friday", "the February 2 accord".
const BOUNDING =
  /\b(?:before|after|since|until|following|preceding|ahead of|prior to)\b[^,;:]*$|\b(?:by|from|through|till|the|a|an|this|that|his|her|its|their|our)\s+$/i;
// A date naming a thing, after a determiner: "the November 27 accord", "its May 2 report".
const ATTRIBUTIVE = /\b(?:the|a|an|this|that|his|her|its|their|our)\s+$/i;
const isAttributive = (text: string, t: TimeExpression) =>
  /^the\b/i.test(t.text) || ATTRIBUTIVE.test(text.slice(Math.max(0, t.start - 8), t.start));
const PRONOUN = /^(?:he|she|they|we)$/i;
// How far back the dated sentence may be: sentences and characters.
const SENTENCES_BACK = 5;
const REACH = 1500;

// "On Sunday afternoon, Ebba Lind showed up at a field office in Dunmore. She was greeted by an organizer. ¶ "You
// will be the best messengers," the organizer told them." — a quote whose speaker the scene names, told a few
// sentences after a sentence dating an occasion, with no other date or occasion between, was said there that day.
export const whenSceneEarlier: WhenRule = {
  name: 'link/when-scene-earlier',
  find({ doc, quote, timexes, before }) {
    const cue = quote.cue;
    if (!cue || !SCENE_CUE.test(cue.text) || !quote.speaker) return null;
    const text = doc.folded;
    const at = Math.min(quote.start, cue.start);
    const upTo = Math.max(quote.end, cue.end);
    // a day before the quote in reach: the scene's date (most quotes have none: the sentence scan is saved)
    if (!timexes.some((t) => t.start >= at - REACH && t.end <= at && toWhen(t)?.length === 10)) return null;
    const starts = sentenceStartsBefore(text, at, REACH);
    const ownStart = starts[0] ?? at;
    const ownEnd = sentenceEndAfter(text, upTo);
    // the quote's own sentence names no time of its own (the rules before read it), but for a date naming a thing
    // ("They concluded that the November 27 accord is …")
    if (timexes.some((t) => t.start >= ownStart && t.start < ownEnd && !isAttributive(text, t))) return null;
    const own = `${text.slice(ownStart, quote.start)} ${text.slice(quote.end, ownEnd)}`;
    const published = doc.article.date ?? null;
    for (let i = 1; i <= SENTENCES_BACK && i < starts.length; i++) {
      const sStart = starts[i] ?? 0;
      const sEnd = starts[i - 1] ?? at;
      const inSentence = timexes.filter((t) => t.start >= sStart && t.start < sEnd && toWhen(t) !== null);
      const t = inSentence[0];
      if (!t) continue;
      const when = toWhen(t);
      if (when?.length !== 10 || inSentence.some((u) => toWhen(u) !== when)) return null;
      if (published && when > published) return null;
      const sentence = withoutAbbreviations(text.slice(sStart, sEnd));
      if (/["\u201C\u201D]/.test(sentence) || !OCCASION.test(sentence) || NOT_HELD.test(sentence))
        return null;
      if (BOUNDING.test(text.slice(sStart, t.start)) || /^the\b/i.test(t.text)) return null;
      // "In a speech from Dunmore -- which votes on Saturday -- Roe said …": the day of the place's vote
      if (isInRelativeAside(text, sStart, t)) return null;
      // nothing between opens another time or occasion ("Earlier, …", "in a statement", "has long said")
      const between = withoutCausalSince(outsideQuotes(`${text.slice(sEnd, ownStart)} ${own}`));
      if (NEW_OCCASION.test(between)) return null;
      // the speaker is at the scene: named there ("greeted by an organizer" … "the organizer told them"), or a
      // pronoun at most two sentences after the dated one
      const scene = outsideQuotes(text.slice(sStart, ownStart));
      // "told reporters" after a scene that named no reporters: another audience, another occasion
      const hearers = /^told\s+(?:the\s+|a\s+|an\s+)?(\p{L}+)/iu.exec(
        text.slice(cue.start, cue.end + 30),
      )?.[1];
      if (
        hearers &&
        !/^(?:them|him|her|us|me|it)$/i.test(hearers) &&
        !new RegExp(`\\b${hearers}`, 'i').test(scene)
      )
        return null;
      // quotes told between carry the scene's day too: one left undated or dated otherwise ended it
      if ((before ?? []).some((q) => q.end > sEnd && q.start < at && q.when !== when)) return null;
      if (!isAtScene(quote.speaker, namedSurname(quote), scene, i <= 2)) return null;
      return { when, timex: t };
    }
    return null;
  },
};

/** The speaker in the scene's words: its surname or a described speaker's head noun, not only as the object of a
 * verb ("a delegation visited Ms Lind" tells her visitors' occasion, not her words), or a pronoun near enough. */
function isAtScene(speaker: string, surname: string | null, scene: string, next: boolean): boolean {
  const words = speaker.trim().split(/\s+/);
  if (words.length === 1 && PRONOUN.test(speaker.trim())) return next;
  const head = surname ?? (/^(?:the|a|an)$/i.test(words[0] ?? '') ? words.at(-1) : null);
  if (!head || head.length < 3) return false;
  const named = new RegExp(`(?<![\\p{L}])${escapeRegExp(head)}(?![\\p{L}])`, surname ? 'gu' : 'giu');
  for (const m of scene.matchAll(named)) if (!OBJECT_OF_VERB.test(scene.slice(0, m.index))) return true;
  return false;
}

// A name right after a verb, titles and given names between: "visited Ms Ada Lind", "met Lind"; or in a clause of
// another event: "… on Friday night after Mayor Ann Lind took issue with the plan".
const OBJECT_OF_VERB =
  /\b(?:\p{L}+ed|met|saw|told|thanked|sought|won|beat|hit|took)\s+(?:(?:the|a|an|Mr|Mrs|Ms|Miss|Dr|Gov|Sen|Rep|Prof)\.?\s+)?(?:\p{Lu}[\p{L}.'-]*\s+)*$|\b(?:after|before|since|until|when)\b[^,;:.!?\n]*$/u;
