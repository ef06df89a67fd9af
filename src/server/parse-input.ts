// zod at the edge: a failed parse becomes a 400 naming each bad field.
import type { z } from 'zod';
import { ApiError, type ApiErrorCode, type ApiIssue } from './api-error.js';

export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: 'query' | 'body' | 'path',
): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues: ApiIssue[] = result.error.issues.map((issue) => ({
    path: describePath(issue.path, issue),
    message: issue.message,
  }));
  const first = issues[0];
  const code: ApiErrorCode =
    where === 'body' ? 'invalid-body' : where === 'path' ? 'invalid-path' : 'invalid-query';
  const noun = where === 'body' ? 'body field' : where === 'path' ? 'path parameter' : 'query parameter';
  const message = first ? `Invalid ${noun} "${first.path}": ${first.message}` : `Invalid ${where}`;
  throw new ApiError(400, code, message, issues);
}

function describePath(path: PropertyKey[], issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return issue.keys.join(', ');
  return path.map(String).join('.') || '(root)';
}
