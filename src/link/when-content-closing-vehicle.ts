import { firstStartingAt } from '../quotes/quote-context.js';
import { toWhen, type WhenRule } from './when-rule.js';

// What the speaker's own words are given in: not a debate, rally, hearing or meeting, where what is reported may
// have happened too ("said the senator lied during Tuesday's debate").
const VEHICLE =
  '(?:interview|statement|broadcast|edition|episode|appearance|press conference|news conference|press briefing|briefing|tweet|podcast|town hall|op-ed|remarks)s?';
// "… in an interview with Kestrel Radio on Friday", "… at a news conference in Velden late Tuesday"
const VEHICLE_THEN_DAY = new RegExp(
  `\\b(?:in|on|at|during)\\s+(?:a|an|the)\\s+(?:[\\w'’-]+\\s+){0,3}?${VEHICLE}\\b[^.;:!?"\\u201C\\u201D]{0,60}?\\s+(?:(?:on|late|early|last)\\s+)?$`,
  'i',
);
// "… on Friday's broadcast of Kestrel's Late Desk", "… in Tuesday's interview"
const DAY_THEN_VEHICLE = new RegExp(`^(?:'s|’s)\\s+(?:[\\w'’-]+\\s+){0,2}?${VEHICLE}\\b[^.;:!?]{0,60}$`, 'i');
const BEFORE_DAY = /\b(?:in|on|at|during)\s+$/i;

/** 'Roe said the plan was dead in an interview on Friday.' — an indirect quote read to run on to an occasion of
 * the speaker's own words that names its day ends with the statement's date, not part of what was said. */
export const whenContentClosingVehicle: WhenRule = {
  name: 'link/when-content-closing-vehicle',
  find({ doc, quote, allTimexes }) {
    const cue = quote.cue;
    if (quote.type !== 'indirect' || !cue || cue.end > quote.start) return null;
    const text = doc.folded;
    const all = allTimexes ?? [];
    const end = quote.start + text.slice(quote.start, quote.end).replace(/[\s.,"'\u201D\u2019]+$/, '').length;
    for (let i = firstStartingAt(all, end) - 1; i >= 0; i--) {
      const t = all[i];
      if (!t || t.start < quote.start) break;
      const when = toWhen(t);
      if (!when || when.length < 7) continue;
      // the day ends the content, after the vehicle
      if (t.end === end && VEHICLE_THEN_DAY.test(text.slice(quote.start, t.start))) return { when, timex: t };
      // the day's possessive opens the vehicle that ends the content
      if (
        DAY_THEN_VEHICLE.test(text.slice(t.end, end)) &&
        BEFORE_DAY.test(text.slice(Math.max(quote.start, t.start - 8), t.start))
      )
        return { when, timex: t };
    }
    return null;
  },
};
