import { firstStartingAt } from '../quotes/quote-context.js';
import type { Quote, TimeExpression } from '../types.js';
import { isHabitualReport } from './habitual-report.js';
import { cachedRegExp } from './speaker-names.js';
import {
  isSameSource,
  leadSentence,
  sentenceEndAfter,
  sentenceStartAt,
  toWhen,
  type WhenRule,
  withoutCausalSince,
} from './when-rule.js';

// Plain cues of words spoken then: "said", "told Reuters", "agreed", "noted" (not "has said", "believes").
const SAID =
  /^(?:\w+\s+)?(?:said|says|told|added|noted|agreed|commented|explained|stated|stressed|argued|warned|cautioned)\b/i;

// People whose trade is to comment on the day's news: "economist at Orr Bank", "analysts said", "a broker at Orr
// Securities" (not a broker's body: "the broker creditors group").
const COMMENTATOR =
  /\b(?:analysts?|economists?|traders?|dealers?|strategists?|observers?|experts?|arbitrageurs?|brokers?(?!\s+(?!says\b)[a-z]+s\b|\s+(?:group|firm|house|network)\b))\b/i;

// A lead told by commentators: "…, economists said.", "Analysts said today's …", "analysts polled by Harbor Wire said"
// (up to four words between them and the cue).
const LEAD_BY_COMMENTATORS =
  /\b(?:analysts?|economists?|traders?|dealers?|strategists?|observers?|experts?|brokers?)\s+(?:\w+\s+){0,4}?(?:said|say|agreed)\b|\baccording to (?:\w+\s+){0,2}?(?:analysts|economists|traders|dealers|strategists|brokers)\b/i;

// The publication day named as the day of the lead's event: "today", "this morning", "tonight", "midday today".
const TODAY =
  /^(?:(?:early|earlier|late|later|midday|noon)\s+)?(?:today|tonight)$|^this (?:morning|afternoon|evening)$/i;

// The publication day's own name in a story of that day: "The plunge in Lorne stocks on Tuesday …" (a Tuesday story).
const WEEKDAY = /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const isToday = (t: TimeExpression, when: string | null, published: string) =>
  when === published && (TODAY.test(t.text) || WEEKDAY.test(t.text));

// A day's event named as still to come: "today's planned vote", "Tuesday's expected cut".
const POSSESSED_TO_COME = /^\s*(?:planned|expected|scheduled|proposed|likely|possible|upcoming|due)\b/i;

// The lead's event as still to come or only foreseen: "will vote today", "is due to report today", "Stocks may climb
// higher today", "Figures due out today".
const NOT_HELD =
  /\b(?:will|would|may|might|could|should|likely|is to|are to|to be|due to|due out|expected to|scheduled|plans? to)\b/i;

