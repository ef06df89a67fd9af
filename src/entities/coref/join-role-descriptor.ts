import { LEADER_ROLES } from '../data/titles.js';
import { type CorefRule, type Draft, nearest, sharesRoleHead } from './coref-draft.js';

// "Russian President Vladimir Putin" … "the president" / "the Russian leader"
export const joinRoleDescriptor: CorefRule = (m, s) => {
  if (m.kind !== 'descriptor' || !m.definite || !m.head) return null;
  const head = m.head;
  const countries = m.countries ?? [];
  const fits = (d: Draft) =>
    d.kind === 'person' &&
    [...d.roles].some(
      (r) => sharesRoleHead(r, head) || (head === 'leader' && [...LEADER_ROLES].some((l) => r.endsWith(l))),
    ) &&
    countries.every((c) => d.countries.has(c));
  const draft = nearest(s.drafts.filter(fits), m.start);
  return draft ? { draft, rule: 'entities/descriptor-role' } : null;
};
