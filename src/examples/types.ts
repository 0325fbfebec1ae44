/**
 * The shape of a gallery example: a scenario in the engine's format plus what the engine
 * should answer for each of its requests, with a sentence a learner reads.
 */

import type { Decision, Layer, Request, Scenario } from '../engine';

/** What one request of an example should yield, and why. */
export interface ExampleExpectation {
  /** The request, exactly as it appears in the example's `scenario.requests`. */
  readonly request: Request;
  /** The expected final decision. */
  readonly decision: Decision;
  /** The first failing layer when denied (`null` when allowed); omitted when not asserted. */
  readonly deniedBy?: Layer | null;
  /** The exact AccessDenied text, where it teaches something. */
  readonly message?: string;
  /** One sentence for a learner: why this is the answer. */
  readonly why: string;
}

/** A curated scenario of the examples gallery, opened with `#example=<id>`. */
export interface Example {
  /** `[a-z0-9-]{1,64}`; stable, because links name it. */
  readonly id: string;
  readonly title: string;
  /** One line for the gallery card. */
  readonly summary: string;
  /** A few sentences: what the example shows and what to try. */
  readonly explanation: string;
  /** Topic labels for filtering, e.g. `boundary`, `scp`. */
  readonly tags: readonly string[];
  /**
   * The scenario, its policy documents as pretty-printed JSON text (2-space indent, trailing
   * newline) so they read well in the editor; `requests` are the expectations' requests, in order.
   */
  readonly scenario: Scenario;
  /** 2–5 expectations, at least one allowed and one denied. */
  readonly expectations: readonly ExampleExpectation[];
  /** The AWS documentation page the example rests on. */
  readonly source: string;
}
