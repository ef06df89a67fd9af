import { pastReportGoverns } from './past-report-governs.js';
import type { Direction } from './timex-rule.js';

// Future cues: "will meet on Friday", "is scheduled for June", "plans to vote next month".
const FUTURE =
  /\b(?:will|shall|won't|wo n't|going to|gonna|scheduled|planned|plans?(?=\s+to\b)|planning|expected|expects?|due|upcoming|set to|intends?|hopes? to|aims? to|would)\b|'ll\b/gi;
// Past cues: "said on Friday", "was signed in January", "had met".
const PAST =
  /\b(?:said|told|was|were|had|did|ago|announced|reported|came|went|made|took|gave|met|began|began|won|lost|held|left|saw|wrote|spoke|since|earlier|last|yesterday|\w{3,}ed)\b/gi;

const BOUNDARY = /[.!?]["')\]]?\s+(?=["'([]?[A-Z0-9])|\n/g;

/** The clause window around [start, end): back to the previous sentence end, on to the next. */
export function findClause(text: string, start: number, end: number): { from: number; to: number } {
  let from = Math.max(0, start - 200);
  BOUNDARY.lastIndex = from;
  for (let m = BOUNDARY.exec(text); m && m.index < start; m = BOUNDARY.exec(text))
    from = m.index + m[0].length;
  let to = Math.min(text.length, end + 200);
  BOUNDARY.lastIndex = end;
  const next = BOUNDARY.exec(text);
  if (next && next.index < to) to = next.index + 1;
  return { from, to };
}

/** Past or future from the tense cue nearest to the span within its sentence; past when none (news). */
export function findDirection(text: string, start: number, end: number): Direction {
  return findTenseCue(text, start, end) ?? 'past';
}

/** The direction of the tense cue nearest to the span within its sentence, or null when there is none. */
export function findTenseCue(text: string, start: number, end: number): Direction | null {
  // "by August", "as soon as Tuesday", "until May" look ahead; "since May" looks back.
  const lead = text.slice(Math.max(0, start - 14), start);
  if (/\b(?:by|until|till|as soon as|no later than)\s+(?:early\s+|late\s+|mid-?\s*)?$/i.test(lead)) {
    // "By Sunday afternoon, Roe said …", "By Monday, the toll had risen": a "By" opening a sentence told in the past
    // looks back
    const opening = /(?:^|[.!?]["')\]]?\s+|\n\s*)By\s+(?:early\s+|late\s+)?$/.test(
      text.slice(Math.max(0, start - 20), start),
    );
    if (opening && text.charAt(end) === ',' && nearestTenseCue(text, start, end) === 'past') return 'past';
    return 'future';
  }
  if (/\bsince\s+$/i.test(lead)) return 'past';
  // "Roe said at a town hall on Monday, "we would …"": the verb of report, not the reported words, tells its tense
  if (pastReportGoverns(text, start)) return 'past';
  return nearestTenseCue(text, start, end);
}

/** The direction of the tense cue nearest to the span within its sentence, whatever stands right before it. */
function nearestTenseCue(text: string, start: number, end: number): Direction | null {
  const { from, to } = findClause(text, start, end);
  const clause = text.slice(from, to);
  let best: { dist: number; dir: Direction } | null = null;
  const consider = (re: RegExp, dir: Direction) => {
    re.lastIndex = 0;
    for (let m = re.exec(clause); m; m = re.exec(clause)) {
      const s = from + m.index;
      const e = s + m[0].length;
      if (s >= start && e <= end) continue; // the expression's own words
      // "will be named": a participle after a form of "be" is not a past tense
      if (
        dir === 'past' &&
        /ed$/i.test(m[0]) &&
        /\b(?:be|been|being)\s+$/i.test(clause.slice(Math.max(0, m.index - 8), m.index))
      )
        continue;
      const dist = e <= start ? start - e : s >= end ? s - end : 0;
      // A cue before the expression counts a little more than one after it.
      const weighted = e <= start ? dist : dist * 1.5;
      if (!best || weighted < best.dist) best = { dist: weighted, dir };
    }
  };
  consider(FUTURE, 'future');
  consider(PAST, 'past');
  return (best as { dist: number; dir: Direction } | null)?.dir ?? null;
}
