import { rangeIndexHolding } from '../quotes/span-index.js';
import { isPersonName } from './speaker-entity-names.js';
import { fullestName, isOrganisationName, isPlaceName } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// "Tom Vell's agent", "the singer's lawyer": one person named by whom they act for
const OWNER_ROLE =
  /^(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2})['’]s\s+(?:agent|lawyer|solicitor|attorney|publicist|representative)$/u;
// the next sentence opens with a name of two or three words that reports: "Ross Adair says …"
const NAMED_REPORT =
  /^(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})\s+(?:also\s+)?(?:has\s+)?(?:says|said|told|tells|insists|insisted|warned|warns)\b/u;

// "Tom Vell's agent has warned Harbury they have a week to improve their offer. ¶ Ross Adair says he has …" → Ross
// Adair: a lead's agent or lawyer, unnamed, is the person named reporting in the sentence right after it.
export const speakerLeadOwnerRoleNamedNext: SpeakerRule = ({ quote, text, seg, names }) => {
  const m = quote.mention;
  if (!m || m.start > 400) return null;
  const owner = OWNER_ROLE.exec(m.text)?.[1];
  if (!owner) return null;
  const k = rangeIndexHolding(seg.sentences, m.start);
  if (k < 0 || k > 1) return null;
  const next = seg.sentences[k + 1];
  if (!next) return null;
  const subject = NAMED_REPORT.exec(text.slice(next.start, next.end).trimStart())?.[1];
  if (!subject) return null;
  const full = fullestName(names, subject) ?? subject;
  // (not the one acted for: "Tom Vell's agent warned …. Tom Vell says …")
  const surname = owner.split(/\s+/).pop() ?? owner;
  if (full.split(/\s+/).includes(surname)) return null;
  if (!isPersonName(full) || isOrganisationName(full) || isPlaceName(full)) return null;
  return { speaker: full, rule: 'speaker/lead-owner-role-named-next' };
};
