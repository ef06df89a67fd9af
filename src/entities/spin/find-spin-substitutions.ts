// Spin signature: unusual long forms used where news usually writes the short one ("Russian Federation" for Russia).
// Ordered rules; the first that returns a verdict decides. null = the use is ordinary, undefined = rule does not apply.
import { LONG_FORM_SHARE, shareOfForm } from '../data/alias-frequency.js';
import type { FoundMention } from '../mentions/mention-context.js';
import type { SpinSubstitution } from '../../types.js';

type SpinVerdict = { weight: number; rule: string } | null | undefined;
type SpinRule = (m: FoundMention, text: string) => SpinVerdict;

// "the North Atlantic Treaty Organization (NATO)": a first mention that expands an acronym is ordinary
const expandsAcronym: SpinRule = (m, text) => (/^\s*\(\s*["“]?\p{Lu}[\p{Lu}.&-]+["”]?\s*\)/u.test(text.slice(m.end, m.end + 14)) ? null : undefined);

// a form the alias-frequency table finds common in news is ordinary
const isCommonInNews: SpinRule = (m) => {
  if (!m.entry) return undefined;
  const share = shareOfForm(m.entry.canonical, m.entry.form);
  return share !== null && share >= LONG_FORM_SHARE ? null : undefined;
};

// "Constitution of the Russian Federation", "Russian Federation Council": part of a formal name, low weight
const isInFormalName: SpinRule = (m, text) => {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end, m.end + 30);
  if (/\p{Lu}[\p{L}]+ (?:of|for|to) (?:the )?$/u.test(before) || /^ \p{Lu}\p{Ll}+/u.test(after)) {
    return { weight: 0.25, rule: 'spin/formal-name' };
  }
  return undefined;
};

// "insisting Russian Federation was …", "United States of America officials": the long form in running text
const isLongFormInRunningText: SpinRule = () => ({ weight: 1, rule: 'spin/long-form' });

export const SPIN_RULES: Array<[string, SpinRule]> = [
  ['acronym-expansion', expandsAcronym],
  ['common-in-news', isCommonInNews],
  ['formal-name', isInFormalName],
  ['long-form', isLongFormInRunningText],
];

/** The unusual long forms among the gazetteer mentions. */
export function findSpinSubstitutions(text: string, mentions: FoundMention[]): SpinSubstitution[] {
  const spin: SpinSubstitution[] = [];
  for (const m of mentions) {
    if (!m.entry || m.entry.type !== 'long') continue;
    let verdict: SpinVerdict;
    for (const [, rule] of SPIN_RULES) {
      verdict = rule(m, text);
      if (verdict !== undefined) break;
    }
    if (!verdict) continue;
    spin.push({ start: m.start, end: m.end, text: m.text, usual: m.entry.usual, canonical: m.entry.canonical, weight: verdict.weight, rule: verdict.rule });
  }
  return spin;
}

export interface SpinVerdictSummary {
  /** Sum of the substitutions' weights. */
  spinScore: number;
  /** True when the weights add up to 2 or more (two long forms in running text, or one repeated). */
  spun: boolean;
}

/** The article-level verdict over its substitutions. */
export function judgeSpin(spin: readonly SpinSubstitution[]): SpinVerdictSummary {
  const spinScore = Math.round(spin.reduce((a, s) => a + (s.weight ?? 1), 0) * 100) / 100;
  return { spinScore, spun: spinScore >= 2 };
}
