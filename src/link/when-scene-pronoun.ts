import { cachedRegExp, escapeRegExp } from './speaker-names.js';
import { NEW_OCCASION, outsideQuotes } from './when-occasion-continues.js';
import { namedSurname, sentenceEndAfter, sentenceStartsBefore, toWhen, type WhenRule } from './when-rule.js';

// Plain cues of words said at the encounter: "said", "told me", "added".
const SCENE_CUE = /^(?:said|says|told|added|explained|went on|continued|insisted|stressed|noted)\b/i;
// A weekday opening the scene's clause, its subject a pronoun: "Friday she had …", "On Tuesday afternoon, he sat …"
// (after the sentence's start or a comma: "And while she keeps apart from it all, Friday she had …").
const WEEKDAY =
  /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?$/i;
const CLAUSE_OPEN = /(?:^|,)\s*(?:(?:and|but|yet)\s+)?(?:on\s+)?$/i;
const PRONOUN_SUBJECT = /^,?\s+(?:she|he)\s+(?!(?:will|would|is|was|plans?|planned|hopes?)\b)\p{L}/iu;
// Not an encounter held: "is to meet", "next Friday", a scene of another event ("after", "before", "until").
const NOT_SCENE =
  /\b(?:will|would|is to|to be|due to|expected to|scheduled|next|after|before|until|since)\b/i;
// Characters back for the scene sentence and the one before it.
const REACH = 1200;

// "Juanita Roe is a well-loved member of this community. And while she keeps apart from it all, Friday she had firm
// opinions on the case. ¶ "I feel for this child," Juanita Roe said." — a sentence with no quoted words opening a
// clause on a weekday and a pronoun subject (the encounter with the source, told without a speech verb), right
// before the quote of a source named in it or the sentence before it: the words were said that day.
export const whenScenePronoun: WhenRule = {
  name: 'link/when-scene-pronoun',
  needs: 'time-near',
  find({ doc, quote, timexes }) {
    const cue = quote.cue;
    if (!cue || !SCENE_CUE.test(cue.text)) return null;
    const surname = namedSurname(quote);
    const published = doc.article.date;
    if (!surname || published?.length !== 10) return null;
    const text = doc.folded;
    const at = Math.min(quote.start, cue.start);
    const starts = sentenceStartsBefore(text, at, REACH);
    const own = starts[0];
    const scene = starts[1];
    if (own === undefined || scene === undefined) return null;
    // the scene's one day: a weekday of the week before publication
    const inScene = timexes.filter((t) => t.start >= scene && t.start < own && toWhen(t) !== null);
    const t = inScene[0];
    if (!t || inScene.length > 1 || !WEEKDAY.test(t.text)) return null;
    const when = toWhen(t);
    if (when?.length !== 10 || when > published) return null;
    if (!CLAUSE_OPEN.test(text.slice(scene, t.start)) || !PRONOUN_SUBJECT.test(text.slice(t.end, t.end + 20)))
      return null;
    const sentence = text.slice(scene, own);
    if (/["\u201C\u201D]/.test(sentence) || NOT_SCENE.test(sentence)) return null;
    // the quote's own sentence names no time or occasion of its own
    const ownEnd = sentenceEndAfter(text, Math.max(quote.end, cue.end));
    if (timexes.some((u) => u.start >= own && u.start < ownEnd && toWhen(u) !== null)) return null;
    if (NEW_OCCASION.test(outsideQuotes(text.slice(own, ownEnd)))) return null;
    // the source named in the scene or the sentence before it
    const named = outsideQuotes(text.slice(starts[2] ?? scene, own));
    if (!cachedRegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'u').test(named)) return null;
    return { when, timex: t };
  },
};
