import { nearestClauseSubject, nounPhraseEndingAt, SUBJECT_PRONOUNS } from '../quotes/find-mention.js';
import { spanOf, textContext, tokenIndexAt, tokenText } from '../quotes/quote-context.js';
import { rangeIndexHolding } from '../quotes/span-index.js';
import type { MentionRule } from './speaker-rule.js';

// words that open a clause embedded in the sentence's own ("how the records vanished", "which plan is best")
const EMBEDDING = /^(?:how|which|whether|what|why|where|who|whom|upon|hearing|after|before)$/i;
// determiners and the like a verb's object may open with ("rejected that idea", "launched a $2m ad")
const OBJECT_OPENER = /^(?:the|a|an|that|this|these|those|its|his|her|their|our|my|your|no|\$|£|€)$/i;
// verbs whose object does the saying ("quoted officials as saying", "heard a guard saying", "left voters saying")
const OBJECT_SPEAKS =
  /^(?:quot(?:ed|es|e)|heard|hear|hears|saw|see|sees|seen|show(?:ed|s|n)?|caught|film(?:ed|s)|record(?:ed|s)|cit(?:ed|es|e)|left|leaves|found|finds|had|has|have|got|gets|asked|asks|told|tells|urged|urges)$/i;

// what may speak by itself: a document, a report, a claim ("slammed her for a news story alleging …")
const DOCUMENT =
  /(?:^|\s)(?:stor(?:y|ies)|reports?|books?|research|stud(?:y|ies)|articles?|complaints?|letters?|statements?|claims?|posts?|tweets?|ads?|videos?|surveys?|polls?|cases?|documents?|filings?|lawsuits?|suits?|memos?|papers?|messages?|e-?mails?|findings|data|figures|evidence|records?|rulings?|decisions?|orders?|motions?|petitions?|bills?|laws?|rules?|proposals?|plans?)$/i;
// a report verb: a mention right after it is its clause's subject ("said the guard told him … and suggested …")
const REPORT_VERB =
  /(?:^|\s)(?:said|says|say|told|tells|added|adds|claimed|claims|stated|states|argued|argues|insisted|insists|reported|reports|announced|announces|warned|warns|noted|notes|wrote|writes|suggested|suggests|explained|explains|confirmed|confirms|revealed|reveals|believed|believes|thinks|thought|knew|learned|heard)(?:\s|$)/i;

// Ann Roe has rejected that idea, saying … / Police investigating the theft dismissed the claim and said … / The
// bank gave no details of how the files vanished, but said …: a cue shared with the clause before it ("and said",
// ", saying") whose mention the quote finder took from inside that clause — a verb's or preposition's object, or
// the subject of a clause embedded in it. The subject of the sentence's own clause speaks.
export const mentionSharedCueSubject: MentionRule = ({ quote, text, seg }) => {
  const m = quote.mention;
  const cue = quote.cue;
  if (!m || !cue || cue.start < m.end || SUBJECT_PRONOUNS.has(m.text.toLowerCase())) return null;
  const between = text.slice(m.end, cue.start);
  const participle = /^\p{Ll}+ing$/u.test(cue.text.split(/\s/)[0] ?? '');
  // ", saying …" right after the mention, or "and said" / "but warned" after a verb phrase of the mention's clause
  const joined = /\s(?:and|but)\s+(?:(?:also|then|later|\p{Ll}+ly)\s+)?$/u.test(between);
  const hanging = participle && /^,?\s*$/.test(between);
  if (!joined && !hanging) return null;
  // ("with officials saying …": the phrase is the participle's own subject; "quoted Ann Roe as saying")
  if (/\sas\s*$/.test(between)) return null;
  // "… despite an injury with club boss Tom Bell claiming …": the words after "with" are the participle's subject
  const withAt = hanging ? m.text.lastIndexOf(' with ') : -1;
  if (withAt > 0 && /^\p{Lu}/u.test(m.text.slice(withAt + 6)))
    return {
      mention: { start: m.start + withAt + 6, end: m.end, text: m.text.slice(withAt + 6) },
      cue,
      rule: 'mention/with-participle-subject',
    };
  // "spoke to the Navy, which told it … and noted …": a relative clause's own verbs; "Ann Roe told jurors he met
  // Ida Marsk … and warned …": a report of its own between, another clause's subject
  if (/(?:^|[\s,])(?:who|which|that|whose|he|she|they|it|we|I)\s/.test(between) || REPORT_VERB.test(between))
    return null;
  const sentence = seg.sentences[rangeIndexHolding(seg.sentences, m.start)];
  if (!sentence || cue.start > sentence.end) return null;
  const ctx = textContext(text, seg);
  const first = tokenIndexAt(ctx.tokens, sentence.start);
  const at = tokenIndexAt(ctx.tokens, m.start);
  if (at <= first) return null;
  let k = at - 1;
  while (k > first && OBJECT_OPENER.test(tokenText(ctx, k))) k--;
  const w = tokenText(ctx, k);
  const pos = ctx.tokens[k]?.pos ?? '';
  if (/^with$/i.test(w) || (hanging && OBJECT_SPEAKS.test(w)) || REPORT_VERB.test(w)) return null;
  // the mention is a verb's object, a preposition's, or opens a clause embedded in another
  const verb = /^(?:VERB|AUX)$/.test(pos) && /^\p{Ll}/u.test(w);
  // ("The guild is concerned that young talent is overlooked and said …": an adjective's "that" clause)
  const adjectiveClause = pos === 'ADJ' && k === at - 2 && /^that$/i.test(tokenText(ctx, at - 1));
  const inner = verb || pos === 'ADP' || EMBEDDING.test(w) || adjectiveClause;
  // (a participle right after a preposition's object is mostly that phrase's own: "despite research showing …",
  // "in cases alleging …"; not "wrote to the men freed from Dover Prison telling them …")
  // (nor "with the campaign of the senator from Dover saying …", the "with" phrase's own participle)
  const governed =
    /^(?:for|from|against|to|at|on|into|about|over)$/i.test(w) &&
    !DOCUMENT.test(m.text) &&
    !/\bwith\s[^,;:.]*$/i.test(text.slice(Math.max(sentence.start, m.start - 120), m.start));
  if (!inner || (hanging && !verb && !governed)) return null;
  // "Police investigating the theft dismissed …": a participle after the noun that opens the sentence; the
  // phrase as written is the speaker
  const head = verb && /ing$/i.test(w) && k - 1 >= first ? nounPhraseEndingAt(ctx, k - 1, first) : null;
  if (head && tokenIndexAt(ctx.tokens, head.start) === first)
    return { mention: spanOf(ctx, head.start, m.end), cue, rule: 'mention/shared-cue-subject' };
  const subject = nearestClauseSubject(ctx, first, at, false);
  if (!subject || subject.end > m.start) return null;
  return { mention: subject, cue, rule: 'mention/shared-cue-subject' };
};
