import type { Quote } from '../../types.js';

/**
 * PolNeAR keeps the whole reported clause around a partial direct quote, where GUIDE.md keeps only the quoted
 * words: a direct quote that lies inside a reported clause gives way to the clause.
 */
// Ann Lee said the plan was “dead on arrival” in the Senate. → content "the plan was “dead on arrival” in the Senate"
export function preferReportedClause(direct: Quote[], indirect: Quote[]): Quote[] {
  // a whole quote with its attribution ("“A,” she said, and …") stays direct
  return direct.filter((d) => !d.partial || !indirect.some((x) => d.start >= x.start && d.end <= x.end + 1));
}
