import { nounPhraseEndingAt, SUBJECT_PRONOUNS } from '../quotes/find-mention.js';
import { spanOf, tokenIndexAt, tokenText } from '../quotes/quote-context.js';
import { mentionRightBeforeCue, mentionTokens } from './mention-before-cue.js';
import { personMentionsIn } from './speaker-entity-names.js';
import type { MentionRule } from './speaker-rule.js';

// the prepositions that attach an organisation or place to the one who speaks
const PREPOSITION = /^(?:of|at|from|in|for|with|on|to)$/;
// what may open the clause whose subject the head is
const CLAUSE_OPEN =
  /^(?:[,;:(—–-]|--|and|but|or|after|when|while|as|because|that|since|before|until|though|although|if|whereas|so)$/i;
// a quantity of what the phrase names is no speaker of its own ("Part of the statement reads")
const QUANTITY_HEAD =
  /^(?:part|parts|some|most|all|one|many|much|half|rest|none|each|any|both|several|majority|minority|number|percent|share|bulk|backlash)$/i;
// a plural common noun opening the sentence, capitalised only for that ("Officials", "Traders", "Critics")
const PLURAL_NOUN = /^\p{Lu}\p{Ll}+(?:ers|ors|ists|als|ians|ants|ents|ics|ives|ees|men|people|sources)$/u;
// a document "from" its issuer speaks for the issuer ("A report from the port authority said"): not a head here
const DOCUMENT_HEAD =
  /(?:^|\s)(?:reports?|stud(?:y|ies)|surveys?|statements?|letters?|data|figures|polls?|polling|research|estimates?|analys[ie]s|reviews?|findings|memos?|ruling|decisions?|messages?|articles?|stor(?:y|ies)|books?|papers?|documents?|filings?|releases?|notes?|e-?mails?|tweets?|posts?|comments?|remarks?|testimony|transcripts?|websites?|videos?|ads?|projections?|forecasts?|numbers|statistics|records|evidence|imaging|footage|results?|minutes|accounts?|version|calculations?)$/i;
const ORGANISATION_WORD =
  /\b(?:group|organi[sz]ation|association|union|party|company|firm|agency|campaign|coalition|network|committee|council|charity|society|movement)\b/i;
const TIME_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Yesterday|Today|Tonight|Meanwhile|Separately|However|Earlier|Later)$/;
const SPREAD = /^(?:both|mainly|mostly|chiefly|largely|especially|particularly)$/;
// "Western attaches in Moscow": a capitalised adjective and a lower-case plural
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const LOWER_PLURAL = /^\p{Ll}{3,}[^s]s$/u;
// a role noun right before a name ("security policy chief Ann Roe")
const ROLE_BEFORE_NAME = /(?:^|\s)(?!(?:of|for|the|on|in|at|to|and|a|an)\s+$)\p{Ll}+\s+$/u;

