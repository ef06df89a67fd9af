import type { EntityLayer } from '../entities/find-entities.js';
import type { Document } from '../normalize/normalize-article.js';
import { quoteWith } from '../quotes/quote-with.js';
import { MONTH_FIRST_NAME_RULE, monthOpensName } from '../segment/month-first-name.js';
import type { Segmentation } from '../segment/segment-text.js';
import type { Diagnostic, Quote } from '../types.js';
import { departmentShortForm } from './department-short-form.js';
import { firmNameWithBy } from './firm-name-with-by.js';
import { mentionAccordingToHead } from './speaker-according-to-head.js';
import { speakerAffiliateNamedNext } from './speaker-affiliate-named-next.js';
import { speakerAppositiveRelative } from './speaker-appositive-relative.js';
import { speakerAsWritten } from './speaker-as-written.js';
import { mentionAskedBy } from './speaker-asked-by.js';
import { mentionOutsideAskedClause, OUTSIDE_ASKED_CLAUSE_NEEDS } from './speaker-asked-clause.js';
import { bodyNamedWhole } from './speaker-body-named-whole.js';
import { speakerBracketTag } from './speaker-bracket-tag.js';
import { speakerBusinessPossessor } from './speaker-business-possessor.js';
import { speakerBusinessSubject } from './speaker-business-subject.js';
import { speakerCampaignEpithet } from './speaker-campaign-epithet.js';
import { nameFromCapitals } from './speaker-capitals-name.js';
import { speakerClassNamed } from './speaker-class-named.js';
import { firmOfPartnersName, mentionCommaListName } from './speaker-comma-list-name.js';
import { mentionCommaRelativeSubject } from './speaker-comma-relative-subject.js';
import { speakerCompanyContinues } from './speaker-company-continues.js';
import { mentionCompoundHead, speakerThinkTank } from './speaker-compound-head.js';
import { speakerContentOpensOrganisation } from './speaker-content-opens-organisation.js';
import { speakerContinuesPrevious } from './speaker-continues-previous.js';
import { mentionCopulaThenAnd } from './speaker-copula-then-and.js';
import { mentionDashSignature } from './speaker-dash-signature.js';
import { mentionAfterDayWord } from './speaker-day-word-mention.js';
import { speakerDefiniteDescribedEarlier } from './speaker-definite-described-earlier.js';
import { speakerDefiniteDescriptor } from './speaker-definite-descriptor.js';
import { speakerDefiniteNamedPair } from './speaker-definite-named-pair.js';
import { speakerDefinitePluralSource } from './speaker-definite-plural-source.js';
import { speakerDemonstrative } from './speaker-demonstrative.js';
import { speakerDemonymEpithet } from './speaker-demonym-epithet.js';
import { mentionDocumentBy } from './speaker-document-by.js';
import { speakerDocumentHead } from './speaker-document-head.js';
import { speakerDocumentOfSpeaker } from './speaker-document-of-speaker.js';
import { speakerDocumentOwner } from './speaker-document-owner.js';
import { speakerElderNamesake } from './speaker-elder-namesake.js';
import { mentionEmbeddedSubject } from './speaker-embedded-subject.js';
import { isPersonName, personEntityFor } from './speaker-entity-names.js';
import { speakerEpithet } from './speaker-epithet.js';
import { mentionFirmPartnersRoleName } from './speaker-firm-partners-role-name.js';
import { speakerFirmRoleName } from './speaker-firm-role-name.js';
import { speakerFormerMember } from './speaker-former-member.js';
import { mentionFromColon } from './speaker-from-colon.js';
import { speakerFromEntity } from './speaker-from-entity.js';
import { speakerFromName } from './speaker-from-name.js';
import { speakerFromPronoun } from './speaker-from-pronoun.js';
import { speakerFromRole } from './speaker-from-role.js';
import { nameFromGivenName } from './speaker-given-name.js';
import { speakerGroupAppositiveOrganisation } from './speaker-group-appositive-organisation.js';
import { groupAsWritten } from './speaker-group-as-written.js';
import { GROUP_LED_BY_NEEDS, groupLedByName, mentionGroupLedBy } from './speaker-group-led-by.js';
import { LIST_OPENER, mentionGroupBeforeList } from './speaker-group-list.js';
import { speakerGroupPolledBy } from './speaker-group-polled-by.js';
import { mentionHeadBeforePreposition } from './speaker-head-before-preposition.js';
import { speakerImpersonator } from './speaker-impersonator.js';
import { nameWithInitialStops } from './speaker-initial-stops.js';
import { speakerInterviewPronoun } from './speaker-interview-pronoun.js';
import { speakerItNamedDocument } from './speaker-it-named-document.js';
import { speakerLeadBusinessNamedNext } from './speaker-lead-business-named-next.js';
import { mentionLeadInvertedCue } from './speaker-lead-inverted-cue.js';
import { speakerLeadOneNamedNext } from './speaker-lead-one-named-next.js';
import { speakerLeadOwnerRoleNamedNext } from './speaker-lead-owner-role-named-next.js';
import { mentionLeadSource } from './speaker-lead-source.js';
import { mentionWithAnd } from './speaker-mention-with-and.js';
import { nameAfterTitle } from './speaker-name-after-title.js';
import { nameAroundMention } from './speaker-name-around-mention.js';
import { mentionNameBeforeAppositive } from './speaker-name-before-appositive.js';
import { mentionNameColon } from './speaker-name-colon.js';
import { speakerNameInDescriptor } from './speaker-name-in-descriptor.js';
import { countryBeforeName } from './speaker-name-kept-whole.js';
import { nameWithLegalForm } from './speaker-name-legal-form.js';
import { nameWithPossessive } from './speaker-name-possessive.js';
import { nameWithRegionPart } from './speaker-name-region-part.js';
import { nameWithCommas } from './speaker-name-with-commas.js';
import { buildNameIndex, stripTitles, withoutPostNominals } from './speaker-names.js';
import { mentionNextQuoteAttribution } from './speaker-next-quote-attribution.js';
import { mentionObjectThenSubject } from './speaker-object-then-subject.js';
import { speakerOfficeHolderName } from './speaker-office-holder-name.js';
import { mentionOfficeListHolder, OFFICE_LIST_HOLDER_NEEDS } from './speaker-office-list-holder.js';
import { organisationAndName } from './speaker-organisation-and-name.js';
import { speakerOrganisationContinues } from './speaker-organisation-continues.js';
import { speakerOrganisationHead } from './speaker-organisation-head.js';
import { fullOutletName } from './speaker-outlet-full-name.js';
import { speakerOutletNamed } from './speaker-outlet-named.js';
import { speakerOwnerOrganisation } from './speaker-owner-organisation.js';
import { mentionPartialQuotePair, mentionSpeechNounOwner } from './speaker-partial-quote-pair.js';
import { mentionPartialSameSentence } from './speaker-partial-same-sentence.js';
import { speakerPartyNominee } from './speaker-party-nominee.js';
import { mentionPartyTag } from './speaker-party-tag.js';
import { speakerPassiveSource } from './speaker-passive-source.js';
import { personInName } from './speaker-person-in-name.js';
import { mentionPossessiveAntecedent } from './speaker-possessive-antecedent.js';
import { speakerPossessiveRole } from './speaker-possessive-role.js';
import { speakerPossessorThenName } from './speaker-possessor-then-name.js';
import { mentionPreviousQuoteNext } from './speaker-previous-quote-next.js';
import { speakerPronounNamedIntroduced } from './speaker-pronoun-named-introduced.js';
import { mentionQuotedByHead } from './speaker-quoted-by-head.js';
import { speakerRegnalName } from './speaker-regnal-name.js';
import { speakerRelationNamed } from './speaker-relation-named.js';
import { mentionParticipleSubject, mentionRelativeClauseSubject } from './speaker-relative-clause-subject.js';
import { mentionRelativeWhoSaid, RELATIVE_WHO_SAID_NEEDS } from './speaker-relative-who-said.js';
import { speakerReplyToAsker } from './speaker-reply-to-asker.js';
import { speakerRoleAppositive } from './speaker-role-appositive.js';
import { speakerRoleNamedNext } from './speaker-role-named-next.js';
import { mentionRoleThenName } from './speaker-role-then-name.js';
import { isNamed, type MentionRule, type SpeakerInput, type SpeakerRule } from './speaker-rule.js';
import { speakerRunningMate } from './speaker-running-mate.js';
import { speakerSameMention } from './speaker-same-mention.js';
import { mentionSentenceEndCue } from './speaker-sentence-end-cue.js';
import { speakerSentenceSubject } from './speaker-sentence-subject.js';
import { speakerShadowRoleSubject } from './speaker-shadow-role-subject.js';
import { mentionSharedCueSubject } from './speaker-shared-cue-subject.js';
import { mentionSpokespersonFor, SPOKESPERSON_FOR_NEEDS } from './speaker-spokesperson-for.js';
import { speakerStatementTo } from './speaker-statement-to.js';
import { speakerSurnameOfficeHolder } from './speaker-surname-office-holder.js';
import { speakerTitleCasedRole } from './speaker-title-cased-role.js';
import { mentionTrailingInvertedCue } from './speaker-trailing-inverted-cue.js';
import { mentionTrailingSubjectCue } from './speaker-trailing-subject-cue.js';
import { mentionTranscriptLabel } from './speaker-transcript-label.js';
import { speakerUnitName } from './speaker-unit-name.js';
import { speakerUnnamedFor } from './speaker-unnamed-for.js';
import { organisationWrittenWhole } from './speaker-written-whole.js';

