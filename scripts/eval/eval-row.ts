/** One line of the eval table: a figure measured on a set, beside the anchor it is compared with. */
export interface EvalRow {
  set: string;
  metric: string;
  value: number | null;
  target?: number;
  anchor?: string;
}

/** Held-out sets kept blind: their misses are never printed (rules tuned on them would stop being checked by
 * them); `--misses-blind` prints them anyway, for a deliberate review that retires the set. */
export const BLIND_SETS: ReadonlySet<string> = new Set([
  'own-fresh2',
  'own-fresh3',
  'own-fresh4',
  'own-fresh5',
  'own-fresh6',
  'own-fresh7',
  'own-fresh8',
  'own-fresh9',
  'own-fresh10',
]);

export interface EvalOptions {
  shared: string;
  misses: boolean;
  /** Also print the misses of BLIND_SETS. */
  missesBlind?: boolean;
  /** Directory for predictions and other artifacts of the run. */
  out: string;
  /** PolNeAR split the polnear rows score ("--polnear-split dev"; else ONRECORD_POLNEAR_SPLIT, else test). */
  polnearSplit?: string;
}