// Ida Marsk of the Harbour Workers' Union said … / Officials at the ministry said … / Traders in Dover said …: the
// quote finder's mention is the organisation or place after the speaker's preposition; the speaker is the noun
// phrase that opens the clause before it (a name alone, a common noun with its phrase: "Officials at the ministry")
export const mentionHeadBeforePreposition: MentionRule = ({ quote, text, seg, entities }) => {
  const near = mentionRightBeforeCue(quote, text);
  if (!near) return null;
  const { m, cue } = near;
  // (a preposition right before the mention, read first: most mentions have none)
  if (!/(?:^|\s)(?:of|at|from|in|for|with|on|to)\s+$/.test(text.slice(Math.max(0, m.start - 8), m.start)))
    return null;
  // "racial equality chief Ann Roe": a person named after a role at the mention's end is the speaker already (not
  // "victim group Ending Clergy Abuse" nor "the Office of Drug Safety", an organisation the layer took for a person)
  const role = /^(.*\s)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)+$/u.exec(m.text)?.[1] ?? '';
  if (
    ROLE_BEFORE_NAME.test(role) &&
    !ORGANISATION_WORD.test(role) &&
    personMentionsIn(entities, m).some((p) => p.end === m.end)
  )
    return null;
  const tokens = mentionTokens(text, seg, m);
  if (!tokens) return null;
  const { ctx, first } = tokens;
  let { at } = tokens;
  // "Ann Roe of the University of Dover in Kent": a chain of such phrases, back to the clause's opening
  for (let hops = 0; hops < 4; hops++) {
    const p = at - 1;
    if (p - 1 < first || !PREPOSITION.test(tokenText(ctx, p))) return null;
    // ("Traders both in Dover and Kelso said": a word that spreads the phrase over a list stands between)
    const h = p - 2 >= first && SPREAD.test(tokenText(ctx, p - 1)) ? p - 2 : p - 1;
    const head = nounPhraseEndingAt(ctx, h, first);
    if (!head || head.end !== ctx.tokens[h]?.end) {
      // "Western attaches in Moscow said": a plural the tagger read as a verb, opening the sentence after an
      // adjective, is the group speaking where the place names it (not the place)
      const group = hops === 0 && h === first + 1 && /^(?:in|at)$/.test(tokenText(ctx, p));
      if (group && CAPITALISED_WORD.test(tokenText(ctx, first)) && LOWER_PLURAL.test(tokenText(ctx, h)))
        return {
          mention: spanOf(ctx, ctx.tokens[first]?.start ?? m.start, m.end),
          cue,
          rule: 'mention/head-before-preposition',
        };
      return null;
    }
    at = tokenIndexAt(ctx.tokens, head.start);
    const opener = at === first ? '' : tokenText(ctx, at - 1);
    // (after "and" only with a comma before it: not "Ann Roe of Dover University and adviser to Tiga")
    // ("with the campaign of the senator from Dover saying …": a "with" phrase is its participle's subject)
    const absolute = /^with$/i.test(opener) && /^\p{Ll}+ing$/u.test(cue.text.split(/\s/)[0] ?? '');
    if (
      at !== first &&
      !absolute &&
      (!CLAUSE_OPEN.test(opener) || (/^(?:and|or)$/i.test(opener) && tokenText(ctx, at - 2) !== ','))
    )
      continue;
    if (SUBJECT_PRONOUNS.has(head.text.toLowerCase()) || DOCUMENT_HEAD.test(head.text)) return null;
    if (QUANTITY_HEAD.test(head.text)) return null;
    const lastWord = tokenText(ctx, h);
    // "Ann Roe, chairman of the Commission on Harbours, told …": the name the role is set off after (not "On
    // Friday, the Board in Dover said", "Separately, Ann Roe of Tiga said": an opening phrase)
    if (opener === ',') {
      const named = nounPhraseEndingAt(ctx, at - 2, first);
      const n = named ? tokenIndexAt(ctx.tokens, named.start) : -1;
      const opens = n === first || (n > first && CLAUSE_OPEN.test(tokenText(ctx, n - 1)));
      if (
        named &&
        opens &&
        /^\p{Lu}/u.test(tokenText(ctx, at - 2)) &&
        !TIME_WORD.test(tokenText(ctx, at - 2))
      )
        return { mention: named, cue, rule: 'mention/head-before-preposition' };
    }
    // "the Commission on Harbour Safety": a capitalised "on" phrase is part of the name
    const whole = tokenText(ctx, p) === 'on' && /^\p{Lu}/u.test(lastWord) && /^\p{Lu}/u.test(m.text);
    // a name is the speaker by itself; a common noun keeps its phrase ("a spokeswoman for the Dock Centre in
    // Kelso", "Officials", capitalised only to open the sentence)
    const opening = head.text.replace(/^(?:the|a|an)\s+/i, '');
    const common =
      /^\p{Ll}/u.test(opening) ||
      (h === at && at === first && (ctx.tokens[at]?.pos === 'NOUN' || PLURAL_NOUN.test(lastWord)));
    // ("Norland's High Commissioner to Freedonia": a role "to" a country keeps it)
    const name = /^\p{Lu}/u.test(lastWord) && !common && !whole && tokenText(ctx, p) !== 'to';
    return {
      mention: name ? head : spanOf(ctx, head.start, m.end),
      cue,
      rule: 'mention/head-before-preposition',
    };
  }
  return null;
};
