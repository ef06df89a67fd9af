import type { Quote } from '../types.js';

/**
 * `{ ...q, ...patch }` written out field by field at this one site, in the order the quote finders write them (so
 * JSON keeps its key order): every quote the pipeline passes on then has one hidden class. Spreads at six sites gave
 * V8 up to eight classes of the same sixteen keys while it warmed up, and "wrong map" deopts in the functions that
 * read quotes (speaker and when rules). A field the patch leaves undefined keeps the quote's value.
 */
export function quoteWith(q: Quote, patch: Partial<Quote>): Quote {
  return {
    id: patch.id === undefined ? q.id : patch.id,
    type: patch.type === undefined ? q.type : patch.type,
    start: patch.start === undefined ? q.start : patch.start,
    end: patch.end === undefined ? q.end : patch.end,
    content: patch.content === undefined ? q.content : patch.content,
    cue: patch.cue === undefined ? q.cue : patch.cue,
    mention: patch.mention === undefined ? q.mention : patch.mention,
    speaker: patch.speaker === undefined ? q.speaker : patch.speaker,
    speakerEntity: patch.speakerEntity === undefined ? q.speakerEntity : patch.speakerEntity,
    when: patch.when === undefined ? q.when : patch.when,
    whenTimex: patch.whenTimex === undefined ? q.whenTimex : patch.whenTimex,
    partial: patch.partial === undefined ? q.partial : patch.partial,
    rule: patch.rule === undefined ? q.rule : patch.rule,
    speakerRule: patch.speakerRule === undefined ? q.speakerRule : patch.speakerRule,
    whenRule: patch.whenRule === undefined ? q.whenRule : patch.whenRule,
    confidence: patch.confidence === undefined ? q.confidence : patch.confidence,
  };
}