/** Speaker rules in order; the first that applies names the speaker. */
const SPEAKER_RULES: SpeakerRule[] = [
  speakerSameMention,
  speakerPassiveSource,
  speakerRegnalName,
  speakerElderNamesake,
  speakerReplyToAsker,
  speakerPronounNamedIntroduced,
  speakerFromPronoun,
  speakerInterviewPronoun,
  speakerPossessiveRole,
  speakerOwnerOrganisation,
  speakerDocumentOwner,
  speakerDocumentOfSpeaker,
  speakerDocumentHead,
  speakerStatementTo,
  speakerUnitName,
  speakerClassNamed,
  speakerOutletNamed,
  speakerRoleAppositive,
  speakerAppositiveRelative,
  speakerGroupAppositiveOrganisation,
  speakerRoleNamedNext,
  speakerLeadOneNamedNext,
  speakerLeadBusinessNamedNext,
  speakerAffiliateNamedNext,
  speakerLeadOwnerRoleNamedNext,
  speakerFirmRoleName,
  speakerDemonstrative,
  speakerDefiniteDescriptor,
  speakerDefinitePluralSource,
  speakerDefiniteNamedPair,
  speakerDefiniteDescribedEarlier,
  speakerShadowRoleSubject,
  speakerEpithet,
  speakerDemonymEpithet,
  speakerFormerMember,
  speakerCompanyContinues,
  speakerOrganisationContinues,
  speakerBusinessSubject,
  speakerBusinessPossessor,
  speakerContentOpensOrganisation,
  speakerOrganisationHead,
  speakerThinkTank,
  speakerTitleCasedRole,
  speakerFromRole,
  speakerPartyNominee,
  speakerRunningMate,
  speakerCampaignEpithet,
  speakerUnnamedFor,
  speakerRelationNamed,
  speakerImpersonator,
  speakerSurnameOfficeHolder,
  speakerFromEntity,
  speakerPossessorThenName,
  speakerFromName,
  speakerOfficeHolderName,
  speakerNameInDescriptor,
  speakerItNamedDocument,
  speakerAsWritten,
  speakerSentenceSubject,
  speakerContinuesPrevious,
];

