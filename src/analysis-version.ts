// The analysis version on its own, so a module that only compares stored versions (the ingest writer on the
// main thread) does not load the pipeline and its wink-nlp model.

/** Bumped when analyze() output changes in a way stored analyses must be redone for. */
export const ANALYSIS_VERSION = 1;
