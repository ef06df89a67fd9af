// The piscina worker: analyzes one batch of articles per task (see analysis-pool.ts).
import { type AnalyzeOutcome, type AnalyzeTask, analyzeBatch } from './analyze-safely.js';

export default function analyzeTask(task: AnalyzeTask): AnalyzeOutcome[] {
  return analyzeBatch(task);
}