/**
 * Mention rules in order, for a direct quote the quote finder left without a mention of its own (or with one
 * borrowed from the quote or sentence before): the first that finds one gives it to the speaker rules.
 */
const MENTION_RULES: MentionRule[] = [
  mentionTranscriptLabel,
  mentionTrailingSubjectCue,
  mentionTrailingInvertedCue,
  mentionDashSignature,
  mentionSentenceEndCue,
  mentionLeadSource,
  mentionLeadInvertedCue,
  mentionNameColon,
  mentionFromColon,
  mentionPartialSameSentence,
  mentionAskedBy,
  mentionEmbeddedSubject,
  mentionPreviousQuoteNext,
  mentionNextQuoteAttribution,
];

/** Mention rules for a quote the quote finder gave a mention it should not have: the first that applies replaces it. */
export const MENTION_FIXES: MentionRule[] = [
  mentionCommaListName,
  mentionFirmPartnersRoleName,
  mentionQuotedByHead,
  mentionDocumentBy,
  mentionAccordingToHead,
  mentionSpokespersonFor,
  mentionPartyTag,
  mentionObjectThenSubject,
  mentionPossessiveAntecedent,
  mentionOfficeListHolder,
  mentionCompoundHead,
  mentionOutsideAskedClause,
  mentionAfterDayWord,
  mentionCopulaThenAnd,
  mentionRelativeWhoSaid,
  mentionGroupBeforeList,
  mentionGroupLedBy,
  mentionPartialQuotePair,
  mentionSpeechNounOwner,
  mentionHeadBeforePreposition,
  mentionSharedCueSubject,
  mentionRelativeClauseSubject,
  mentionCommaRelativeSubject,
  mentionParticipleSubject,
  mentionNameBeforeAppositive,
  mentionRoleThenName,
];

