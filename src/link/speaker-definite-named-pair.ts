import { rangeIndexHolding } from '../quotes/span-index.js';
import { paragraphOf, type SpeakerInput, type SpeakerRule } from './speaker-rule.js';

// "the companies", "the two firms", "the banks", "the underwriters": a plural of bodies
const PLURAL =
  /^[Tt]he\s+(?:two\s+)?(companies|firms|banks|groups|associations|partnerships|underwriters|utilities|airlines|carriers|insurers|lenders|concerns)$/;

// one name of the pair: capitalised words ("Keel Mining Ltd", "Dorn (U.K.) Ltd", "Vell, Ames and Co" in a wire's
// angle brackets), a ticker after it ("<KEEL.T>")
const PART = String.raw`(?:<[^<>]+>|\p{Lu}[\p{L}\p{N}&.'’()-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.'’()-]*|of|de))*)(?:\s+<[^<>\s]+>)?`;
// two (or more) names joined by "and", after a lead-in of three words at most ("Lead underwriters …")
const PAIR = new RegExp(
  String.raw`^((?:[\p{L}-]+\s+){0,3}?)((${PART})(?:,\s+${PART})*\s+and\s+(${PART}))$`,
  'u',
);

interface Pair {
  names: string;
  first: string;
  last: string;
  at: number;
}

const clean = (s: string) =>
  s
    .replace(/\s+<[^<>\s]+>/g, '')
    .replace(/[<>]/g, '')
    // ("Tarn Air Corp's Keel Airlines and Vell Air Lines": the owner is no part of the pair)
    .replace(/^(?:\p{Lu}[\p{L}&.-]*\s+)*\p{Lu}[\p{L}&.-]*['’]s\s+(?=\p{Lu})/u, '')
    .trim();

/** The named pair an earlier quote's subject is, when it says "they" of them or its lead-in has the plural. */
function pairOf(
  p: SpeakerInput['previous'][number],
  head: string,
  seg: SpeakerInput['seg'],
  text: string,
): Pair | null {
  const m = p.mention;
  if (!m) return null;
  const s = rangeIndexHolding(seg.sentences, m.start);
  const sentence = s >= 0 ? seg.sentences[s] : undefined;
  if (!sentence) return null;
  // (the wire's closing bracket after the mention: "… and <Vell Gold Inc> said")
  const end = text[m.end] === '>' ? m.end + 1 : m.end;
  const pair = PAIR.exec(text.slice(sentence.start, end).trim());
  const leadIn = pair?.[1]?.trim() ?? '';
  const names = pair?.[2];
  if (!pair || !names) return null;
  const they = /\b(?:they|their|them)\b/.test(p.content);
  if (!they && !leadIn.endsWith(head)) return null;
  return { names: clean(names), first: clean(pair[3] ?? ''), last: clean(pair[4] ?? ''), at: p.start };
}

const startsWithName = (full: string, short: string) => full === short || full.startsWith(`${short} `);

/**
 * "Keel Mining Ltd and Vell Gold Inc said they agreed to merge. … The companies said …" → "Keel Mining Ltd and
 * Vell Gold Inc": the named bodies an earlier quote's subject joins with "and" (four paragraphs back at most), when
 * that quote says "they" of them or its lead-in has the plural's word ("Lead underwriters Tarn and Co and Vell Inc
 * said …. The underwriters said"); the latest such pair, as fully as the story first names it ("Keel Mining Ltd and
 * Vell Gold Inc said …. Keel and Vell said …"); not a pair of subject and object ("Keel sold its stake to Vell. The
 * two firms said …") and not an unnamed group ("Some banks said …. The banks said …").
 */
export const speakerDefiniteNamedPair: SpeakerRule = ({ quote, previous, seg, text }) => {
  const head = PLURAL.exec(quote.mention?.text ?? '')?.[1];
  if (!head) return null;
  let found: Pair | null = null;
  let latest = -1;
  for (const p of previous) {
    const pair = pairOf(p, head, seg, text);
    if (!pair) continue;
    latest = pair.at;
    const fuller = found && startsWithName(found.first, pair.first) && startsWithName(found.last, pair.last);
    if (!fuller) found = pair;
  }
  if (!found || paragraphOf(seg, quote.start) - paragraphOf(seg, latest) > 4) return null;
  return { speaker: found.names, rule: 'speaker/definite-named-pair' };
};
