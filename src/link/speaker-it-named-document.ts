import { rangeIndexHolding } from '../quotes/span-index.js';
import { isOrganisationName, isPlaceName } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// "the Varley report", "the Marsk Review": a document named by a capitalised name (its author's) before its noun
const NAMED_DOCUMENT =
  /\b[Tt]he\s+((?:\p{Lu}[\p{L}\p{M}'’-]+\s+){1,2})(report|study|review|inquiry|paper|plan|audit|survey)\b/gu;

/**
 * "Ministers discussed the Varley report. It said …": an "it" no organisation stands for, after a document named by a
 * person's name in its sentence or the one before → the document as written.
 */
export const speakerItNamedDocument: SpeakerRule = ({ quote, text, seg, names }) => {
  const m = quote.mention;
  if (!m || !/^it$/i.test(m.text)) return null;
  const k = rangeIndexHolding(seg.sentences, m.start);
  const from = seg.sentences[Math.max(0, k - 1)]?.start ?? 0;
  let found: RegExpExecArray | undefined;
  for (const d of text.slice(from, m.start).matchAll(NAMED_DOCUMENT)) found = d;
  const name = found?.[1]?.trim();
  if (!found || !name) return null;
  // ("the OECD report", "the Tarn Bank survey": an organisation's document is the organisation's)
  if (isOrganisationName(name) || isPlaceName(name) || names.organisations.some((o) => o.name === name))
    return null;
  return { speaker: `the ${name} ${found[2]}`, rule: 'speaker/it-named-document' };
};
