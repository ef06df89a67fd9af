import { type CorefRule, firstDraftIndex } from './coref-draft.js';

// the first draft of each kind written so (a scan of every mention per mention was quadratic in a long article)
const firstDraftNamed = firstDraftIndex((d, f) => `${d.kind}\u0000${f.text}`);

// "Saint Petersburg" … "Saint Petersburg", "Time Warner Inc" twice: same written name
export const joinSameName: CorefRule = (m, s) => {
  if (m.kind === 'pronoun' || m.kind === 'descriptor' || m.kind === 'group') return null;
  const draft = firstDraftNamed(s, `${m.kind}\u0000${m.text}`);
  return draft ? { draft, rule: 'entities/same-name' } : { create: true, rule: m.rule };
};
