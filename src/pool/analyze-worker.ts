// The piscina worker: analyzes one batch of articles per task (see analysis-pool.ts).
import {
  type AnalyzeOutcome,
  type AnalyzeTask,
  analyzeBatch,
  type PrepareOutcome,
  prepareBatch,
} from './analyze-safely.js';

export default function analyzeTask(task: AnalyzeTask): AnalyzeOutcome[] | PrepareOutcome[] {
  return task.prepare ? prepareBatch(task) : analyzeBatch(task);
}
