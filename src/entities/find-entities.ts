import type { Document } from '../normalize/normalize-article.js';
import type { Segmentation } from '../segment/segment-text.js';
import type { Entity, Mention, SpinSubstitution } from '../types.js';

export interface EntityLayer {
  mentions: Mention[];
  entities: Entity[];
  spin: SpinSubstitution[];
}

/** People, organisations and places, grouped into in-article entities. (Placeholder, to be replaced.) */
export function findEntities(_doc: Document, _seg: Segmentation): EntityLayer {
  return { mentions: [], entities: [], spin: [] };
}
