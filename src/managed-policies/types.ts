/** Public types of the AWS managed policy library (see `index.ts` for the API). */

/** An error as a value: what went wrong, for which policy or shard. */
export interface ManagedPolicyError {
  readonly code: 'unknown-policy' | 'load-failed' | 'invalid-data';
  readonly message: string;
}

/** Result of an operation that may fail for reasons outside the caller's control. */
export type ManagedPolicyResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ManagedPolicyError };

/** One AWS managed policy as the index describes it (no document). */
export interface ManagedPolicySummary {
  /** Policy name, e.g. `AdministratorAccess`. */
  readonly name: string;
  /** e.g. `arn:aws:iam::aws:policy/job-function/ViewOnlyAccess`. */
  readonly arn: string;
  /** `/` or `/service-role/` and so on. */
  readonly path: string;
  /** Id of the latest (default) version, e.g. `v3`. */
  readonly versionId: string;
  /** Date of the latest version, `YYYY-MM-DD`. */
  readonly lastUpdated: string;
  /** Length of the minified document, the way AWS counts a managed policy's size. */
  readonly documentSize: number;
  /** Lower-cased service prefixes of its Action/NotAction patterns; `*` for a bare `*`. */
  readonly services: readonly string[];
  /** Shard key (`00`…) of the file that holds the document. */
  readonly shard: string;
}

/** A managed policy with its latest document. The document is shared and frozen: never mutate it. */
export interface ManagedPolicyDocument {
  readonly policy: ManagedPolicySummary;
  readonly document: Readonly<Record<string, unknown>>;
  /** The document as the editor shows it (`renderManagedDocument`). */
  readonly text: string;
}