// "Roe of Orr Securities Co said": a source named by the firm it works for (its name's suffix tells a firm).
const OF_FIRM =
  /^,?\s+of\s+(?:[\p{Lu}][\p{L}.&'-]*,?\s+(?:and\s+)?){0,6}?(?:Co|Corp|Inc|Ltd|Securities|Bank|Group|Brothers|Partners|Associates|Capital|Management|Research|Financial|Investments?)\b/u;

// A mention that names the source by the firm it works for: "Ann Roe of Tarn Bank", "Roe of Tarn".
const OF_NAME = /^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}\s+of\s+\p{Lu}/u;
// A lawmaker's or official's title: "Sen. Ann Roe of Vell", "Gov. Roe of Tarn" (a place, not a firm).
const POLITICAL_TITLE =
  /^(?:Sen|Senator|Rep|Representative|Gov|Governor|Mayor|Minister|President|Secretary|Judge|Justice|Rev|Bishop|Lord|Lady|Sir|Chairman|Councillor|Councilman|Councilwoman)\b/;

// Another occasion or time in the quote's sentence: "said in a statement", "told a news conference", "earlier".
const ANOTHER_OCCASION =
  /\b(?:earlier|later|previously|recently|once|formerly|in the past|at the time|ago|since|last (?:week|month|year|time)|(?:has|have|had)\s+(?:\w+\s+)?(?:said|told|argued|called|insisted|maintained|described|claimed|written|stated|denied|warned|suggested|noted)|statement|news conference|press conference|briefing|interview|speech|hearing|testimony|report|letter|tweet(?:ed|s)?|posted|wrote|writes)\b/i;

// "Orr Bank data released today suggest no change, economists said. ¶ "The bank sees no reason to move," said Ann
// Roe, economist at Tarn Securities." — a story of its publication day whose lead tells that day's event ("today",
// inside the lead's reported words too) as commentators' reaction (or whose first source is a commentator): each
// later quote of a commentator (an analyst, economist, trader …, or a source named by the firm it works for, "Roe
// of Tarn Securities Co") is that day's reaction, when its sentence names no other time or occasion and no quote
// of another day, or told on an occasion of its own ("in a statement"), stands between.
export const whenCommentatorReaction: WhenRule = {
  name: 'link/when-commentator-reaction',
  find({ doc, quote, timexes, allTimexes, before }) {
    const published = doc.article.date;
    if (published?.length !== 10) return null;
    const cue = quote.cue;
    if (!cue || !SAID.test(cue.text)) return null;
    const text = doc.folded;
    const lead = leadSentence(text);
    if (!lead) return null;
    const [from, end] = lead;
    const at = Math.min(quote.start, cue.start, quote.mention?.start ?? quote.start);
    // commentators tell the story: the lead's own source, or the first source quoted after it
    const sentence = text.slice(from, end);
    const byCommentators = LEAD_BY_COMMENTATORS.test(sentence);
    // the day's event named in the lead, or, for a lead told by commentators, in the paragraph after it
    // ("Economists said they doubt the bank is tightening. ¶ Data out today show borrowing rose …")
    const all = allTimexes ?? timexes;
    let todayTo = end;
    // (not a "today" in words said on another day: 'Analysts said Orr's remark on Monday that "rates are high enough
    // today" …')
    const said = before ?? [];
    if (!isTodayLead(text, from, end, all, published, said)) {
      // (within the two paragraphs after it: "… ¶ Dealers said the pound could rise. ¶ Sterling ended today at …")
      let next = byCommentators ? nextParagraph(text, end) : null;
      if (next && !isTodayLead(text, next[0], next[1], all, published, said))
        next = nextParagraph(text, next[1]);
      if (!next || !isTodayLead(text, next[0], next[1], all, published, said)) return null;
      todayTo = next[1];
    }
    // (the lead's own quote, when commentators tell it: "Orr Bank data released today …, economists said.")
    if (at < end && !(at >= from && byCommentators && isCommentator(text, quote))) return null;
    const after = (before ?? []).filter((q) => q.start >= end);
    const first = after[0] ?? quote;
    if (!byCommentators && !isCommentator(text, first)) return null;
    // the quote's source is a commentator, or named so by an earlier quote of the story, or, in a story commentators
    // tell, one of those asked: a source named by the firm it works at ("Ann Roe, a general manager at Tarn Bank")
    // (or one of the other kinds of source the lead names beside the commentators: "…, economists and union
    // leaders said. ¶ … union leader Tom Orr said …")
    const kinds = byCommentators ? leadKinds(said, from, end) : null;
    const reacting = (q: Quote) => isCommentator(text, q) || (kinds !== null && isOfKind(text, q, kinds));
    const asked = (q: Quote) => reacting(q) || (byCommentators && worksAtFirm(text, q));
    if (!asked(quote) && !after.some((q) => isSameSource(q, quote) && asked(q))) return null;
    // (named a commentator here or by an earlier quote: "said Ann Roe, analyst at Orr Bank. … ¶ Roe said …")
    const commentator = reacting(quote) || after.some((q) => isSameSource(q, quote) && reacting(q));
    // no quote of another day between (a month the day lies in is none: "over the weekend" read as the month), nor
    // one told on an occasion of its own ("Vell said in his speech to the Assembly …": what follows may be of it)
    // (an occasion of that same day is none: "A Fed spokesman told a press conference today …")
    for (const q of after) {
      // (the subject's own words of another day are none of a commentator's: "Last night, Tarn said the merger
      // was off. … ¶ "…," said Ann Roe, analyst at Orr Bank" — unless said by this source or a commentator)
      if (q.when && !published.startsWith(q.when) && (isSameSource(q, quote) || !commentator || reacting(q)))
        return null;
      // (another source's occasion is none of a commentator's: "Vell said in his speech to the Assembly … ¶ "…,"
      // said Ann Roe, economist at Orr Bank")
      if (
        q.when !== published &&
        (isSameSource(q, quote) || !commentator) &&
        ANOTHER_OCCASION.test(narrationOf(text, q))
      )
        return null;
    }
    // no other time or occasion in the quote's own sentence, no words said again and again
    const sentenceStart = sentenceStartAt(text, at);
    const sentenceEnd = sentenceEndAfter(text, Math.max(quote.end, cue.end));
    for (let i = firstStartingAt(timexes, sentenceStart); i < timexes.length; i++) {
      const u = timexes[i];
      if (!u || u.start >= sentenceEnd) break;
      if (toWhen(u) !== null && toWhen(u) !== published) return null;
    }
    if (ANOTHER_OCCASION.test(narrationOf(text, quote)) || isHabitualReport(text, quote)) return null;
    const timex = all.find((t) => t.start >= from && t.end <= todayTo && isToday(t, toWhen(t), published));
    return timex ? { when: published, timex } : null;
  },
};

const PARAGRAPH_BREAK = /\n\s*\n/g;

/** The paragraph after the one `end` closes: [start, end), or null when none follows. */
function nextParagraph(text: string, end: number): [number, number] | null {
  PARAGRAPH_BREAK.lastIndex = end;
  const m = PARAGRAPH_BREAK.exec(text);
  // (the lead's sentence closes its paragraph: a lead of two sentences reads no further)
  if (!m || /\S/.test(text.slice(end, m.index))) return null;
  const start = m.index + m[0].length;
  const close = text.indexOf('\n', start);
  return [start, close < 0 ? text.length : close];
}

/** True when the lead names its publication day as "today" (in its reported words too) for an event done, and
 * its event is not still to come. */
function isTodayLead(
  text: string,
  from: number,
  end: number,
  all: readonly TimeExpression[],
  published: string,
  said: readonly Quote[],
): boolean {
  // (another day beside it is background to today's event: "Today's sell-off after Friday's fall on Wall Street")
  let today = false;
  for (let i = firstStartingAt(all, from); i < all.length; i++) {
    const t = all[i];
    if (!t || t.start >= end) break;
    const w = toWhen(t);
    if (w === null) continue;
    if (isToday(t, w, published) && !isOtherDaysWords(t, said, published, all, from, end)) {
      // "the cut set in today's budget": an event named as the day's own, held whatever the lead foresees of it
      // ("Rates are likely to fall this week after the cut set in today's budget"), unless named as still to come
      if (/^['\u2019]s\b/.test(text.slice(t.end, t.end + 2))) {
        if (POSSESSED_TO_COME.test(text.slice(t.end + 2, t.end + 30))) return false;
        today = true;
        continue;
      }
      // (anywhere in the lead before it: "Orr Bank will probably cut its forecast for the crop today"; but only in
      // its own clause when a relative or "after" clause tells it: "Tarn shares may weaken further, after a drop
      // which today took the index to a low" — the forecast follows a day's event already past)
      if (NOT_HELD.test(heldScope(text.slice(from, t.start)))) return false;
      today = true;
    }
  }
  return today;
}

// Where a clause telling the day's event opens: "… a drop which today took …", "… after Orr Bank today raised …".
const EVENT_CLAUSE = /\b(?:which|that|after|following)\b/gi;

/** The words before a lead's "today" that may tell its event as not yet held: from the last clause opener (a
 * relative or "after" clause) when one stands, else the whole lead before it. */
function heldScope(before: string): string {
  let at = -1;
  for (const m of before.matchAll(EVENT_CLAUSE)) at = m.index;
  return at < 0 ? before : before.slice(at);
}

/** True for a time inside reported words not said on the publication day: words dated another day, or an undated
 * direct quote's own "today" beside another day of the lead ('Analysts said Orr's remark on Monday, "rates are high
 * enough today," …'; not '"Sterling is weak today," dealers said.'). */
function isOtherDaysWords(
  t: TimeExpression,
  said: readonly Quote[],
  published: string,
  all: readonly TimeExpression[],
  from: number,
  end: number,
): boolean {
  const q = said.find((s) => s.start <= t.start && t.end <= s.end);
  if (!q) return false;
  if (q.when) return q.when !== published;
  if (q.type !== 'direct') return false;
  for (let i = firstStartingAt(all, from); i < all.length; i++) {
    const u = all[i];
    if (!u || u.start >= end) break;
    if (u.start >= q.start && u.end <= q.end) continue;
    const w = toWhen(u);
    if (w !== null && !published.startsWith(w) && !w.startsWith(published)) return true;
  }
  return false;
}

/** The words of a quote's sentence outside its reported words (a "since" of reason blanked). */
function narrationOf(text: string, q: Quote): string {
  const at = Math.min(q.start, q.cue?.start ?? q.start, q.mention?.start ?? q.start);
  const from = sentenceStartAt(text, at);
  const to = sentenceEndAfter(text, Math.max(q.end, q.cue?.end ?? q.end));
  return withoutCausalSince(`${text.slice(from, q.start)} ${text.slice(q.end, to)}`);
}

// Where the words by a mention end: a sentence or clause end, a quote mark.
const NOT_BY_MENTION = /[\n;!?"\u201C\u201D]|(?<!\b\p{Lu})\./u;

// "Ann Roe, a deputy general manager at the Tarn Bank of Vell", "one official at Orr Securities": a post at a firm
// (not its spokesman, whose words may be the firm's statement)
const AT_FIRM =
  /^,?\s+(?:(?:a|an|the)\s+)?(?:(?![Ss]pokes)[\p{L}-]+\s+){0,5}?(?:at|of|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&'-]*\s+(?:(?:of|and|&)\s+)?){0,5}?(?:Co|Corp|Inc|Ltd|Plc|Securities|Bank|Group|Brothers|Partners|Associates|Capital|Management|Research|Financial|Investments?|Institute)\b/u;

/** True for a quote whose source is named by a post at a firm ("Ann Roe, a general manager at Tarn Bank"). */
function worksAtFirm(text: string, q: Quote): boolean {
  const m = q.mention;
  if (!m || POLITICAL_TITLE.test(m.text)) return false;
  return AT_FIRM.test(text.slice(m.end, m.end + 100)) || AT_FIRM.test(`, ${m.text.replace(/^\S+\s+/, '')}`);
}

// The conjuncts of a lead's group of sources: "economists and business leaders", "analysts, bankers and traders".
const CONJUNCTS = /\s*(?:,\s*(?:and\s+)?|\band\s+)/;
// Kinds too vague to tell a reacting source: "analysts and sources", "economists and others".
const VAGUE_KIND = /^(?:source|other|official|people|observer|some|many|most)$/i;

/** The kinds of source (singular heads: "leader", "banker") a lead's group names beside its commentators
 * ("economists and business leaders said"); null when its group names no other kind. */
function leadKinds(said: readonly Quote[], from: number, end: number): RegExp | null {
  const group = said.find((q) => q.mention && q.mention.start >= from && q.mention.end <= end)?.mention;
  if (!group || !/\band\b/.test(group.text)) return null;
  const heads: string[] = [];
  for (const part of group.text.split(CONJUNCTS)) {
    const head = (part.trim().split(/\s+/).at(-1) ?? '').replace(/s$/, '');
    if (!/^\p{Ll}{4,}$/u.test(head) || VAGUE_KIND.test(head) || COMMENTATOR.test(head)) continue;
    heads.push(head);
  }
  return heads.length === 0 ? null : cachedRegExp(`\\b(?:${heads.join('|')})s?\\b`, 'i');
}

/** True for a quote whose source is named as one of `kinds` by its mention ("Liberal leader Tom Orr"). */
function isOfKind(text: string, q: Quote, kinds: RegExp): boolean {
  return q.mention !== null && kinds.test(wordsByMention(text, q.mention));
}

/** True for a quote whose source is a commentator: a role word by its mention or in its speaker ("said Ann Roe,
 * economist at Orr Bank", "analysts said"), or a person named by the firm that employs them ("Roe of Orr Co"). */
function isCommentator(text: string, q: Quote): boolean {
  if (q.speaker && COMMENTATOR.test(q.speaker)) return true;
  const m = q.mention;
  if (!m) return false;
  // (the words by the mention, within its sentence and outside quote marks: "chief economist Ann Roe", "Roe,
  // analyst at …"; not a later clause's "said … analysts")
  // (a period after an initial is no sentence end: "Bill Orr, chief U.K. economist at …")
  if (COMMENTATOR.test(wordsByMention(text, m))) return true;
  // ("Roe of Orr Securities Co said", or a mention written so: "Ann Roe of Tarn Bank", "Roe of Tarn"; not a
  // lawmaker's "Sen. Ann Roe of Vell")
  if (POLITICAL_TITLE.test(m.text)) return false;
  return OF_NAME.test(m.text) || OF_FIRM.test(text.slice(m.end, m.end + 80));
}

/** The words by a mention, within its sentence and outside quote marks, the mention included ("chief economist
 * Ann Roe", "Roe, analyst at …"; not a later clause's "said … analysts"). */
function wordsByMention(text: string, m: { start: number; end: number; text: string }): string {
  // (a period after an initial is no sentence end: "Bill Orr, chief U.K. economist at …")
  const before =
    text
      .slice(Math.max(0, m.start - 40), m.start)
      .split(NOT_BY_MENTION)
      .at(-1) ?? '';
  const after = (text.slice(m.end, m.end + 40).split(NOT_BY_MENTION)[0] ?? '').split(
    /\b(?:said|says|told)\b/,
  )[0];
  return `${before} ${m.text} ${after}`;
}
