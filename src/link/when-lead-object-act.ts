import { dateSinceLead } from './date-since-lead.js';
import { hasWholeWord } from './speaker-names.js';
import {
  namedSurname,
  sentenceEndAfter,
  sentenceStartAt,
  toWhen,
  type WhenRule,
  withoutAbbreviations,
} from './when-rule.js';

// A lead whose subject receives a dated statement of another's, named after "of"/"from": "Ann Roe received the
// endorsement of Gov. Tom Vell on Friday", "Roe won the backing of Mayor Vell on Monday".
const OBJECT_ACT =
  /\b(?:received|won|got|secured|earned|gained|landed|picked up|drew)\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+)?(?:endorsement|backing|blessing|support)\s+(?:of|from)\s+/iu;
// The day that dates the act: right after the giver's name, before any other clause ("… of Gov. Vell (R) on Friday").
const GIVER_REACH = 50;
// A cue telling the words as said once, in the past: "said", "told", "praised" (not "says", "will say").
const PAST_CUE = /^(?:\w+\s+)?(?:said|told|wrote|added|\w+ed)\b/i;
// A new occasion opens: "In an earlier interview, Vell said …", "Vell previously said …", "Vell tweeted …".
const NEW_OCCASION =
  /\b(?:earlier|previously|later|once|formerly|in the past|last (?:week|month|year)|separate|another|at the time|since|ago|tweet|tweeted|wrote|posted)\b/i;
// The titles a lead abbreviates before the giver's name, for a later "the governor said".
const TITLES: Readonly<Record<string, RegExp>> = {
  governor: /\b(?:Gov\.?|Governor)\s/,
  senator: /\b(?:Sen\.?|Senator)\s/,
  mayor: /\bMayor\s/,
  president: /\bPresident\s/,
};
// How far after the lead the giver's words may stand.
const REACH = 2000;

// "Tom Orr received the endorsement of Gov. Ann Vell on Friday, … ¶ "I will be voting for Tom Orr," Vell said in an
// interview. ¶ … the governor said." — the lead dates a statement whose source it names as the object of what the
// subject received: that source's words after the lead, before the text gives another date, are that statement.
export const whenLeadObjectAct: WhenRule = {
  name: 'link/when-lead-object-act',
  find({ doc, quote, allTimexes, timexes }) {
    const cue = quote.cue;
    if (!cue || !PAST_CUE.test(cue.text)) return null;
    const text = doc.folded;
    const lead = bodyLead(text);
    if (!lead) return null;
    const [from, leadEnd] = lead;
    const at = Math.min(quote.start, cue.start);
    if (at < leadEnd || at > leadEnd + REACH) return null;
    const plain = withoutAbbreviations(text.slice(from, leadEnd));
    if (/["\u201C\u201D]/.test(plain)) return null;
    const act = OBJECT_ACT.exec(plain);
    if (!act) return null;
    const giverFrom = from + act.index + act[0].length;
    const all = allTimexes ?? timexes;
    const day = all.find(
      (t) => t.start >= giverFrom && t.start <= giverFrom + GIVER_REACH && t.end <= leadEnd,
    );
    const when = day ? toWhen(day) : null;
    if (!day || !when || when.length !== 10) return null;
    const giver = text.slice(giverFrom, day.start);
    // the giver's name, then at most a bracketed party tag and "on": no other clause between ("… of Vell, who …")
    if (/[,;:]|\b(?:and|who|which|after|before|when|while)\b/i.test(giver)) return null;
    if (!isGiver(quote.speaker, namedSurname(quote), giver)) return null;
    // no other date since the lead
    if (dateSinceLead(all, text, doc.article.date ?? '', leadEnd, at, when)) return null;
    const sentenceStart = Math.max(leadEnd, sentenceStartAt(text, at));
    const beforeQuote = text.slice(sentenceStart, Math.max(sentenceStart, quote.start));
    const afterQuote = text.slice(quote.end, Math.min(text.length, Math.max(quote.end, cue.end) + 40));
    if (NEW_OCCASION.test(beforeQuote) || NEW_OCCASION.test(afterQuote.split(/[.!?\n]/)[0] ?? ''))
      return null;
    return { when, timex: day };
  },
};

/** True when the quote's speaker is the giver the lead names: by surname ("Vell"), or by the title the lead gives
 * it ("the governor" for "Gov. Ann Vell"). */
function isGiver(speaker: string | null, surname: string | null, giver: string): boolean {
  if (surname && hasWholeWord(giver, surname)) return true;
  const title = /^the\s+(\p{Ll}+)$/u.exec(speaker?.trim() ?? '')?.[1];
  const written = title ? TITLES[title] : undefined;
  return written?.test(giver) ?? false;
}

/** The first sentence of the first paragraph of 15 words or more among the first three: the lead, past a
 * headline line that `leadSentence` may take for it ("Vell endorses Orr - but also has praise for Lee."). */
export function bodyLead(text: string): [number, number] | null {
  if (lastBody.text === text) return lastBody.span;
  let span: [number, number] | null = null;
  const paragraph = /[^\n]+/g;
  for (let n = 0; n < 3; n++) {
    const m = paragraph.exec(text);
    if (!m) break;
    if (m[0].split(/\s+/).length < 15) continue;
    span = [m.index, sentenceEndAfter(withoutAbbreviations(m[0]), 0) + m.index];
    break;
  }
  lastBody = { text, span };
  return span;
}
let lastBody: { text: string; span: [number, number] | null } = { text: '', span: null };
