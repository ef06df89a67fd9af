import { rangeIndexHolding } from '../quotes/span-index.js';
import type { SpeakerInput } from './speaker-rule.js';

/** A noun phrase that opens a clause and runs up to its verb: "the spokesman" of "but the spokesman declined". */
export interface ClauseSubject {
  start: number;
  end: number;
  text: string;
}

// opening words before the subject: "But the spokesman …", "However, a Keel official …"
const OPENER = /^(?:but|and|however|meanwhile|later|earlier|yet|still)$/i;

/**
 * The subjects of the clauses of sentence `s`, in text order: the noun phrase at the sentence's start (after an
 * opening word), after ";" or after ", but" / ", and" / ", while", when a lower-case verb follows it with no comma,
 * colon or quote mark in between ("Industry analysts said", "but the spokesman declined", "The head of the inquiry
 * told"); an adverb right before the verb is left out ("a spokesman for the association also denied").
 */
export function clauseSubjects(
  s: { start: number; end: number },
  { seg, text }: Pick<SpeakerInput, 'seg' | 'text'>,
): ClauseSubject[] {
  const lo = rangeIndexHolding(seg.tokens, s.start);
  if (lo < 0) return [];
  const word = (k: number) => {
    const t = seg.tokens[k];
    return t && t.start < s.end ? text.slice(t.start, t.end) : '';
  };
  const isVerb = (k: number) => seg.tokens[k]?.pos === 'VERB' || seg.tokens[k]?.pos === 'AUX';
  const out: ClauseSubject[] = [];
  for (let k = lo; k < seg.tokens.length && (seg.tokens[k]?.start ?? s.end) < s.end; k++) {
    const before = word(k - 1);
    const opens =
      k === lo ||
      (k === lo + 1 && OPENER.test(before)) ||
      (k === lo + 2 && OPENER.test(word(lo)) && before === ',') ||
      before === ';' ||
      (/^(?:but|and|while|although)$/.test(before) && word(k - 2) === ',');
    if (!opens || !/^(?:DET|NOUN|PROPN|ADJ|NUM)$/.test(seg.tokens[k]?.pos ?? '')) continue;
    let v = k + 1;
    while (v < k + 12 && word(v) && !isVerb(v)) {
      if (/^[,;:"“”‘’()]$/.test(word(v))) break;
      v++;
    }
    let e = v - 1;
    while (e > k && seg.tokens[e]?.pos === 'ADV') e--;
    const first = seg.tokens[k];
    const last = seg.tokens[e];
    if (!first || !last || !isVerb(v) || !/^\p{Ll}/u.test(word(v))) continue;
    out.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end) });
  }
  return out;
}
