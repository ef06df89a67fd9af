import type { TimeExpression } from '../types.js';
import { hasWholeWord } from './speaker-names.js';
import {
  leadDay,
  namedSurname,
  sentenceStartAt,
  toWhen,
  type WhenRule,
  withoutAbbreviations,
} from './when-rule.js';

// Verbs that tell a statement in the lead: "President Ann Roe Saturday vowed to …", "Vell on Monday said the …".
const STATEMENT_VERB =
  /\b(?:said|told|announced|declared|stated|vowed|pledged|promised|warned|urged|called|appealed|insisted|stressed|emphasized|emphasised|denied|rejected|defended|criticized|criticised|condemned|praised|welcomed|accused|dismissed|questioned|argued|admitted|conceded|acknowledged|confirmed|reiterated|repeated|predicted|proposed|demanded|signalled|signaled|hinted)\b/i;
// Public acts a statement goes with, whose day may stand anywhere after the verb: "On Wednesday, Senator Ann Roe
// ended her bid for …", "Mayor Vell, the city's leader, resigned shortly before midnight Friday".
const ACT_VERB =
  /\b(?:ended|resigned|conceded|endorsed|vetoed|unveiled|withdrew|dropped out|suspended|declined|refused|announced (?:his|her|their|its) (?!plans?\b|intention\b)\w+)\b/i;
const NOT_HELD =
  /\b(?:will|would|is to|are to|to be|(?:is|are|was|were|be|been|not|now)\s+due to|expected to|scheduled|plans? to|next)\b/i;
const PAST_CUE =
  /^(?:\w+\s+)?(?:said|told|added|declared|stated|insisted|stressed|noted|explained|warned|continued|pointing)\b/i;
// A new occasion opens: "In an earlier interview, Vell said …", "Vell previously said …".
const NEW_OCCASION =
  /\b(?:earlier|previously|later|once|formerly|in the past|last (?:week|month|year)|separate|another|at the time|then|when|since|ago|interview|tweet|wrote|posted)\b/i;

// "President Ann Roe Saturday vowed to find the bombers. ¶ "We will not rest," Roe said in her weekly address. ¶
// "…," the president said." — in an article whose lead tells one person's statement on one day, that person's
// quotes with no date of their own, before the text gives any other date, belong to that statement.
export const whenLeadStatement: WhenRule = {
  name: 'link/when-lead-statement',
  // (its first checks return null without leadDay(text, timexes), null → null)
  needs: 'lead-day',
  find({ doc, quote, timexes, allTimexes, before }) {
    const cue = quote.cue;
    // a name, or a title the lead puts before the name ("the president" for "President Ann Roe")
    const title = /^the\s+(\p{Ll}+)$/u.exec(quote.speaker?.trim() ?? '')?.[1];
    const surname = namedSurname(quote) ?? (title ? titleCase(title) : null);
    if (!cue || !PAST_CUE.test(cue.text) || !surname) return null;
    const text = doc.folded;
    const day = leadDay(text, timexes);
    if (!day) return null;
    const { from, end: leadEnd, sentence, timex: t, when } = day;
    const at = Math.min(quote.start, cue.start);
    if (at < leadEnd) return null;
    if (!isToldInLead(sentence, t.start - from, surname)) return null;
    // a lead that is itself a quote passes its date on as one statement (link/when-same-statement), not further
    if ((before ?? []).some((q) => q.start < leadEnd && q.end > from)) return null;
    // no other date since the lead (inside reported words too; not one still to come, which tells no statement),
    // no new occasion in the quote's sentence
    const published = doc.article.date ?? '';
    const moved = (u: TimeExpression) => {
      const w = toWhen(u);
      return w !== null && !(published && w.slice(0, published.length) > published.slice(0, w.length));
    };
    if ((allTimexes ?? timexes).some((u) => u.start >= leadEnd && u.start < at && moved(u))) return null;
    const sentenceStart = Math.max(leadEnd, sentenceStartAt(text, at));
    const beforeQuote = text.slice(sentenceStart, Math.max(sentenceStart, quote.start));
    const afterQuote = text.slice(quote.end, Math.min(text.length, Math.max(quote.end, cue.end) + 40));
    if (NEW_OCCASION.test(beforeQuote) || NEW_OCCASION.test(afterQuote.split(/[.!?\n]/)[0] ?? ''))
      return null;
    return { when, timex: t };
  },
};

/** True when the lead sentence tells a statement of the person `surname` names: named before the statement verb, the date
 * (at `dateAt` in the sentence) inside the subject or right after the verb ("Roe Saturday vowed", "Roe said on Friday"). */
function isToldInLead(sentence: string, dateAt: number, surname: string): boolean {
  if (/["\u201C\u201D]/.test(sentence)) return false;
  const plain = withoutAbbreviations(sentence);
  const said = STATEMENT_VERB.exec(plain);
  const act = ACT_VERB.exec(plain);
  const verb = said && (!act || said.index < act.index) ? said : act;
  if (!verb || NOT_HELD.test(plain.slice(0, verb.index))) return false;
  const subject = plain.slice(0, verb.index);
  if (!hasWholeWord(subject, surname)) return false;
  if (/\b(?:who|which|whom|whose|after|before|when|while|because|that)\b/i.test(subject)) return false;
  // "On Wednesday, Senator Ann Roe …", "Ann Roe, the city's mayor, …": an opening date and one appositive may
  // stand in the subject, no other clause
  const core = subject
    .replace(/^\s*(?:(?:late|early)\s+)?(?:on\s+)?[\p{L}\s]{3,30}?,\s*/u, (m) => (dateAt < m.length ? '' : m))
    .replace(/,[^,;:]{2,60},\s*$/, ' ');
  if (/[,;:]/.test(core)) return false;
  // an act's day may stand anywhere after it ("ended her bid for the nomination on Wednesday"); a statement's
  // right after the verb, before the reported words ("said on Friday the …")
  if (verb === act) return true;
  return dateAt <= verb.index + verb[0].length + 4;
}

/** "president" → "President" (a title as written before a name). */
function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
