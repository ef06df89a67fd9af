import { paragraphOf, type SpeakerInput } from './speaker-rule.js';

// "A group of companies controlled by Tarn Partners said … The group added …": a body's role after an earlier
// speaker written as an unnamed descriptor with the same head ("a group of companies", "an Oslo firm") is that
// descriptor, not the organisation the story names most (which may be the one the group is buying into)
export function roleEarlierDescriptor(
  head: string,
  { quote, previous, seg }: Pick<SpeakerInput, 'quote' | 'previous' | 'seg'>,
): string | null {
  const here = paragraphOf(seg, quote.start);
  // (the head heads it: "a group of companies", "a Tarn firm led by …", not "a bank spokesman")
  const same = new RegExp(
    `^(?:a|an|one)\\s+(?:[\\p{L}-]+\\s+){0,3}${head}(?:$|\\s+(?:of|in|at|from|for|with|led|controlled|owned|based)\\b)`,
    'u',
  );
  for (let i = previous.length - 1; i >= 0; i--) {
    const q = previous[i];
    if (!q?.speaker) continue;
    if (here - paragraphOf(seg, q.start) > 3) return null;
    if (same.test(q.speaker)) return q.speaker;
  }
  return null;
}
