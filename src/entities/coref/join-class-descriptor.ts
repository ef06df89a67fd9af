import { type CorefRule, type Draft, nearest } from './coref-draft.js';

// "NBC News" is a network, "Brightwater Inc" a company
const CLASS_OF_HEAD_WORD: Record<string, string> = {
  news: 'network',
  tv: 'network',
  television: 'network',
  inc: 'company',
  corp: 'company',
  co: 'company',
  group: 'company',
};

// "the military alliance" after NATO; "the news network" after "NBC News"; "the committee" after "Intelligence Committee"
export const joinClassDescriptor: CorefRule = (m, s) => {
  if (m.kind !== 'descriptor' || !m.definite || !m.head) return null;
  const head = m.head;
  const fits = (d: Draft) => {
    if (d.kind !== 'organization') return false;
    if (d.cls === head) return true;
    const lastWord = (d.found[0]?.text.split(/\s+/).pop() ?? '').toLowerCase();
    return lastWord === head || CLASS_OF_HEAD_WORD[lastWord] === head;
  };
  const draft = nearest(s.drafts.filter(fits), m.start);
  return draft ? { draft, rule: 'entities/descriptor-class' } : null;
};
