import { findClause } from '../dates/find-direction.js';
import { firstStartingAt } from '../quotes/quote-context.js';
import { isHabitualReport } from './habitual-report.js';
import { countWholeWord } from './speaker-names.js';
import { isSameClause, quoteEndsSentence, toWhen, type WhenRule } from './when-rule.js';

const OCCASION =
  /\b(?:speech|address|interview|statement(?! period)|press conference|news conference|conference|briefing|meeting|hearing|summit|debate|remarks|comments|rally|session|testimony|broadcast|appearance|visit|ceremony|event|forum|talk|lecture|post|tweet|letter|report|announcement|dinner|lunch|reception|party|celebration|awards?|premiere|launch|funeral|trial)\b/gi;

// A new clause, often of another source, between the reported words and an occasion after them.
const CLAUSE_BREAK = /;|\b(?:while|whereas|but)\b/i;

// The word opening a reported clause, with no sentence end after it (a cue borrowed from an earlier sentence).
const THAT = /\bthat\b/i;
const SENTENCE_END = /[.!?]["'\u201D\u2019]?\s|\n/;
const isReportedClause = (between: string) => THAT.test(between) && !SENTENCE_END.test(between);

// Words that put the occasion's time still to come: "the trial, anticipated to begin in January".
const TO_COME =
  /\b(?:(?:expected|set|due|scheduled|planned|anticipated|slated|going)\s+to|will|would|upcoming|next)\b/i;

/** "the August campaign", "his 2016 race": a time before its own noun, not the time of the occasion before it. */
function qualifiesNoun(text: string, t: { start: number; end: number }): boolean {
  return (
    /\b(?:the|a|an|his|her|its|their|our|this|that)\s+$/i.test(
      text.slice(Math.max(0, t.start - 8), t.start),
    ) && /^[ \t]+\p{Ll}/u.test(text.slice(t.end, t.end + 3))
  );
}

// "Putin said at a keynote speech on Thursday", "During an interview on Thursday, Putin stated: …",
// "Putin spoke at a rally on Thursday. 'We will win,' he said." — the dated occasion the quote belongs to.
export const whenOccasion: WhenRule = {
  name: 'link/when-occasion',
  // (its first checks return null without a visible time in the quote's clause or the one before (findClause: 200 characters each))
  needs: 'time-near',
  find({ doc, quote, timexes }) {
    const text = doc.folded;
    const anchor = quote.cue ?? { start: quote.start, end: quote.end };
    // The quote's sentence, and the sentence before it in the same paragraph.
    const found = findClause(text, Math.min(anchor.start, quote.start), Math.max(anchor.end, quote.end));
    // (`… on Twitter they were "not traveling at this time." Wikinews asked … as of today`: the quote ends it)
    const own =
      anchor.end <= quote.end && quoteEndsSentence(text, quote)
        ? { ...found, to: Math.min(found.to, quote.end) }
        : found;
    const prev = own.from > 0 ? findClause(text, Math.max(0, own.from - 2), Math.max(0, own.from - 1)) : null;
    // a time in the window after an occasion noun: none starting in either window, nothing to match (most quotes),
    // and the sentence before is not weighed
    const timed = (w: { from: number; to: number }) => {
      const first = timexes[firstStartingAt(timexes, w.from)];
      return first !== undefined && first.start <= w.to;
    };
    const ownTimed = timed(own);
    const prevTimed = prev !== null && timed(prev);
    if (!ownTimed && !prevTimed) return null;
    // the sentence before tells the occasion of the same speaker only: "Putin spoke at a rally on Thursday. …"
    // (not "A report from the ministry at the weekend said … Ebrard said …"), in the same paragraph
    // (a quote told as said again and again is of no occasion the sentence before tells: "Roe often says …")
    const surname = quote.speaker?.trim().split(/\s+/).at(-1);
    const carried =
      prevTimed &&
      prev !== null &&
      !/\n\s*\n/.test(text.slice(prev.to, own.from)) &&
      (surname === undefined ||
        countWholeWord(text.slice(prev.from, Math.min(prev.to, own.from)), surname) > 0) &&
      !isHabitualReport(text, quote);
    const windows = [...(ownTimed ? [own] : []), ...(carried ? [prev] : [])];
    for (const w of windows) {
      // matched in the window's own text: a search of the whole text from each quote was quadratic
      const inWindow = text.slice(w.from, w.to);
      OCCASION.lastIndex = 0;
      for (let m = OCCASION.exec(inWindow); m; m = OCCASION.exec(inWindow)) {
        const at = w.from + m.index;
        const nounEnd = at + m[0].length;
        if (at >= quote.start && at < quote.end) continue; // inside the reported words
        // the reported clause's own occasion, opened by the cue's "that" before the quote: 'Orr told the chamber that
        // before a meeting with Ann Vell on Monday, "There were sharp words."'
        if (
          quote.cue &&
          at >= quote.cue.end &&
          at < quote.start &&
          isReportedClause(text.slice(quote.cue.end, at))
        )
          continue;
        // another clause's occasion after the words: '… reported "…", while ALDI, in a post on Tuesday, called …'
        if (at >= quote.end && CLAUSE_BREAK.test(text.slice(quote.end, at))) continue;
        for (const t of timexes) {
          if (t.start < nounEnd || t.start > w.to) continue;
          if (t.start >= quote.start && t.start < quote.end) break;
          const when = toWhen(t);
          const gap = text.slice(nounEnd, t.start);
          // "the trial, anticipated to begin in January": a time still to come; "Party nominee Jo Lee, the August
          // campaign": a time that qualifies another noun
          if (TO_COME.test(gap) || qualifiesNoun(text, t)) break;
          // "his first interview since taking office last October": the time a span starts from; "his party's 2001
          // election": the noun owns another noun the time qualifies
          if (/\b(?:since|until)\b/i.test(gap) || /^['\u2019]s\s/.test(gap)) break;
          if (when && isSameClause(gap, 50)) return { when, timex: t };
          break;
        }
      }
    }
    return null;
  },
};
