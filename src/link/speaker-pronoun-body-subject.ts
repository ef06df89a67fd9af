import { tokenIndexAt } from '../quotes/quote-context.js';
import { quoteWith } from '../quotes/quote-with.js';
import { speakerFromRole } from './speaker-from-role.js';
import { expandAcronym } from './speaker-names.js';
import { lookBackStart, type SpeakerChoice, type SpeakerInput } from './speaker-rule.js';

// a document that speaks for itself: "the Keel report", "the survey"
const DOCUMENT_WORDS =
  'report|survey|study|review|analysis|audit|motion|document|statement|letter|poll|research';
const DOCUMENT_HEAD = new RegExp(`^(?:${DOCUMENT_WORDS})$`);
// a body that speaks: "the US firm", "the committee", "the Tarn/Lorne shipping conference" (not "the paper", "the newspaper": an outlet quoting is the
// outlet the text names, taken up by the rules after)
const BODY_WORDS =
  'company|firm|group|bank|government|committee|commission|council|ministry|department|agency|union|party|board|body|regulator|watchdog|authority|airline|carrier|retailer|insurer|lender|maker|manufacturer|operator|giant|institute|charity|court|tribunal|panel|association|federation|organi[sz]ation|exchange|consortium|publication|conference';

// "the Keel report was", "The US firm is thought", "The committee reached": a definite noun phrase of up to three
// more words, its head, then a verb
const DEFINITE = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-])[Tt]he\s+(?:(?:[\p{L}\p{M}&'’/-]+|(?:\p{Lu}\.)+)\s+){0,3}?(${DOCUMENT_WORDS}|${BODY_WORDS})(?=\s)`,
  'gu',
);

interface BodySubject {
  start: number;
  end: number;
  text: string;
  head: string;
}

/**
 * The last definite document or body ("the Keel report", "the US firm") that is the subject of a verb in the
 * sentence before `at` or in its own sentence up to `at`, outside what was quoted.
 */
function bodySubjectBefore(
  at: number,
  input: Pick<SpeakerInput, 'seg' | 'text' | 'previous' | 'quote'>,
): BodySubject | null {
  const { seg, text, previous, quote } = input;
  const from = lookBackStart(seg, at);
  if (from === null) return null;
  const window = text.slice(from, at);
  let found: BodySubject | null = null;
  for (const m of window.matchAll(DEFINITE)) {
    const head = m[1] ?? '';
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    // the word after the head is a verb: "the report was", "the firm has argued"
    const next = seg.tokens[tokenIndexAt(seg.tokens, end)];
    if (
      !next ||
      (next.pos !== 'VERB' && next.pos !== 'AUX') ||
      !/^\p{Ll}/u.test(text.slice(next.start, next.end))
    )
      continue;
    // (not inside what was quoted: "“The firm is strong,” it said")
    if ([...previous, quote].some((q) => start >= q.start && start < q.end)) continue;
    found = { start, end, text: text.slice(start, end), head };
  }
  return found;
}

// the words a body is known by, before its head: "US" of "the US firm", "NIESR" of "the NIESR report"
const modifierOf = (d: BodySubject) =>
  d.text
    .replace(/^[Tt]he\s+/, '')
    .slice(0, -d.head.length)
    .trim()
    .replace(/['’]s$/, '');

/**
 * "Other than that, the NIESR report was upbeat. It said …", "The US firm is thought to be offering $2bn. It has
 * argued …": an "it" after a sentence whose subject is a document or body the text describes is that body: the
 * organisation the body's role stands for ("the firm" → the firm the text named), or the organisation that issued
 * the document ("the NIESR report" → NIESR) else the document as written ("the Keel report"), at stage 'named'
 * (before the entity layer's and the most-talked-about organisation); else, at stage 'as-written' (after the
 * entity layer's), the body as written ("the US firm", "the committee"), not the organisation the story names most. A bare "the report" or
 * "the company" is left to the rules after.
 */
export function pronounBodySubject(input: SpeakerInput, stage: 'named' | 'as-written'): SpeakerChoice | null {
  const { quote, names } = input;
  const m = quote.mention;
  if (!m || !/^it$/i.test(m.text)) return null;
  const d = bodySubjectBefore(m.start, input);
  if (!d) return null;
  const rule = 'speaker/pronoun-body-subject';
  const lower = d.text.replace(/^The\b/, 'the');
  const modifier = modifierOf(d);
  if (DOCUMENT_HEAD.test(d.head)) {
    if (!/^\p{Lu}/u.test(modifier) || stage === 'as-written') return null;
    const issuer = names.organisations.find((o) => o.name === modifier);
    return { speaker: issuer ? (expandAcronym(names, modifier) ?? modifier) : lower, rule };
  }
  if (stage === 'named') {
    // "the firm" → the organisation the text named that fits it
    const role = speakerFromRole({
      ...input,
      quote: quoteWith(quote, { mention: { start: d.start, end: d.end, text: d.text } }),
    });
    return role?.speaker &&
      /^speaker\/role-(?:previous|most-salient)-organisation|^speaker\/role-earlier-descriptor/.test(
        role.rule,
      )
      ? { speaker: role.speaker, rule }
      : null;
  }
  // (a bare "the company", "the group": the firm the text named, found by the rules after)
  if (!modifier && /^(?:company|firm|group|bank)$/.test(d.head)) return null;
  return { speaker: lower, rule };
}
