import { fullestName } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// "((Ola Berg)) …", "Ola Berg: …": the label that opens a paragraph of an interview transcript
const LABEL =
  /^\s*(?:\(\(\s*([^()\n]{2,60}?)\s*\)\)|(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*:)\s/u;
// "((WN))", "Interviewer:": the one who asks
const ASKER = /^(?:WN|Wikinews|Q|Interviewer|Question|[\p{Lu}. ]*Reporter)$/iu;

/** The label opening the paragraph of the text that holds `at`, and the labels of the paragraphs after it. */
function labelsFrom(text: string, at: number): string[] {
  const start = text.lastIndexOf('\n', at) + 1;
  const labels: string[] = [];
  for (const para of text.slice(start).split(/\n+/).slice(0, 8)) {
    const m = LABEL.exec(para);
    labels.push(m ? (m[1] ?? m[2] ?? '') : '');
  }
  return labels;
}

/** The label of the nearest labelled paragraph before the one holding `at`, within five paragraphs. */
function labelBefore(text: string, at: number): string {
  const paragraphs = text
    .slice(0, text.lastIndexOf('\n', at) + 1)
    .split(/\n+/)
    .filter((p) => p.trim());
  for (const para of paragraphs.slice(-5).reverse()) {
    const m = LABEL.exec(para);
    if (m) return m[1] ?? m[2] ?? '';
  }
  return '';
}

// An interview transcript: "((Ola Berg)) … and I said, “…”" — "I" in an answer is the one answering;
// "((WN)) Previously you had mentioned, “…”" — "you" in a question is the one the next answer's label names.
export const speakerInterviewPronoun: SpeakerRule = ({ quote, text, names }) => {
  const m = quote.mention;
  if (!m || !/^(?:I|you)$/i.test(m.text)) return null;
  // an interview: some paragraph opens with the asker's label ("Ola BergImage: Ola Berg." is no answer)
  if (!text.split(/\n+/).some((p) => ASKER.test(LABEL.exec(p)?.slice(1).find(Boolean) ?? ''))) return null;
  const [here, ...after] = labelsFrom(text, m.start);
  // an answer running over paragraphs: the label of the last labelled paragraph before, in a labelled text
  const own = here || (m.text === 'I' ? labelBefore(text, m.start) : '');
  if (!own) return null;
  const person = (label: string) => !ASKER.test(label) && /^\p{Lu}\S*\s+\p{Lu}/u.test(label);
  const answerer =
    m.text === 'I'
      ? person(own)
        ? own
        : null
      : ASKER.test(own)
        ? (after.find((l) => l && person(l)) ?? null)
        : null;
  if (!answerer) return null;
  return { speaker: fullestName(names, answerer) ?? answerer, rule: 'speaker/interview-pronoun' };
};
