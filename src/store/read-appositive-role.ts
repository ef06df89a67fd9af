// A role written in apposition right after the speaker's name, for quotes whose speaker the entities stage left
// without an entity or roles: `"…," Clinton, the former secretary of state, said.` → "former secretary of state".
import type { TextSpan } from '../types.js';

// ", the former secretary of state," / ", a former senator," / ", Vellmark's finance minister," (lower-case words
// only, so "Clinton, Smith and Jones" or "Clinton, Arkansas" are not read as roles)
const APPOSITIVE =
  /^\s*,\s*(?:(?:the|a|an)\s+)?((?:[A-Z][\p{L}-]*'s\s+)?[a-z][\p{Ll}'-]*(?:\s+[a-z][\p{Ll}'-]*){0,6})\s*,/u;

/** The appositive role after `mention` in `text`, lower case; null when there is none. */
export function readAppositiveRole(text: string, mention: TextSpan | null): string | null {
  if (!mention) return null;
  const m = APPOSITIVE.exec(text.slice(mention.end, mention.end + 120));
  const role = m?.[1]?.toLowerCase().trim();
  if (!role || /^(?:and|or|who|which|said|says|told|added)\b/.test(role)) return null;
  return role;
}
