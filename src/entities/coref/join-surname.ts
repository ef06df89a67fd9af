import { type CorefRule, type Draft, nearest, persons, sharesRoleHead } from './coref-draft.js';

// "Putin", "President Putin", "Mr Putin" after "Vladimir Putin"; two Clintons: decided by title, role, gender, then nearness
export const joinSurname: CorefRule = (m, s) => {
  const p = m.person;
  if (!p || p.first) return null;
  const word = p.last;
  let candidates = persons(s).filter((d) => d.last === word);
  if (candidates.length === 0) {
    return m.kind === 'person' || isFollowedBySpeech(s.text, m.end)
      ? { create: true, rule: m.rule, kind: 'person' }
      : null;
  }
  if (candidates.length === 1) return { draft: candidates[0] as Draft, rule: 'entities/surname' };
  // "Donald Trump … Ivanka Trump … Trump says he would pay": the pronoun opening the report is the speaker's own
  const gender = p.gender ?? reportedPronounGender(s.text, m.end);
  if (gender) {
    const g = candidates.filter((d) => d.gender === null || d.gender === gender);
    if (g.length === 1)
      return {
        draft: g[0] as Draft,
        rule: p.gender ? 'entities/surname-gender' : 'entities/surname-report-pronoun',
      };
    if (g.length) candidates = g;
  }
  const roles = m.roles ?? [];
  if (roles.length) {
    const r = candidates.filter((d) =>
      roles.some((role) => [...d.roles].some((dr) => sharesRoleHead(dr, role))),
    );
    if (r.length === 1) return { draft: r[0] as Draft, rule: 'entities/surname-role' };
  }
  const near = nearest(candidates, m.start) ?? (candidates[0] as Draft);
  s.diagnostics.push({
    code: 'entities/ambiguous-surname',
    message: `"${m.text}" could be ${candidates.map((c) => c.nameWords.join(' ')).join(' or ')}; took the nearest`,
    start: m.start,
    end: m.end,
  });
  return { draft: near, rule: 'entities/surname-nearest' };
};

const SPEECH =
  /^\s*(?:said|says|told|stated|added|insisted|noted|argued|claimed|warned|wrote|asked|explained|declared|announced|denied|has said|had said)\b/;
const isFollowedBySpeech = (text: string, end: number) => SPEECH.test(text.slice(end, end + 20));

// "Trump says he …", "Lind said that she …": a report verb, then a subject pronoun, right after the name
const REPORT_PRONOUN =
  /^\s+(?:said|says|told\s+\p{Ll}+|added|insisted|argued|claimed|stated|wrote|warned)\s+(?:that\s+)?(he|she)\b/u;
function reportedPronounGender(text: string, end: number): 'male' | 'female' | null {
  const w = REPORT_PRONOUN.exec(text.slice(end, end + 40))?.[1];
  return w === 'he' ? 'male' : w === 'she' ? 'female' : null;
}
