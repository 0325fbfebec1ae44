/**
 * Test helpers: build links from hand-written payloads (including hostile ones the encoder would
 * never write) and read a link's payload back, independently of `encodePermalink`.
 */
import { deflateSync, inflateSync } from 'fflate';

import { decodeBase64Url, encodeBase64Url } from './base64url';
import { FORMAT_1_DICTIONARY } from './dictionary';

/** A format-1 fragment (without `#`) whose payload is the given UTF-8 text. */
export function linkOfText(json: string, version = 1): string {
  const bytes = new TextEncoder().encode(json);
  return `s=${version}.${encodeBase64Url(deflateSync(bytes, { dictionary: FORMAT_1_DICTIONARY }))}`;
}

/** A format-1 fragment whose payload is `JSON.stringify(payload)`. */
export function linkOf(payload: unknown): string {
  return linkOfText(JSON.stringify(payload));
}

/** The JSON payload inside a format-1 fragment, or throws (tests only). */
export function payloadOf(link: string): unknown {
  const data = link.slice(link.indexOf('.') + 1);
  const bytes = decodeBase64Url(data);
  if (bytes === null) throw new Error('not base64url');
  return JSON.parse(new TextDecoder().decode(inflateSync(bytes, { dictionary: FORMAT_1_DICTIONARY })));
}
