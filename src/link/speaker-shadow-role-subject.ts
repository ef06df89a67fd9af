import { rangeIndexHolding } from '../quotes/span-index.js';
import { isPersonName } from './speaker-entity-names.js';
import { fullestName, isOrganisationName } from './speaker-names.js';
import { narrationSubject } from './speaker-narration-subject.js';
import type { SpeakerRule } from './speaker-rule.js';

// "the shadow chancellor", "the shadow home secretary": the opposition's counterpart of an office
const SHADOW = /^[Tt]he\s+shadow\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u;

// "But Tom Vell, for the Tories, attacked the plan. ¶ The shadow chancellor said …" → Tom Vell: an opposition
// office no one holds by name in the text is the person the sentence just before has as its subject (not the
// office's holder, "the chancellor", whom that person attacked).
export const speakerShadowRoleSubject: SpeakerRule = ({ quote, text, seg, names }) => {
  const m = quote.mention;
  if (!m || !SHADOW.test(m.text)) return null;
  const k = rangeIndexHolding(seg.sentences, m.start);
  const before = seg.sentences[k - 1];
  if (!before) return null;
  const subject = narrationSubject(text, seg, names, before.start, before.start + 1, 1, true);
  const full = subject ? (fullestName(names, subject) ?? subject) : null;
  if (!full || !/\s/.test(full) || !isPersonName(full) || isOrganisationName(full)) return null;
  // (a subject given another office by the text, "Chancellor Tom Vell", is not the shadow one)
  const office = m.text.replace(/^[Tt]he\s+shadow\s+/, '').toLowerCase();
  const last = office.split(/\s+/).pop() ?? office;
  if (names.persons.some((p) => (fullestName(names, p.name) ?? p.name) === full && p.roles.includes(last)))
    return null;
  return { speaker: full, rule: 'speaker/shadow-role-subject' };
};
