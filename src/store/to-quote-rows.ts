// One stored row per quote: the extract record plus the stable id, the date it sorts by and the speaker
// candidate the store resolves to a canonical speaker.
import type { SpeakerCandidate } from '../entities/identify-speaker.js';
import { toQuoteRecord } from '../quotes/to-quote-record.js';
import type { Analysis, Entity, Quote, QuoteRecord } from '../types.js';
import { quoteDateBounds } from './date-bounds.js';
import { readAppositiveRole } from './read-appositive-role.js';

export interface QuoteRow extends QuoteRecord {
  id: string;
  outlet: string | null;
  /** First day of `when`, else of the publication date; '' when neither is known (sorts last). */
  sortDate: string;
  /** Last day of the same value; '' when unknown. */
  dateLast: string;
  /** The speaker to identify across articles; null when the quote has no source. */
  candidate: SpeakerCandidate | null;
}

/** `${article}:${start}-${end}:${type}`, as StoredQuote documents. */
export function quoteId(article: string, quote: Pick<Quote, 'start' | 'end' | 'type'>): string {
  return `${article}:${quote.start}-${quote.end}:${quote.type}`;
}

export function toQuoteRows(analysis: Analysis): QuoteRow[] {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const rows: QuoteRow[] = [];
  const seen = new Set<string>();
  for (const quote of analysis.quotes) {
    const id = quoteId(analysis.article.id, quote);
    if (seen.has(id)) continue;
    seen.add(id);
    const record = toQuoteRecord(analysis, quote);
    const bounds = quoteDateBounds(record.when, record.published);
    rows.push({
      ...record,
      id,
      outlet: analysis.article.source ?? null,
      sortDate: bounds?.first ?? '',
      dateLast: bounds?.last ?? '',
      candidate: toSpeakerCandidate(analysis, quote, entities),
    });
  }
  return rows;
}

// Every named source is a candidate, descriptors too ("an official"): identifySpeaker() decides what they
// are (it scopes descriptors to their article).
function toSpeakerCandidate(
  analysis: Analysis,
  quote: Quote,
  entities: Map<string, Entity>,
): SpeakerCandidate | null {
  const name = quote.speaker?.trim();
  if (!name) return null;
  const entity = quote.speakerEntity ? entities.get(quote.speakerEntity) : undefined;
  const roles = entity ? speakerRoles(analysis, entity) : [];
  const appositive = readAppositiveRole(analysis.text, quote.mention);
  if (appositive && !roles.includes(appositive)) roles.push(appositive);
  return { name, roles: roles.sort(), article: analysis.article.id };
}

// "the president", "Russia's foreign minister": descriptor mentions of the speaker's entity, without articles,
// and the roles the entities stage gave it ("Clinton, the former secretary of state, said" → "former secretary of state").
function speakerRoles(analysis: Analysis, entity: Entity): string[] {
  const ids = new Set(entity.mentions);
  const roles = new Set<string>();
  for (const role of entity.roles ?? []) {
    const r = role.toLowerCase().trim();
    if (r) roles.add(r);
  }
  for (const mention of analysis.mentions) {
    if (!ids.has(mention.id) || mention.kind !== 'descriptor') continue;
    const role = mention.text
      .toLowerCase()
      .replace(/^(?:the|a|an)\s+/, '')
      .trim();
    if (role) roles.add(role);
  }
  return [...roles].sort();
}
