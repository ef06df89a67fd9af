import type { Quote } from '../types.js';
import { cachedRegExp, escapeRegExp } from './speaker-names.js';
import { whenContentClosingVehicle } from './when-content-closing-vehicle.js';
import {
  isSameSource,
  sentenceEndAfter,
  sentenceStartAt,
  toWhen,
  type WhenRule,
  withoutCausalSince,
} from './when-rule.js';

// The occasions a dated statement can be part of, named in the anchor quote's sentence.
export const OCCASION =
  /\b(?:interviews?|rally|rallies|debate|hearing|speech|address|remarks|press conference|news conference|briefing|town hall|forum|testimony|letter|statement|appearance|broadcast|podcast|program(?:me)?|show|meeting|summit|event|session|campaign stop|ceremony|convention|sermon|lecture|panel|talk|episode|committee|visit|tour|testif(?:y|ied|ying)|speaking|appearing|addressing)\b|\btold\s+(?:reporters|journalists|supporters|the crowd|(?:an? |the )?audience|lawmakers|senators|the committee|the court|the jury|viewers|listeners|delegates|students|workers)\b/i;

// Cues that go on with the same statement: "he said", "she added", "he went on", "she continued".
const CONTINUING_CUE =
  /^(?:\w+\s+)?(?:said|added|went on|continued|explained|noted|insisted|stressed|argued|declared|told|replied|responded|answered|asked|warned|acknowledged|conceded|admitted|recalled|joked|urged|pledged|promised|vowed|predicted|cautioned|emphasi[sz]ed|remarked|pointed out|saying|adding|noting|stating|declaring|wrote)\b/i;

// Anything that opens another occasion or time: "Earlier, …", "X has long said …", "in an earlier interview",
// "last week", "on Twitter", "in a statement", "at a rally in …".
export const NEW_OCCASION =
  /\b(?:earlier|previously|once|formerly|in the past|at the time|back then|ago|since|last (?:week|month|year|time)|has (?:long |repeatedly |often |also |previously |since )?(?:said|told|argued|called|insisted|maintained|described|claimed|written|stated|denied)|have (?:long |repeatedly |often |also )?(?:said|told|argued|called|insisted|maintained|claimed)|had (?:said|told|written)|(?:a|an|another|one|separate) (?:separate |earlier |later |different |previous |subsequent |recent |radio |television |TV |phone |telephone |written |joint |second |\w+ )?(?:interview|rally|debate|hearing|speech|address|press conference|news conference|briefing|town hall|forum|letter|statement|appearance|podcast|post|tweet|op-ed|memo|email|e-mail|book|memoir|event|campaign stop|meeting)s?|on (?:Twitter|Facebook|Instagram)|tweet|posted|according to|(?:years?|months?|weeks?|days?) (?:before|after|earlier|later))\b/i;
// "later", except "later in the interview": a continuation of the same occasion.
export const LATER =
  /\blater\b(?!\s+(?:in|during|at)\s+the\s+(?:same\s+)?(?:\w+\s+)?(?:interview|rally|debate|hearing|speech|address|remarks|conference|briefing|town hall|forum|testimony|letter|statement|appearance|broadcast|program|programme|show|meeting|event|session)\b)/i;

// Rules whose date is the quote's own occasion or day, stated in its sentence.
export const ANCHOR_RULES = new Set([
  'link/when-cue-governed',
  'link/when-occasion',
  'link/when-dated-vehicle',
  'link/when-content-closing-vehicle',
  'link/when-sentence-opener',
  'link/when-participle-report',
  'link/when-speaking-participle',
  'link/when-trailing-occasion',
  'link/when-lead-then-occasion',
]);

// How far after the speaker's last quote of the occasion a quote may come: an occasion named, a day only.
const MAX_GAP = 1500;
const MAX_GAP_DAY_ONLY = 600;

// Hearers any occasion may have: "told reporters", "told journalists".
const PRESS =
  /^(?:reporters|journalists|the|a|an|media|press|newsmen|correspondents|it|him|her|them|us|me)$/i;

// "told CNBC", "told the AP", "told Ola Brisk": an interview.
const TOLD_NAMED = /\btold\s+(?:the\s+)?\p{Lu}/u;

