import { quoteWith } from '../quotes/quote-with.js';
import { rangeIndexHolding } from '../quotes/span-index.js';
import { clauseSubjects } from './clause-subjects.js';
import { speakerFromRole } from './speaker-from-role.js';
import { PRONOUNS, paragraphOf, type SpeakerChoice, type SpeakerInput } from './speaker-rule.js';

// nouns only a person is, as the head of a subject: "the spokesman", "a Keel official", "the head of the inquiry"
const PERSON_HEAD =
  /^(?:spokes(?:wo)?man|spokesperson|official|minister|secretary|adviser|advisor|analyst|executive|director|chairman|chairwoman|economist|lawyer|attorney|aide|officer|manager|trader|dealer|strategist|diplomat|envoy|president|governor|mayor|senator|leader|head|chief|banker|broker|judge|prosecutor|victim|witness|doctor|professor|researcher|scientist|delegate|expert|investigator|commissioner|ambassador|representative|negotiator|campaigner|founder|boss)$/;
const DETERMINER = /^(?:the|a|an|one|another)$/i;
const FEMALE = /\b(?:spokeswoman|chairwoman|businesswoman)\b/;
const MALE = /\b(?:spokesman|chairman|businessman)\b/;

interface Descriptor {
  start: number;
  end: number;
  text: string;
  head: string;
}

/**
 * The person described, not named, who is the subject of a clause of the sentence `s` ("the spokesman declined to
 * name them", "One of the victims decided …", "The head of the inquiry told the court …"): the last such subject,
 * or null when a name follows it in the sentence.
 */
function descriptorSubject(
  s: { start: number; end: number },
  input: Pick<SpeakerInput, 'seg' | 'text' | 'names'>,
): Descriptor | null {
  let found: Descriptor | null = null;
  for (const c of clauseSubjects(s, input)) {
    if (!DETERMINER.test(c.text.split(/\s/)[0] ?? '') || !/\s/.test(c.text)) continue;
    // "one of the victims"; else the head before a prepositional phrase ("the head of the inquiry")
    const group = /^one\s+of\s+the\s+[\p{Ll}-]+s$/iu.test(c.text);
    const head =
      /^(?:the|a|an|one|another)\s+(?:[^\s]+\s+){0,4}?([\p{Ll}-]+)(?:\s+(?:of|for|at|from|to)\s.*)?$/iu.exec(
        c.text,
      )?.[1];
    if (!group && !(head && PERSON_HEAD.test(head))) continue;
    found = { ...c, head: group ? 'one' : (head ?? '') };
  }
  // "The spokesman said Tom Reid had resigned. He said …": a person named after it may be the one meant
  if (found && input.names.persons.some((n) => n.start > (found?.end ?? 0) && n.start < s.end)) return null;
  return found;
}

/**
 * "Toyota is considering other U.S. firms, but the spokesman declined to name them. …, he said.", "One of the
 * victims decided to allow her name to be made public. She said …": a "he"/"she" right after a sentence whose
 * subject is a person described, not named, goes on from that person: the speaker the text already gave them
 * (the quote they made there, the earlier "a Toyota official", the name the role stands for), else the
 * description as written.
 */
export function pronounDescriptorSubject(pronoun: 'he' | 'she', input: SpeakerInput): SpeakerChoice | null {
  const { quote, previous, seg, text } = input;
  const m = quote.mention;
  if (!m) return null;
  // the sentence before the pronoun's (or before the quote's, for "…, he said" after the quote)
  const k = rangeIndexHolding(seg.sentences, Math.min(m.start, quote.start));
  const here = seg.sentences[k];
  const s = seg.sentences[k - 1];
  if (!here || !s || here.paragraph - s.paragraph > 1) return null;
  // the pronoun opens its sentence or follows the quote that opens it
  const opening = text.slice(here.start, m.start);
  if (m.start < quote.start ? !/^(?:\p{Lu}\p{Ll}+,?\s+)?$/u.test(opening) : quote.start - here.start > 2)
    return null;
  const d = descriptorSubject(s, input);
  if (!d) return null;
  // inside what someone said, it is no subject of the narration
  if (previous.some((q) => d.start >= q.start && d.start < q.end)) return null;
  if (pronoun === 'he' ? FEMALE.test(d.text) : MALE.test(d.text)) return null;
  const rule = 'speaker/pronoun-descriptor-subject';
  // the quote the described person made in that sentence
  const own = previous.find((q) => q.mention && q.mention.start === d.start && q.speaker);
  if (own?.speaker) return { speaker: own.speaker, rule };
  const lower = d.text.replace(/^(?:The|A|An|One|Another)\b/, (w) => w.toLowerCase());
  if (!/^the\s/i.test(d.text)) return { speaker: lower, rule };
  // "the spokesman" after "a Toyota spokesman said": the one introduced with the same head
  const same = [...previous]
    .reverse()
    .find(
      (q) =>
        q.speaker && q.mention && new RegExp(`^(?:an?|one)\\s(?:.*\\s)?${d.head}$`, 'i').test(q.mention.text),
    );
  if (same?.speaker) return { speaker: same.speaker, rule };
  // "the cardinal", "the Tory leader": the name the role stands for
  const role = speakerFromRole({
    ...input,
    quote: quoteWith(quote, { mention: { start: d.start, end: d.end, text: d.text } }),
  });
  if (
    role?.speaker &&
    /^speaker\/(?:role-of-name|role-same-descriptor|definite-after-indefinite|role-most-salient-person|role-previous-speaker)/.test(
      role.rule,
    )
  )
    return { speaker: role.speaker, rule };
  // "a Toyota official told Reuters … but the spokesman declined …": the one unnamed person just quoted
  const last = previous[previous.length - 1];
  if (
    last?.speaker &&
    /^(?:a|an|one)\s/i.test(last.speaker) &&
    !PRONOUNS.has(last.speaker) &&
    paragraphOf(seg, quote.start) - paragraphOf(seg, last.start) <= 4
  )
    return { speaker: last.speaker, rule };
  return { speaker: lower, rule };
}