/**
 * What a mention fix cannot apply without: words its pattern reads in the text around the mention ("asked", "led
 * by", "who said", "Minister for"), each a part of the fix's own pattern, so that a text never writing them gives
 * null. Read once per article, when first asked: most articles write none, and the fix is not asked.
 */
export const MENTION_FIX_NEEDS = new Map<MentionRule, RegExp>([
  [mentionSpokespersonFor, SPOKESPERSON_FOR_NEEDS],
  [mentionOfficeListHolder, OFFICE_LIST_HOLDER_NEEDS],
  [mentionOutsideAskedClause, OUTSIDE_ASKED_CLAUSE_NEEDS],
  [mentionRelativeWhoSaid, RELATIVE_WHO_SAID_NEEDS],
  [mentionGroupBeforeList, LIST_OPENER],
  [mentionGroupLedBy, GROUP_LED_BY_NEEDS],
]);

// attributions borrowed from a neighbour: a mention right after the quote's own closing mark is closer
const BORROWED =
  /\/(?:previous-quote-attribution|previous-sentence-subject|unattributed-quote|continued-paragraph-quote)$/;

/** The quote with the mention a mention rule finds for it, when the quote finder gave it none of its own. */
function withTrailingMention(
  ruleInput: SpeakerInput,
  has: (need: RegExp) => boolean,
): { quote: Quote; rule: string | null } {
  // one input for every rule (rules only read it)
  const quote = ruleInput.quote;
  for (const m of MENTION_FIXES) {
    const need = MENTION_FIX_NEEDS.get(m);
    if (need && !has(need)) continue;
    const found = m(ruleInput);
    if (found)
      return {
        quote: quoteWith(quote, { mention: found.mention, cue: found.cue ?? quote.cue }),
        rule: found.rule,
      };
  }
  if (quote.type !== 'direct' || (quote.mention && !BORROWED.test(quote.rule))) return { quote, rule: null };
  for (const m of MENTION_RULES) {
    const found = m(ruleInput);
    if (found)
      return {
        quote: quoteWith(quote, { mention: found.mention, cue: found.cue ?? quote.cue }),
        rule: found.rule,
      };
  }
  return { quote, rule: null };
}