// Occasions of written words.
const WRITTEN =
  /\b(?:letter|op-ed|column|essay|memo|email|e-mail|statement|post|blog|wrote|writes|written)\b/i;

// The rule whose date lies in its quote's own span ("… in an interview on Friday").
const CLOSING_VEHICLE = whenContentClosingVehicle.name;
const LEAD_THEN_OCCASION = 'link/when-lead-then-occasion';

// "In an interview with Radio Vell on Sunday, Senator Ann Roe said … ¶ [a paragraph] ¶ "…," Roe added. ¶ Roe also
// said …" — the later quotes of the speaker of a dated occasion, with nothing between them but quotes of that
// occasion and narration that opens no other date or occasion, belong to that occasion.
export const whenOccasionContinues: WhenRule = {
  name: 'link/when-occasion-continues',
  // (its first checks return null without the anchor's date, every quote of the speaker back to it dated (q.when))
  needs: 'earlier-date',
  find({ doc, quote, timexes, before, allTimexes }) {
    const text = doc.folded;
    const earlier = before ?? [];
    const cue = quote.cue;
    if (cue && !CONTINUING_CUE.test(cue.text)) return null;
    // walk back to the speaker's anchor: the speaker's quotes since are dated as it, the others' too, or are
    // undated words of someone the anchor's sentence names ("In an interview with Ola Brisk of Radio Vell …")
    let last: Quote | null = null; // the speaker's latest quote in the chain
    let anchor: Quote | null = null;
    const others: Quote[] = [];
    for (let i = earlier.length - 1; i >= 0; i--) {
      const q = earlier[i];
      if (!q) break;
      if (!isSameSource(q, quote)) {
        others.push(q);
        continue;
      }
      if (!q.when || (last && q.when !== last.when)) break;
      last ??= q;
      if (q.whenTimex && q.whenRule && ANCHOR_RULES.has(q.whenRule)) {
        anchor = q;
        break;
      }
    }
    if (!last || !anchor) return null;
    // (a closing vehicle's date lies in its own reported words' span: "… in an interview on Friday")
    // (and the lead's words, whose day an occasion named after the lead takes: link/when-lead-then-occasion)
    const afterLead = anchor.whenRule === LEAD_THEN_OCCASION;
    const timex = (anchor.whenRule === CLOSING_VEHICLE || afterLead ? (allTimexes ?? timexes) : timexes).find(
      (t) => t.id === anchor.whenTimex,
    );
    if (!timex || (toWhen(timex)?.length ?? 0) !== 10) return null;
    // the anchor's sentence names the occasion
    const anchorFrom = Math.min(
      anchor.start,
      anchor.cue?.start ?? anchor.start,
      afterLead ? anchor.start : timex.start,
    );
    const anchorTo = Math.max(anchor.end, anchor.cue?.end ?? anchor.end, afterLead ? anchor.end : timex.end);
    const sentenceFrom = sentenceStartAt(text, anchorFrom);
    const sentenceTo = sentenceEndAfter(text, anchorTo);
    const anchorSentence = text.slice(sentenceFrom, sentenceTo);
    const inOccasion = (q: Quote) =>
      q.when === anchor.when ||
      (q.when === null &&
        isNamedIn(
          q.speaker,
          anchorSentence.slice(0, anchor.start - sentenceFrom) +
            anchorSentence.slice(anchor.end - sentenceFrom),
        ));
    if (!others.every((q) => q.start < anchor.start || inOccasion(q))) return null;
    // "X told reporters …" after "In an interview with Radio Vell …": told someone the occasion did not name (the
    // hearers looked for from the anchor's sentence to the speaker's last quote: "Roe said on Tuesday … ¶ "…," Roe
    // told ambassadors of 30 African countries. ¶ … ¶ She told African envoys …")
    const told = cue && /^told\s+(?:the\s+|a\s+|an\s+)?(\p{L}+)/iu.exec(text.slice(cue.start, cue.end + 30));
    const hearers = told?.[1] ?? null;
    const chainTo = Math.max(
      sentenceTo,
      sentenceEndAfter(text, Math.max(last.end, last.cue?.end ?? last.end)),
    );
    if (hearers && !new RegExp(`\\b${hearers}`, 'i').test(text.slice(sentenceFrom, chainTo))) return null;
    // the occasion's own hearers named again (not the press, which any occasion may have) bring the quote back to it
    // across days told between
    const sameHearers = hearers !== null && !PRESS.test(hearers);
    // an interview with an outlet or a person counts ("Calderon told CNBC Saturday")
    const occasion = OCCASION.test(anchorSentence) || TOLD_NAMED.test(anchorSentence) || sameHearers;
    // nothing between the speaker's last quote and this one but narration of the same occasion
    // (from the end of the last quote, or of its cue when that follows it: '"…," Roe said in the interview.')
    const at = Math.min(quote.start, cue?.start ?? quote.start);
    const lastCue = last.cue && last.cue.start >= last.end && last.cue.end <= at ? last.cue : null;
    const from = lastCue ? lastCue.end : last.end;
    // a quote without a cue only as the next paragraph of the speaker's quotation: "… ¶ "And we will win.""
    if (
      !cue &&
      !/^[^.!?\n"\u201C\u201D]*[.!?]?[\s"'\u201C\u201D\u2018\u2019]*$/.test(text.slice(from, quote.start))
    )
      return null;
    // a written statement goes on in writing: "Roe wrote" after "In a letter on Friday, Roe said …"
    const written = WRITTEN.test(anchorSentence);
    // the quote's own sentence, its reported words left out
    const sentenceStart = Math.max(from, sentenceStartAt(text, at));
    const end = Math.max(quote.end, cue?.end ?? quote.end);
    const sentenceEnd = sentenceEndAfter(text, end);
    const own = `${text.slice(sentenceStart, quote.start)} ${text.slice(quote.end, sentenceEnd)}`;
    // a day alone ("Roe said on Friday") carries only to a quote that names its occasion ("Roe, ending her visit,
    // said …"), and less far
    if (at - from > (occasion ? MAX_GAP : OCCASION.test(outsideQuotes(own)) ? MAX_GAP_DAY_ONLY : 0))
      return null;
    // (the rest of the last quote's own sentence after its cue was read when it was dated: '"…," Roe said at a news
    // conference.' opens no other occasion)
    const gapFrom = lastCue ? Math.min(sentenceStart, sentenceEndAfter(text, lastCue.end)) : from;
    const gap = gapFrom < sentenceStart ? text.slice(gapFrom, sentenceStart) : '';
    for (const span of [gap, own]) {
      const plain = withoutCausalSince(outsideQuotes(span));
      if (NEW_OCCASION.test(plain) || LATER.test(plain) || (!written && /\b(?:wrote|writes)\b/i.test(plain)))
        return null;
    }
    // any date in between may move the story to another day
    // (not one still to come, which tells no statement, nor the occasion's own day named again)
    const published = doc.article.date ?? '';
    const moves = (w: string | null) =>
      w !== null &&
      w !== anchor.when &&
      !(published && w.slice(0, published.length) > published.slice(0, w.length));
    if (
      !sameHearers &&
      timexes.some(
        (t) =>
          t.start >= from &&
          t.start < sentenceEnd &&
          !(t.start >= quote.start && t.end <= quote.end) &&
          moves(toWhen(t)),
      )
    )
      return null;
    return { when: anchor.when as string, timex };
  },
};

/** True when the speaker's last name is in `text` ("Ola Brisk" in "an interview with Radio Vell's Ola Brisk"). */
function isNamedIn(speaker: string | null, text: string): boolean {
  const last = speaker?.trim().split(/\s+/).at(-1);
  if (!last || !/^\p{Lu}[\p{L}\p{M}'-]{2,}$/u.test(last)) return false;
  return cachedRegExp(`(?<![\\p{L}])${escapeRegExp(last)}(?![\\p{L}])`, 'u').test(text);
}

/** The text with quoted words blanked: what the quotes say opens no occasion. */
export function outsideQuotes(span: string): string {
  return span.replace(/["\u201C][^"\u201C\u201D]*["\u201D]/g, ' ');
}
