// The one error the HTTP edge throws on purpose; on-error.ts turns it into `{error: {message, code, …}}`.

export type ApiErrorCode =
  | 'bad-request'
  | 'invalid-query'
  | 'invalid-body'
  | 'invalid-path'
  | 'unauthorized'
  | 'write-disabled'
  | 'not-found'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'nothing-stored'
  | 'internal';

export type ApiErrorStatus = 400 | 401 | 403 | 404 | 413 | 415 | 422 | 500;

export interface ApiIssue {
  /** Where the problem is: a query parameter ("limit"), a body path ("2.date") or a line ("line 3"). */
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: ApiErrorStatus;
  readonly code: ApiErrorCode;
  readonly issues: ApiIssue[];

  constructor(status: ApiErrorStatus, code: ApiErrorCode, message: string, issues: ApiIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

/** The JSON body every error answer has. */
export function toErrorBody(code: ApiErrorCode, message: string, issues: ApiIssue[] = []) {
  return { error: issues.length > 0 ? { code, message, issues } : { code, message } };
}
