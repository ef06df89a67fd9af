import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import { mentionAfter } from '../quotes/find-mention.js';
import { textContext } from '../quotes/quote-context.js';
import { rangeIndexHolding } from '../quotes/span-index.js';
import type { Segmentation } from '../segment/segment-text.js';
import type { TextSpan } from '../types.js';
import { fullestName, type NameIndex } from './speaker-names.js';
import type { MentionRule } from './speaker-rule.js';
import { span, tokenAfter } from './speaker-trailing-helpers.js';

// Ann Tull: ‘We Will Win In Dover.’ (a headline) / POLLS CLOSE EARLY - Ola Berg: “Turnout was low.” — a
// person's name and a colon are all that stand before the quote in its sentence (or after a headline's dash).
// Ann Tull: Harbour Tax Appeals to ‘Our Worst Fears’ — in a headline (a paragraph of one line, no full stop)
// the name before the colon speaks the quoted words after it too.
export const mentionNameColon: MentionRule = ({ quote, text, seg, names }) => {
  if (quote.type !== 'direct') return null;
  const open = /["“«‘'`]+$/.exec(text.slice(Math.max(0, quote.start - 3), quote.start));
  if (!open) return null;
  const markAt = quote.start - open[0].length;
  const sentence = seg.sentences[rangeIndexHolding(seg.sentences, markAt - 1)];
  if (!sentence) return null;
  const lead = text.slice(sentence.start, markAt);
  const m = /(?:^|\s[-–—]\s*)([^-–—:]+):\s*$/u.exec(lead);
  if (m?.[1]) {
    const at = sentence.start + (m.index ?? 0) + m[0].indexOf(m[1]);
    const np = nameBeforeColon(text, seg, names, at, markAt);
    return np ? { mention: np, cue: null, rule: 'mention/name-colon' } : null;
  }
  // the headline: its one sentence is its whole paragraph, with no full stop before the quote
  const h = /^([^:.!?"“”‘’]{2,60}):\s+[^:.!?"“”]{0,100}$/u.exec(lead);
  const p = seg.paragraphs[rangeIndexHolding(seg.paragraphs, sentence.start)];
  if (!h?.[1] || !p || text.slice(p.start, sentence.start).trim() || text.slice(sentence.end, p.end).trim())
    return null;
  const colon = sentence.start + h[1].length;
  const np = nameBeforeColon(text, seg, names, sentence.start, colon + 1);
  return np ? { mention: np, cue: null, rule: 'mention/name-colon-headline' } : null;
};

/** The person's name from `at` to a colon right before `max` ("Ann Tull:", "Sen. Ann Tull:"), one the article
 * names elsewhere (not "Update:", "Quote Of The Day:"); null otherwise. */
function nameBeforeColon(
  text: string,
  seg: Segmentation,
  names: NameIndex,
  at: number,
  max: number,
): TextSpan | null {
  const ctx = textContext(text, seg);
  const colon = text.lastIndexOf(':', max - 1);
  // "Ann Tull:", "Ann Tull and Ola Berg:": a given name and a surname the article names nowhere else
  const whole = text.slice(at, colon);
  if (
    /^(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:\s+and\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})?$/u.test(
      whole,
    ) &&
    whole.split(/\s+and\s+/).every((n) => genderOfFirstName(n.split(/\s+/)[0] ?? '') !== null)
  )
    return span(text, at, colon);
  let np = mentionAfter(ctx, tokenAfter(ctx, at), max);
  // "Ted Vance:": a tagger may read a given name opening a headline as a verb; capitalised words still name
  if (!np || np.start !== at || !/^\s*:\s*$/.test(text.slice(np.end, max))) {
    const words = text.slice(at, colon);
    if (!/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(words)) return null;
    np = span(text, at, colon);
  }
  if (!/^\s*:\s*$/.test(text.slice(np.end, colon + 1))) return null;
  const name = np.text.replace(/^(?:\p{Lu}\p{Ll}*\.\s+)+/u, '');
  return fullestName(names, name) ? np : null;
}
