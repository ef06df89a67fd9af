import type { TimeExpression } from '../types.js';
import {
  sentenceStartsBefore,
  toWhen,
  type WhenFound,
  type WhenRule,
  withoutAbbreviations,
} from './when-rule.js';

// What a statement is made in, dated by a word before it: "her 1976 autobiography", "Tuesday's speech".
// (Not reports or studies: "its 2019 report" may be the report on 2019.)
const SPOKEN_IN =
  /^(?:'s|\u2019s)?\s+(?:[a-z][\w-]*\s+){0,2}?(interview|autobiography|memoirs?|book|speech|address|statement|letter|op-ed|article|column|essay|editorial|testimony|broadcast|podcast|post|tweet|(?:press|media|news) release|news conference|press conference|briefing|remarks|comments|message|e-?mail|video|announcement|lecture|sermon|edition)\b/i;
const DETERMINER = /\b(?:a|an|the|his|her|its|their|our|my|your)\s+$/i;
// A document dated by a participle after it: "a survey issued this month", "the report dated March 16".
const DOCUMENT_DATED =
  /\b(?:statement|report|letter|memo|communiqu[eé]|declaration|study|survey|poll|filing|release|announcement|notice|circular|bulletin|note|paper|document|e-?mail|message)\s+(?:(?:that|which)\s+(?:was|were)\s+)?(?:dated|issued|released|published|made public|sent|posted|delivered|filed|written|circulated|read|broadcast|aired)\s+(?:(?:on|in|at|during|earlier|late|early|last|this)\s+)?$/i;
// A new clause or speaker between the dated words and the cue.
const NEW_CLAUSE =
  /[.!?;:"\u201C\u201D]|\b(?:who|which|whom|whose|because|although|while|after|before|when|where|if|that|said|says|told|announced|and|but)\b/i;
const PREPOSITION = /^\s*(?:in|during|at|on|through|via|from|to)\s+$/i;
// The speaker of an inverted cue is the vehicle, or sits in it: '"…," said a statement released Friday', '"…," read
// the editorial on the front of Friday's edition of the Post'
const INVERTED_SPEAKER =
  /^\s*(?:(?:a|an|the)\s+|(?:(?:a|an|the)\s+(?:[\w-]+\s+){1,3}(?:in|on|of)\s+(?:(?:the\s+)?[\w-]+\s+(?:of|in)\s+)?))$/i;

/** The dated vehicle around `t`: [start, end) of the words naming it, or null when `t` dates none. */
function vehicleOf(text: string, t: TimeExpression): { start: number; end: number; after: boolean } | null {
  const before = text.slice(Math.max(0, t.start - 80), t.start);
  const spoken = SPOKEN_IN.exec(text.slice(t.end, t.end + 60));
  if (spoken) {
    const det = DETERMINER.exec(before);
    const possessive = /^(?:'s|\u2019s)/.test(text.slice(t.end, t.end + 2)) || /(?:'s|\u2019s)$/.test(t.text);
    // "her 1976 autobiography"; "in Tuesday's speech" needs no determiner
    if (det) return { start: t.start - det[0].length, end: t.end + spoken[0].length, after: false };
    if (possessive) return { start: t.start, end: t.end + spoken[0].length, after: false };
  }
  const doc = DOCUMENT_DATED.exec(before);
  if (doc) return { start: t.start - before.length + doc.index, end: t.end, after: true };
  return null;
}

// "Vell said in her 1976 autobiography, "…"", "In a 2006 interview with The Lantern, Vell said …", "Tokyo is the
// dearest city, a survey issued this month by Harlan Associates said.", "According to the agency's report dated
// March 16, …" — the date of the interview, book, letter or document the cue's own clause names the words in.
export const whenDatedVehicle: WhenRule = {
  name: 'link/when-dated-vehicle',
  find({ doc, quote, timexes }) {
    const cue = quote.cue;
    if (!cue) return null;
    const text = doc.folded;
    const sentenceStart = sentenceStartsBefore(text, Math.min(cue.start, quote.start), 400)[0] ?? 0;
    const reach = Math.min(text.length, cue.end + 120);
    let found: WhenFound | null = null;
    for (const t of timexes) {
      if (t.start < sentenceStart) continue;
      if (t.start > reach) break;
      if (t.start < quote.end && quote.start < t.end) continue;
      const when = toWhen(t);
      if (!when) continue;
      const v = vehicleOf(text, t);
      if (!v || (v.start < quote.end && quote.start < v.end)) continue;
      if (v.start >= cue.end) {
        // after the cue: "said in her 1976 autobiography", "according to the report dated March 16"
        const gap = text.slice(cue.end, v.start);
        if (/^according\b/i.test(cue.text) && v.after) {
          if (gap.length > 40 || NEW_CLAUSE.test(withoutAbbreviations(gap)) || /,/.test(gap)) continue;
        } else if (!PREPOSITION.test(gap) && !(quote.end <= cue.start && INVERTED_SPEAKER.test(gap)))
          continue;
        if (quote.start >= cue.end && quote.start < v.start && !/^\s*$/.test(gap)) continue;
        found = { when, timex: t };
        break;
      }
      if (v.end > cue.start) continue;
      const gap = withoutAbbreviations(text.slice(v.end, cue.start));
      const opening = text.slice(sentenceStart, v.start);
      if (/^\s*["']?\s*(?:in|during|at|on|through|from)\s+$/i.test(opening)) {
        // opening the sentence: "In a 2006 interview with The Lantern, Vell said"
        if (gap.length > 100 || NEW_CLAUSE.test(gap) || (gap.match(/,/g) ?? []).length > 2) continue;
        found = { when, timex: t };
        break;
      }
      // set off between the subject and its cue: "Vellmart, in its March 8 media release, reported"
      if (/,\s*(?:in|during|through)\s+$/i.test(opening) && /^\s*,\s*$/.test(gap)) {
        found = { when, timex: t };
        break;
      }
      // the cue's subject: "a survey issued this month by Harlan Associates said", "a March 3 letter from X said"
      if (/^(?:according|told|was|were)\b/i.test(cue.text)) continue;
      if (/^\s*(?:(?:by|from|of)\s+[^,]{1,50}?\s*)?$/.test(gap) && !NEW_CLAUSE.test(gap)) {
        found = { when, timex: t };
        break;
      }
    }
    return found;
  },
};