/** True when the speaker's name opens with a month read as a name's first word ("May Lee", "March of Dimes"). */
function monthOpensSpeaker(speaker: string): boolean {
  const [first = '', second = '', third = ''] = speaker.split(/\s+/, 3);
  return monthOpensName('', first, second, third);
}

/** A rewrite asked once per article for each name. */
type Once = (step: string, s: string, rewrite: (s: string) => string | null) => string | null;

/** What the steps giving the speaker's name as written read besides the name. */
interface AsWrittenInput {
  quote: Quote;
  mentionRule: string | null;
  text: string;
  entities: EntityLayer;
  once: Once;
}

/** The name as the text writes it: each step in order on what the one before left (one table, not one per quote). */
const AS_WRITTEN: Array<[string, (s: string, x: AsWrittenInput) => string | null]> = [
  // "Standard & Ashby" → "Standard & Ashby's" when the text writes it only so ("Standard & Ashby's said")
  ['possessive-name', (s, x) => x.once('possessive-name', s, (n) => nameWithPossessive(n, x.text))],
  // "Tobacco Products Inc" where the text only writes "Keel Tobacco Products Inc": the name as written
  ['written-whole', (s, x) => x.once('written-whole', s, (n) => organisationWrittenWhole(n, x.text))],
  // "The Health and Safety Executive said": the whole name, not the part after "and"
  ['mention-with-and', (s, x) => mentionWithAnd(s, x.quote.mention?.text)],
  // "Presidential Debates" in "the Commission on Presidential Debates said": the body's whole name
  ['body-named-whole', (s, x) => bodyNamedWhole(s, x.quote.mention?.text)],
  // "Ames and Co Inc" in "…, said lead manager Keel, Ames and Co Inc": the firm's whole name
  [
    'firm-of-partners',
    (s, x) =>
      x.mentionRule === 'mention/firm-of-partners' ? firmOfPartnersName(s, x.quote.mention?.text) : null,
  ],
  // "National Union of Rail" in "the National Union of Rail, Maritime and Transport Workers said": whole
  ['name-with-commas', (s, x) => nameWithCommas(s, x.quote.mention, x.text)],
  // "Marsh Capital Corp" in "<Keel, Marsh Capital Corp> said": a wire's bracketed company tag is one name
  ['bracket-tag', (s, x) => speakerBracketTag(s, x.quote.mention, x.text)],
  // "Dunmore Inc" in "Solar Panels by Dunmore Inc said": the firm's whole name
  ['firm-name-with-by', (s, x) => firmNameWithBy(s, x.quote.mention, x.text)],
  // "Interior said" after "the Interior Department": the department's whole name
  ['department-short-form', (s, x) => departmentShortForm(s, x.quote.mention?.text, x.text)],
  // "U.S. Officials said": the group with its country, as written
  ['group-as-written', (s, x) => groupAsWritten(s, x.quote.mention?.text)],
  // "analysts" in "…, said analysts polled by Zentrix News": the group with who polled it, one descriptor
  ['group-polled-by', (s, x) => speakerGroupPolledBy(s, x.quote.mention, x.text)],
  // "Analyst Lawrence Cohn of Merrill Lynch and Co": the person's name the speaker was glued to
  ['person-in-name', (s, x) => x.once('person-in-name', s, (n) => personInName(n, x.entities))],
  // "Keel Mining" where the text first writes "Keel Mining and Smelting Co Ltd": the whole name
  [
    'organisation-and-name',
    (s, x) => x.once('organisation-and-name', s, (n) => organisationAndName(n, x.text)),
  ],
  // "Tarn Equity" where the text writes "Tarn Equity (Pacific) Ltd": the bracketed region word kept
  ['region-part', (s, x) => x.once('region-part', s, (n) => nameWithRegionPart(n, x.text))],
  // "Kelso Chemical" where the text writes "Kelso Chemical Corp": the company's legal form kept
  ['legal-form', (s, x) => x.once('legal-form', s, (n) => nameWithLegalForm(n, x.text))],
  // "John C Eastman" → "John C. Eastman": initials as the text writes them
  ['initial-stops', (s, x) => x.once('initial-stops', s, (n) => nameWithInitialStops(n, x.text))],
  // "Ned B. Field" where the text only writes "Ned B. Field and Co Inc": the firm's whole name, once the initials
  // carry their stops
  [
    'initials-and-name',
    (s, x) =>
      /\s\p{Lu}\.\s/u.test(s) ? x.once('initials-and-name', s, (n) => organisationAndName(n, x.text)) : null,
  ],
  // "The Post said" after "the Washington Post", "the Sunday Telegraph" → the newspaper's full name
  ['outlet-full-name', (s, x) => fullOutletName(s, x.text, x.quote.mention?.start ?? x.quote.start)],
  // "Ada Pell" in "A shareholder group including attorney Ada Pell said": the whole group its mention fix widened to
  [
    'group-led-by',
    (s, x) => (x.mentionRule === 'mention/group-led-by' ? groupLedByName(s, x.quote.mention) : null),
  ],
];

