import type { TimeExpression } from '../types.js';
import { isHabitualReport } from './habitual-report.js';
import { isWeekdayInList } from './weekday-in-list.js';
import { toWhen, type WhenRule } from './when-rule.js';

// Cues of a report made once: "said", "told reporters", "noted" (not "has said", "will say", "would tell").
export const REPORT_CUE =
  /^(?:(?:also|\w+ly)\s+)?(?:said|says|told|tells|added|noted|reported|stated|explained|confirmed|announced|disclosed|acknowledged|pointed out|according to)\b/i;

// The days a reported clause can name the publication day by: "today", "tonight", "this morning", "on Sunday" in a
// story of that Sunday.
export const DAY_RULES = /^dates\/(?:deictic-day|weekday|time-with-day)$/;

// A past-tense verb of the reported clause before the day: "the dollar remained low today", "Kray met them
// on Sunday".
export const PAST_VERB =
  /\b(?:\w{2,}(?<!e)ed|was|were|had|rose|fell|made|took|came|went|gave|met|won|lost|began|saw|left|held|sold|bought|paid|broke|spoke|chose|grew|ran|shot|led|found|sent|spent|kept|brought|fought|became|struck|stood|told|said|hit|cut|set|put|quit|shut|split|underwent|sank|slid|swung|drew|dealt|froze)\b/i;

// A past verb right after the day: "the problem today occurred", "shares today fell".
const PAST_AFTER = new RegExp(`^\\s+(?:\\w+ly\\s+)?(?:${PAST_VERB.source})`, 'i');

// Words that leave the day's event to come or unsure: "would approve … today", "is due to meet today", "plans to …",
// "has offered to travel alone today".
export const NOT_HAPPENED =
  /\b(?:will|would|could|should|may|might|must|shall|can|due|expected|expects?|plans?|planned|scheduled|going|hopes?|hoped|if|unless|whether|until|till|since|by|before|from|starting|beginning|opening|ahead|next|coming|(?:set|likely|wants?|wanted|agreed|decided|intends?|intended|ready|about|offer(?:s|ed)?|promis(?:es|ed)?|pledg(?:es|ed)|vow(?:s|ed)|threaten(?:s|ed)|propos(?:es|ed)|willing|prepared)\s+(?:\w+\s+)?to)\b/i;

// "has said", "would say": the cue's own auxiliary sits just before it (a report not made once).
export function hasAuxiliaryBeforeCue(text: string, cueStart: number): boolean {
  return /\b(?:has|have|had|will|would|could|might|may)\s+(?:\w+\s+)?$/i.test(
    text.slice(Math.max(0, cueStart - 25), cueStart),
  );
}

/** Words telling a past event: a past verb, a present passive aside ("after it is filed on Friday" tells none). */
export function tellsPast(words: string): boolean {
  return PAST_VERB.test(words.replace(/\b(?:is|are|be|being|been)\s+\w+/gi, ' '));
}

// The words before "today" meaning these days: "in the world today", "America today", "young people today".
const NOWADAYS =
  /\b(?:world|country|countries|society|nation|america|states|britain|europe|industry|economy|politics|culture|life|generation|people|youth|media|age|business|science)\s+$/i;

// A noun after the day, which then names a thing: "his entire Sunday schedule" (not "Sunday night", "Sunday in …").
const NOUN_AFTER =
  /^\s+(?!(?:morning|afternoon|evening|night|in|at|on|to|for|with|by|from|and|but|or|as|after|before|when|while|amid|despite|under|over|against|near|of|that|than)\b)[a-z]/;

