import { LEADER_ROLES } from '../data/titles.js';
import { type CorefRule, type Draft, nearest, sharesRoleHead } from './coref-draft.js';

// "Russian President Vladimir Putin" … "the president" / "the Russian leader"
export const joinRoleDescriptor: CorefRule = (m, s) => {
  if (m.kind !== 'descriptor' || !m.definite || !m.head) return null;
  const head = m.head;
  const countries = m.countries ?? [];
  const isLeaderRole = (r: string) => {
    for (const l of LEADER_ROLES) if (r.endsWith(l)) return true;
    return false;
  };
  const hasRole = (d: Draft) => {
    for (const r of d.roles)
      if (sharesRoleHead(r, head) || (head === 'leader' && isLeaderRole(r))) return true;
    return false;
  };
  const fits = (d: Draft) => d.kind === 'person' && hasRole(d) && countries.every((c) => d.countries.has(c));
  const draft = nearest(s.drafts.filter(fits), m.start);
  return draft ? { draft, rule: 'entities/descriptor-role' } : null;
};
