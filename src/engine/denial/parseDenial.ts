/** One entry for pasted text: an AccessDenied message, or a CloudTrail event as JSON. */

import { parseCloudTrailEvent } from './cloudtrail';
import { parseDenialMessage } from './message';
import { clip } from './text';
import type { DenialParse } from './types';

/** Longest JSON text read: a CloudTrail log file of a few thousand events. */
export const MAX_EVENT_TEXT_LENGTH = 5_000_000;

/** Options of {@link parseDenial}. */
export interface DenialParseOptions {
  /**
   * Whether the catalog knows an action (`service:Action`, case-insensitive). When given, an
   * action it does not know gets a note: the engine takes the catalog as data, never imports it.
   */
  readonly isKnownAction?: (action: string) => boolean;
}

function parseText(input: string): DenialParse {
  const trimmed = input.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return parseDenialMessage(input);
  if (input.length > MAX_EVENT_TEXT_LENGTH) {
    return {
      ok: false,
      reason: `The JSON text is ${input.length} characters long; at most ${MAX_EVENT_TEXT_LENGTH} are read.`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    const why = error instanceof Error ? error.message : 'it is not JSON';
    return {
      ok: false,
      reason: `The text starts like a CloudTrail event but is not valid JSON: ${clip(why)}.`,
    };
  }
  return parseCloudTrailEvent(value);
}

/**
 * Reads what a person pasted: text that starts with `{` or `[` is a CloudTrail event (or a log
 * file's `Records`, or `aws cloudtrail lookup-events` output); other text is an AccessDenied
 * message. A value that is not a string is taken as an already parsed event. Never throws.
 */
export function parseDenial(input: unknown, options: DenialParseOptions = {}): DenialParse {
  const parsed = typeof input === 'string' ? parseText(input) : parseCloudTrailEvent(input);
  const known = options.isKnownAction;
  if (!parsed.ok || known === undefined || parsed.action === null || known(parsed.action)) return parsed;
  return {
    ...parsed,
    notes: [
      ...parsed.notes,
      `${parsed.action} is not an action in the catalog: AWS echoes the action as the request named it, and an event's operation may be authorized by a differently named action.`,
    ],
  };
}
