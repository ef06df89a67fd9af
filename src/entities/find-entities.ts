import type { Document } from '../normalize/normalize-article.js';
import type { Segmentation } from '../segment/segment-text.js';
import type { Diagnostic, Entity, Mention, SpinSubstitution } from '../types.js';
import { groupMentions } from './coref/group-mentions.js';
import { coverSpans } from './cover-spans.js';
import { loadGazetteer } from './gazetteer.js';
import { findAcronymDefinitions } from './mentions/find-acronym-definitions.js';
import { matchBareGroups } from './mentions/match-bare-groups.js';
import { matchCapitalizedNames } from './mentions/match-capitalized-names.js';
import { matchDescriptors } from './mentions/match-descriptors.js';
import { matchGazetteerNames } from './mentions/match-gazetteer-names.js';
import { matchPronouns } from './mentions/match-pronouns.js';
import { matchReportingPronouns } from './mentions/match-reporting-pronouns.js';
import { matchTranscriptLabels } from './mentions/match-transcript-labels.js';
import {
  type FoundMention,
  findSentenceOpeners,
  type LearnedAcronym,
  type MentionContext,
} from './mentions/mention-context.js';
import { PLACE_BEFORE_FACILITY_RULE } from './mentions/place-before-facility.js';
import { findSpinSubstitutions } from './spin/find-spin-substitutions.js';
import { judgeSpin } from './spin/judge-spin.js';
import { splitWords } from './split-words.js';

export interface EntityLayer {
  mentions: Mention[];
  entities: Entity[];
  spin: SpinSubstitution[];
  /** Sum of the spin substitutions' weights. */
  spinScore?: number;
  /** Article-level spin verdict: weights add up to 2 or more. */
  spun?: boolean;
  /** Acronyms the article defines ("North Atlantic Treaty Organization (NATO)"). */
  acronyms?: LearnedAcronym[];
  /** Ambiguities met while grouping mentions (two people with the same surname). */
  diagnostics?: Diagnostic[];
}

const SPEECH_OR_ACTION =
  /^['’]s\b|^\s+(?:said|says|has|have|had|is|was|will|would|denied|denies|accused|accuses|warned|warns|insisted|insists|rejected|rejects|announced|claimed|responded|called|believes|wants|told)\b/;

const TYPOGRAPHIC_DASH = /[\u2012-\u2014]/;

/** The folded text with each typographic dash of the original (folded to "-") a space: same length. */
function dashesAsSpaces(text: string, folded: string): string {
  let out = '';
  let from = 0;
  for (const m of text.matchAll(/[\u2012-\u2014]/g)) {
    out += `${folded.slice(from, m.index)} `;
    from = m.index + 1;
  }
  return out + folded.slice(from);
}

/** People, organisations and places, grouped into in-article entities, with the article's spin signature. */
export function findEntities(doc: Document, _seg: Segmentation): EntityLayer {
  const text = doc.text;
  // "Luther Tand—a Keel tycoon": a dash folded to "-" still parts the words it stands between
  const words = splitWords(TYPOGRAPHIC_DASH.test(text) ? dashesAsSpaces(text, doc.folded) : doc.folded);
  // words keep the text as written ("Russia’s"); folding only touches quotes and dashes, so a word without
  // ' or - reads the same in both and keeps its string
  if (text !== doc.folded)
    for (const w of words)
      if (w.text.includes("'") || w.text.includes('-')) w.text = text.slice(w.start, w.end);
  const ctx: MentionContext = {
    text,
    folded: doc.folded,
    words,
    gazetteer: loadGazetteer(),
    acronyms: findAcronymDefinitions(text),
    sentenceOpeners: findSentenceOpeners(doc.folded, words),
  };
  const gazetteerMentions = matchGazetteerNames(ctx);
  // "Moscow said": a capital standing for its government keeps the relation
  for (const m of gazetteerMentions) {
    if (
      m.entry?.type === 'capital' &&
      m.entry.country &&
      SPEECH_OR_ACTION.test(text.slice(m.end, m.end + 14))
    ) {
      m.entry = { ...m.entry, governmentOf: m.entry.country };
      m.rule = 'entities/capital-as-government';
    }
  }
  const inGazetteer = coverSpans(gazetteerMentions);
  const names = matchCapitalizedNames(ctx, inGazetteer);
  const descriptors = matchDescriptors(ctx);
  const inDescriptor = coverSpans(descriptors);
  const groups = matchBareGroups(ctx, inDescriptor);
  const pronouns = [...matchPronouns(ctx), ...matchReportingPronouns(ctx)];
  const labels = matchTranscriptLabels(ctx).filter((l) => !inGazetteer(l.start, l.end));
  // "Russian hackers", "American Democratic politicians": a lone adjective-like word inside a group is no name
  const inDescriptorOrGroup = coverSpans([...descriptors, ...groups]);
  const inGroup = (m: FoundMention) => inDescriptorOrGroup(m.start, m.end);
  const isDemonym = (m: FoundMention) => ctx.gazetteer.byKey.get(m.text)?.type === 'demonym';
  const inLabel = (m: FoundMention) => labels.some((l) => l.start < m.end && m.start < l.end);
  const keptNames = [...labels, ...names.filter((m) => !inLabel(m))].filter(
    (m) => m.kind !== 'other' || !(isDemonym(m) || inGroup(m)),
  );
  // "Victoria Park": the place a facility is named after is part of the facility's name
  const facilities = names.filter((m) => m.rule === PLACE_BEFORE_FACILITY_RULE);
  const places =
    facilities.length === 0
      ? gazetteerMentions
      : gazetteerMentions.filter((g) => !facilities.some((f) => f.start <= g.start && g.end <= f.end));
  const found: FoundMention[] = [...places, ...keptNames, ...descriptors, ...groups, ...pronouns];
  const diagnostics: Diagnostic[] = [];
  const { mentions, entities } = groupMentions(text, found, diagnostics);
  const spin = findSpinSubstitutions(text, places);
  return { mentions, entities, spin, ...judgeSpin(spin), acronyms: ctx.acronyms, diagnostics };
}