/** Resolves each quote's mention to the fullest name the article gives, or the descriptor as written. */
export function linkSpeakers(
  doc: Document,
  seg: Segmentation,
  entities: EntityLayer,
  quotes: Quote[],
  diagnostics: Diagnostic[],
): Quote[] {
  // no quote, no speaker to find: the article's names are not read (one article in ten)
  if (quotes.length === 0) return [];
  const names = buildNameIndex(
    doc.text,
    quotes.filter((q) => q.type === 'direct'),
  );
  // the first entity bearing each name or alias, for the speakers found
  const entityByName = new Map<string, string>();
  for (const e of entities.entities)
    for (const n of [e.name, ...e.aliases]) if (!entityByName.has(n)) entityByName.set(n, e.id);
  // rewrites read from the speaker's name and the article alone, asked again for every quote of the same speaker:
  // each worked out once per article
  // (one map per step: a key joining step and name was built and hashed anew at every call)
  const rewritten = new Map<string, Map<string, string | null>>();
  const once: Once = (step, s, rewrite) => {
    let memo = rewritten.get(step);
    if (!memo) {
      memo = new Map();
      rewritten.set(step, memo);
    }
    let r = memo.get(s);
    if (r === undefined) {
      r = rewrite(s);
      memo.set(s, r);
    }
    return r;
  };
  // what the mention fixes need (MENTION_FIX_NEEDS), read in the text when first asked
  const needsMet = new Map<RegExp, boolean>();
  const has = (need: RegExp): boolean => {
    let met = needsMet.get(need);
    if (met === undefined) {
      met = need.test(doc.text);
      needsMet.set(need, met);
    }
    return met;
  };
  const out: Quote[] = [];
  const inputFor = (quote: Quote): SpeakerInput => ({
    quote,
    text: doc.text,
    seg,
    names,
    previous: out,
    all: quotes,
    entities,
  });
  for (const found of quotes) {
    // (inputs of one shape, written out: a spread per quote cost more than the rules that read them)
    const { quote, rule: mentionRule } = withTrailingMention(inputFor(found), has);
    let speaker: string | null = null;
    let rule: string | null = null;
    const ruleInput = inputFor(quote);
    for (const r of SPEAKER_RULES) {
      const choice = r(ruleInput);
      if (choice) {
        // a name wrapped over a line break is still one name
        speaker = choice.speaker?.replace(/\s+/g, ' ').trim() ?? null;
        // "Guy Hale QC", "Ann Tull MP": letters after a person's name are no part of it
        if (speaker) speaker = withoutPostNominals(speaker);
        rule = choice.rule;
        // "Baron Kinnock", "Gerstner" → the fullest name of the one person entity they stand for
        // (not "Lord Roberts of Conwy", a peer's title, nor an organisation's name, nor a body's "on": "the Commission
        // on Harbour Safety")
        const person =
          speaker &&
          isNamed(speaker) &&
          !/\s(?:of|on)\s/.test(speaker) &&
          // "Ann Tull and Ola Berg": two people speaking together, not the last of them
          !/^\p{Lu}\S*(?:\s+\p{Lu}\S*)+\s+and\s+\p{Lu}/u.test(speaker) &&
          rule !== 'speaker/organisation-name' &&
          rule !== 'speaker/name-kept-whole' &&
          rule !== 'speaker/name-in-descriptor' &&
          rule !== 'speaker/acronym-expanded' &&
          // ("Mrs Varnholm" of two Varnholms: not the full name of the other one)
          rule !== 'speaker/pronoun-title-shared-surname'
            ? personEntityFor(entities, speaker, doc.text)
            : null;
        const fuller = person ? stripTitles(person.name).name : null;
        // (not "US Tarn Survey" → "Tarn Survey": a country's abbreviation before the entity's whole name makes it an
        // organisation's)
        if (fuller && fuller !== speaker && isPersonName(fuller) && !countryBeforeName(speaker, fuller)) {
          speaker = fuller;
          rule = `${rule}+entity-name`;
        }
        // "Keng Yaik" where the text writes "Minister Lim Keng Yaik": the name's first word is no role
        const titled =
          speaker && rule !== 'speaker/organisation-name'
            ? once('name-after-title', speaker, (s) => nameAfterTitle(s, doc.text))
            : null;
        if (titled) {
          speaker = titled;
          rule = `${rule}+name-after-title`;
        }
        // "Street" in "Downing Street has confirmed": the name the mention is the end of
        const around = speaker ? nameAroundMention(speaker, quote.mention, entities) : null;
        if (around) {
          speaker = around;
          rule = `${rule}+name-around-mention`;
        }
        const named = speaker ? nameFromCapitals(speaker, entities) : null;
        if (named) {
          speaker = named;
          rule = `${rule}+capitals-name`;
        }
        // ("Sir Digby added" after "Sir Digby Jones": an entity of its own named "Digby" is no fuller name)
        const given =
          speaker && !named && (!fuller || fuller === speaker)
            ? nameFromGivenName(speaker, entities, doc.text)
            : null;
        if (given) {
          speaker = given;
          rule = `${rule}+given-name`;
        }
        // the name as the text writes it, each step in order on what the one before left
        const written: AsWrittenInput = { quote, mentionRule, text: doc.text, entities, once };
        for (const [name, rewrite] of AS_WRITTEN) {
          const next = speaker ? rewrite(speaker, written) : null;
          if (next) {
            speaker = next;
            rule = `${rule}+${name}`;
          }
        }
        break;
      }
    }
    if (!speaker && quote.type === 'direct' && !quote.mention) {
      diagnostics.push({
        code: 'speaker-unknown',
        message: `no speaker found for quote ${quote.id} at offset ${quote.start}`,
        start: quote.start,
        end: quote.end,
      });
    }
    if (rule && mentionRule) rule = `${rule}+${mentionRule}`;
    // "May Lee": a speaker whose first word is a month read as a first name
    if (rule && speaker && monthOpensSpeaker(speaker)) rule = `${rule}+${MONTH_FIRST_NAME_RULE}`;
    const entity = speaker ? (entityByName.get(speaker) ?? null) : null;
    out.push(quoteWith(quote, { speaker, speakerEntity: entity, speakerRule: rule }));
  }
  return out;
}
