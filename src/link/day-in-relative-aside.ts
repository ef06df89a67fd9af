import type { TimeExpression } from '../types.js';
import { tellsPast } from './when-reports-today.js';

// A relative clause set off by a comma or a dash: ", which", "-- who", "— where".
const RELATIVE_OPENER = /(?:,|--|[\u2013\u2014])\s*(?:which|who|whose|where)\b/giu;
// What closes such a clause before the day.
const CLOSER = /,|--|[\u2013\u2014;:]/u;

/**
 * True when the day stands inside a relative clause, opened after `from` and not closed before the day, that tells
 * no past event: "In a speech from Dunmore -- which holds its vote on Saturday -- Roe said …" (the day of a thing
 * to come). Not a clause telling the occasion ("Mayor Roe, who endorsed it during a call on Thursday"), nor a
 * clause closed before the day ("the plant, which closes, reopened on Friday").
 */
export function isInRelativeAside(text: string, from: number, day: TimeExpression): boolean {
  const lead = text.slice(Math.max(from, day.start - 300), day.start);
  let last = -1;
  for (const m of lead.matchAll(RELATIVE_OPENER)) last = m.index + m[0].length;
  if (last < 0) return false;
  const clause = lead.slice(last);
  if (CLOSER.test(clause)) return false;
  // "Kiechle, who yesterday denounced the plan, …": the clause's verb may follow the day
  const rest = text.slice(day.end, day.end + 120);
  const close = CLOSER.exec(rest);
  return !tellsPast(`${clause} ${close ? rest.slice(0, close.index) : rest}`);
}
