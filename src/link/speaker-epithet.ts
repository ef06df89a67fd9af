import { tokenIndexAt } from '../quotes/quote-context.js';
import { rangeIndexHolding } from '../quotes/span-index.js';
import type { Segmentation } from '../segment/segment-text.js';
import { fullestName } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// "Europe's biggest drugmaker", "the world's largest miner", "the country's second-biggest bank"
const EPITHET =
  /^(?:the\s+)?(?:\p{Lu}[\p{L}.-]*|world|country|nation|region|city|state|island)['’]s?\s+(?:[\p{Ll}-]+\s+)?(?:biggest|largest|leading|oldest|richest|smallest|second-biggest|second-largest|third-largest|number-one)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+$/u;

/** The capitalised name opening a sentence as its subject ("GlaxoSmithKline saw …"), or null. */
function openingSubject(text: string, seg: Segmentation, from: number, to: number): string | null {
  const toks = seg.tokens.slice(tokenIndexAt(seg.tokens, from), tokenIndexAt(seg.tokens, to));
  const words: string[] = [];
  let i = 0;
  for (; i < toks.length; i++) {
    const t = toks[i];
    const w = t ? text.slice(t.start, t.end) : '';
    if (!t || !/^\p{Lu}/u.test(w) || (t.pos !== 'PROPN' && t.pos !== 'NOUN')) break;
    words.push(w);
  }
  const next = toks[i];
  if (!words.length || !next || (next.pos !== 'VERB' && next.pos !== 'AUX')) return null;
  if (/^(?:The|A|An|It|He|She|They|We|I|This|That|But|And)$/.test(words[0] ?? '')) return null;
  return words.join(' ');
}

// "GlaxoSmithKline saw its profits fall, but Europe's biggest drugmaker says …" — a superlative epithet is the
// organisation or person whose name opens this sentence or the one before.
export const speakerEpithet: SpeakerRule = ({ quote, text, seg, names }) => {
  const m = quote.mention;
  if (!m || !EPITHET.test(m.text)) return null;
  const k = rangeIndexHolding(seg.sentences, m.start);
  for (const s of [seg.sentences[k], seg.sentences[k - 1]]) {
    if (!s) continue;
    const name = openingSubject(text, seg, s.start, Math.min(s.end, m.start));
    if (name) return { speaker: fullestName(names, name) ?? name, rule: 'speaker/epithet-sentence-subject' };
  }
  return null;
};
