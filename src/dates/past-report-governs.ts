// "…," Roe said at a town hall on Monday, "we would …" / "The plan, Roe said in June, would …": a day or month the
// past verb of report governs (the verb, then at most a phrase of place or occasion, then the expression) is past,
// whatever tense the reported words beside it have.

// Past verbs of report (words said then).
const REPORT =
  /\b(?:said|told|stated|declared|announced|added|wrote|testified|insisted|argued|explained|warned|conceded|acknowledged|remarked|noted|claimed|asked|replied|responded|tweeted)\b/gi;

// What may stand between the verb and the expression: a phrase opening with a preposition ("at a town hall",
// "in an interview with Radio Vell", "to reporters") or a hearer ("told Radio Vell"), then the expression's
// own preposition.
const GAP =
  /^(?:\s+(?:at|in|on|during|to|with|before|after|from|via|over|through)\b[^,;:.!?"\u201C\u201D()\n]*)?\s+(?:on|in|at|during|)\s*$/i;
const HEARER =
  /^\s+(?:(?:\p{Lu}[\p{L}'\u2019.&-]*\s+){1,4}|(?:reporters|journalists|lawmakers|the press|the crowd)\s+)(?:on|in|at|during|)\s*$/u;

// Words that would make the gap a clause of its own: "said the vote comes in June", "said he will go on Monday".
const CLAUSE =
  /\b(?:that|who|which|he|she|they|it|we|I|you|is|are|was|were|be|been|has|have|had|will|would|shall|could|should|might|may|must|can|going|plans?|planned|scheduled|set|due|expected|expects?|hopes?|upcoming|coming|ahead|next|until|by)\b/i;

/**
 * Where the last stretch without a sentence end (. ! ? or a line break) begins: `s.search(/[^.!?\n]*$/)` read
 * backwards by code (the regex tried every start, each running on to the end).
 */
function sentenceTailStart(s: string): number {
  let k = s.length;
  while (k > 0) {
    const c = s.charCodeAt(k - 1);
    if (c === 46 || c === 33 || c === 63 || c === 10) break; // . ! ? \n
    k--;
  }
  return k;
}

/** True when a past verb of report governs the expression at [start, end): "said at a town hall on Monday". */
export function pastReportGoverns(text: string, start: number): boolean {
  // (within the expression's sentence)
  const before = text.slice(Math.max(0, start - 80), start);
  const window = before.slice(sentenceTailStart(before));
  REPORT.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = REPORT.exec(window); m; m = REPORT.exec(window)) last = m;
  if (!last) return false;
  // a passive or an infinitive is no statement made: "will be added on Monday", "to be told in June"
  if (
    /\b(?:be|been|being|is|are|was|were|get|gets|got|to)\s+(?:\w+ly\s+)?$/i.test(window.slice(0, last.index))
  )
    return false;
  const gap = window.slice(last.index + last[0].length);
  if (CLAUSE.test(gap)) return false;
  return GAP.test(gap) || (last[0].toLowerCase() === 'told' && HEARER.test(gap));
}
