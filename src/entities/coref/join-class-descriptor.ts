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

const BUSINESS_HEADS = new Set([
  'company',
  'firm',
  'group',
  'retailer',
  'bank',
  'carrier',
  'airline',
  'insurer',
  'broker',
]);

// each draft's first mention's last word, lower-cased, read once (a draft's first mention never changes)
const LAST_WORDS = new WeakMap<Draft, string>();

function lastWordOf(d: Draft): string {
  let word = LAST_WORDS.get(d);
  if (word === undefined) {
    const first = d.found[0];
    word = (first?.text.split(/\s+/).pop() ?? '').toLowerCase();
    if (first) LAST_WORDS.set(d, word);
  }
  return word;
}

// "the military alliance" after NATO; "the news network" after "NBC News"; "the committee" after "Intelligence Committee"
export const joinClassDescriptor: CorefRule = (m, s) => {
  if (m.kind !== 'descriptor' || !m.definite || !m.head) return null;
  const head = m.head;
  const fits = (d: Draft) => {
    if (d.kind !== 'organization') return false;
    if (d.cls === head) return true;
    const lastWord = lastWordOf(d);
    return lastWord === head || CLASS_OF_HEAD_WORD[lastWord] === head;
  };
  const draft = nearest(s.drafts.filter(fits), m.start);
  if (draft) return { draft, rule: 'entities/descriptor-class' };
  // "Marsh & McLennan … the company said": the nearest organisation the tables do not know (no class of its own)
  if (!BUSINESS_HEADS.has(head)) return null;
  const business = nearest(
    s.drafts.filter(
      (d) => d.kind === 'organization' && d.cls === null && !d.canonical?.startsWith('country:'),
    ),
    m.start,
  );
  return business ? { draft: business, rule: 'entities/descriptor-nearest-business' } : null;
};