// "today's sell-off": a day's event that has happened, naming no statement itself.
const HAPPENED_EVENT =
  /^['\u2019]s\s+(?:\w+\s+){0,2}?(?:fall|drop|decline|rise|gain|rally|break|plunge|surge|slide|sell-?off|jump|losses?|announcement|decision|ruling|attack|blast|explosion|shooting|crash|closing|close)\b/i;

// "Dealers said the dollar remained close to its lows today." — reported words that tell, in the past, an event of
// the publication day ("today", "tonight", the day's own name): the report cannot be older than the event, nor
// newer than the story, so it was made that day. Not words of something still to come ("said the cabinet would
// approve it today"), nor a span ("until today"), nor a direct quote (its "today" is the speaker's own day).
export const whenReportsToday: WhenRule = {
  name: 'link/when-reports-today',
  find({ doc, quote, allTimexes }) {
    const published = doc.article.date;
    if (published?.length !== 10 || quote.type !== 'indirect') return null;
    const cue = quote.cue;
    if (!cue || !REPORT_CUE.test(cue.text.trim())) return null;
    const text = doc.folded;
    if (hasAuxiliaryBeforeCue(text, cue.start)) return null;
    if (isHabitualReport(text, quote)) return null;
    for (const t of allTimexes ?? []) {
      if (t.start < quote.start) continue;
      if (t.end > quote.end) break;
      if (isPastEventToday(text, quote.start, t, published)) return { when: published, timex: t };
    }
    return null;
  },
};

// A modal of a past event: "the exchange may have reached record volume today" (the event has happened).
const MODAL_PERFECT =
  /\b(?:may|might|could|must)\s+have\s+(?=(?:been|\w{2,}(?<!e)ed|had|rose|fell|made|took|came|went|seen|done)\b)/gi;

function isPastEventToday(text: string, from: number, t: TimeExpression, published: string): boolean {
  if (!DAY_RULES.test(t.rule) || toWhen(t) !== published) return false;
  // "reserves on Thursday, Monday and Tuesday": the days of a past week counted over
  if (t.rule === 'dates/weekday' && isWeekdayInList(text, t)) return false;
  // (a past told with a modal is still a past: "may have reached" → "reached")
  const before = text.slice(from, t.start).replace(MODAL_PERFECT, '');
  // the reported clause the day sits in, up to the day
  // (the verb of the day's own clause: "the board, which meets today" tells no past)
  const clause = before.split(/[,;:]\s|\b(?:and|but|while|although|because|which|who|that)\s/i).at(-1) ?? '';
  // "today" as these days: "the ugly truths in the United States today", "in the world today"
  if (t.text.toLowerCase() === 'today' && NOWADAYS.test(text.slice(Math.max(from, t.start - 40), t.start)))
    return false;
  // (anything still to come in the reported words before the day: "will join the suit after it is filed on Friday")
  if (NOT_HAPPENED.test(before)) return false;
  // a relative clause set off by a comma is the writer's gloss on someone: "…, who arrived in Lorne on Tuesday"
  if (/,\s+(?:who|which|whose)\b[^,;:]*$/i.test(text.slice(from, t.start))) return false;
  // nor a place or time the reported words only describe: "… worth more than the price where the shares traded today"
  if (/\b(?:where|when)\b/i.test(clause)) return false;
  // a day naming a thing: "his Thursday schedule" (not "Thursday night")
  if (
    /\b(?:the|a|an|his|her|its|their|our)\s+(?:\w+\s+)?$/i.test(
      text.slice(Math.max(from, t.start - 30), t.start),
    ) &&
    NOUN_AFTER.test(text.slice(t.end, t.end + 16))
  )
    return false;
  // "today's meeting" names a thing, which need not have happened: only an event word below ("today's fall")
  const possessive = /^['\u2019]s\b/.test(text.slice(t.end, t.end + 3));
  if (!possessive && tellsPast(clause)) return true;
  // the bare day between the clause's subject and its past verb: "the only problem today occurred when …" (not
  // "talks today were expected to …", nor a day with its preposition, which may name the subject's own event: "an
  // attack on the port on Monday appeared to be …")
  const after = text.slice(t.end, t.end + 40).split(/[,;:.]/)[0] ?? '';
  const bare = !/^on\s/i.test(t.text) && !/\bon\s+$/i.test(before);
  if (!possessive && bare && clause.trim() && PAST_AFTER.test(after) && !NOT_HAPPENED.test(after))
    return true;
  // "today's silver price break indicates …": an event of the day named as a thing
  return (
    HAPPENED_EVENT.test(text.slice(t.end, t.end + 40)) &&
    !NOT_HAPPENED.test(text.slice(t.end, t.end + 80).split(/[,;:.]/)[0] ?? '')
  );
}
