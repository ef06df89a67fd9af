import type { FoundMention } from '../mentions/mention-context.js';
import { type CorefRule, nearest } from './coref-draft.js';

// "an official" is a new referent every time; "the official" … "the official" the same one
export const joinSameDescriptor: CorefRule = (m, s) => {
  if (m.kind !== 'descriptor' && m.kind !== 'group') return null;
  if (m.definite) {
    const draft = nearest(
      s.drafts.filter(
        (d) => (d.kind === 'descriptor' || d.kind === 'group') && d.found.some((f) => f.head === m.head),
      ),
      m.start,
    );
    if (draft) return { draft, rule: 'entities/same-descriptor' };
  }
  if (m.rule === 'entities/bare-group') {
    const text = lowerTextOf(m);
    const draft = s.drafts.find((d) => d.found.some((f) => lowerTextOf(f) === text));
    if (draft) return { draft, rule: 'entities/same-group' };
  }
  return { create: true, rule: m.rule };
};

// each mention's text lower-cased once, not once per comparison
const LOWER_TEXT = new WeakMap<FoundMention, string>();
function lowerTextOf(m: FoundMention): string {
  let lower = LOWER_TEXT.get(m);
  if (lower === undefined) {
    lower = m.text.toLowerCase();
    LOWER_TEXT.set(m, lower);
  }
  return lower;
}
