import { toWhen, type WhenRule } from './when-rule.js';

// "… shared the main honours at the 2005 Bafta film awards." (the lead says "at the": the event was held) — an article about one dated event (awards,
// festival, games, summit) whose quotes were given there: each otherwise undated quote takes the event's year.
const LEAD_EVENT =
  /\bat\s+the\s+((?:19|20)\d\d)\s+(?:[A-Z][\w'-]*\s+){0,4}(?:[a-z]+\s+)?(?:awards?|ceremony|festival|Games|Olympics|Oscars|Baftas|Grammys|Emmys|Brits|championships?|World Cup|summit|conference|convention)\b/;

export const whenLeadEvent: WhenRule = {
  name: 'link/when-lead-event',
  find({ doc, quote, timexes }) {
    const text = doc.folded;
    const found = leadEventOf(text);
    if (!found) return null;
    const { lead, m } = found;
    // Only an event the lead reports as held ("… shared the honours at the 2005 awards"), not one to come.
    const sentence = lead[0].slice(lead[0].lastIndexOf('.', m.index) + 1, m.index);
    if (/\b(?:will|would|to host|to be held|bid|hopes?|plans?|wants?)\b/i.test(sentence)) return null;
    const yearStart = m.index + m[0].indexOf(m[1] ?? '');
    const timex = timexes.find((t) => t.start <= yearStart && t.end > yearStart);
    if (!timex || !toWhen(timex)) return null;
    // A quote in a later paragraph about a different, dated occasion keeps its own date (earlier rules won).
    if (quote.start < lead[0].length && quote.end <= m.index) return null;
    return { when: m[1] ?? '', timex };
  },
};

/** The headline and the opening paragraph, and the dated event they report; read once per article (asked per
 * quote, it read a long article without paragraph breaks once per quote). */
function leadEventOf(text: string): { lead: RegExpExecArray; m: RegExpExecArray } | null {
  if (lastLeadEvent.text === text) return lastLeadEvent.found;
  const lead = /^\s*[^\n]+(?:\n+[^\n]+)?/.exec(text);
  const m = lead ? LEAD_EVENT.exec(lead[0]) : null;
  const found = lead && m ? { lead, m } : null;
  lastLeadEvent = { text, found };
  return found;
}
let lastLeadEvent: { text: string; found: { lead: RegExpExecArray; m: RegExpExecArray } | null } = {
  text: '',
  found: null,
};
