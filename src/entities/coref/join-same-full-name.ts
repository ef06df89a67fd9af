import { type CorefRule, persons } from './coref-draft.js';
import { isRegnalDraft } from './join-regnal-name.js';

// "Vladimir Putin" … "Vladimir Putin"; "Bill Clinton" never joins "Hillary Clinton";
// "El Guerrouj" after "Hicham El Guerrouj" is the surname with its particle
export const joinSameFullName: CorefRule = (m, s) => {
  const p = m.person;
  if (!p?.first || m.kind !== 'person') return null;
  const first = p.first;
  const surname = `${first} ${p.last}`;
  const people = persons(s);
  const withParticle = people.find((d) => d.last === surname);
  if (withParticle) return { draft: withParticle, rule: 'entities/surname-with-particle' };
  // "King Hussein" … "Saddam Hussein": a king's one name is not the surname of a later full name
  const draft = people.find(
    (d) =>
      d.last === p.last &&
      (d.first === first ||
        (d.first !== null && isInitialOf(first, d.first)) ||
        (d.first === null && !isRegnalDraft(d))),
  );
  return draft ? { draft, rule: 'entities/same-person-name' } : { create: true, rule: m.rule };
};

const isInitialOf = (a: string, b: string) =>
  (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
