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
    const text = m.text.toLowerCase();
    const draft = s.drafts.find((d) => d.found.some((f) => isSameLowerCase(f.text, text)));
    if (draft) return { draft, rule: 'entities/same-group' };
  }
  return { create: true, rule: m.rule };
};


/** `text.toLowerCase() === lower`, answered without lower-casing when the first letters already differ. */
function isSameLowerCase(text: string, lower: string): boolean {
  const c = text.charCodeAt(0);
  // an ASCII first letter lower-cases to one ASCII letter: "Analysts" can only equal "analysts…"
  if (c < 128 && (c >= 65 && c <= 90 ? c + 32 : c) !== lower.charCodeAt(0)) return false;
  return text.toLowerCase() === lower;
}
