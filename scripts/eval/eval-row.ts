/** One line of the eval table: a figure measured on a set, beside the anchor it is compared with. */
export interface EvalRow {
  set: string;
  metric: string;
  value: number | null;
  target?: number;
  anchor?: string;
}

export interface EvalOptions {
  shared: string;
  misses: boolean;
  /** Directory for predictions and other artifacts of the run. */
  out: string;
}
