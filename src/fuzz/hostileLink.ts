/**
 * fast-check generators of hostile URL fragments for the link fuzz suite: random bytes and
 * base64, compressed garbage, payloads with wrong types and hostile values, truncated and
 * tampered links, unknown versions, legacy and example routes. Used only by tests.
 */
import fc from 'fast-check';
import { deflateSync } from 'fflate';

import { POLICY_SLOTS } from '../engine';
import { encodeBase64Url } from '../permalink/base64url';
import { linkOfText } from '../permalink/testLinks';
import { adversarialGlob, deepNestingText, hostileString, jsonText } from './hostileText';
import { arrayText, objectText } from './jsonText';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const PAYLOAD_KEYS = ['p', 'si', 'o', 'q', 't', 'a', 'f', ...POLICY_SLOTS.map((slot) => slot.wireKey)];

const base64Text = fc.string({ unit: fc.constantFrom(...BASE64URL), maxLength: 400 });
/** A hostile string short enough for a link's field limit (4,096). */
const fieldString = hostileString.filter((text) => text.length <= 4096).map((text) => JSON.stringify(text));

/** A policy's text: statements with an adversarial Action, NotAction or Resource, or any text. */
const policyText = fc.oneof(
  fc
    .tuple(adversarialGlob, fc.constantFrom('Action', 'Resource', 'NotAction'))
    .map(
      ([glob, element]) =>
        `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*",` +
        `${JSON.stringify(element)}:${JSON.stringify(glob)}}]}`,
    ),
  hostileString,
);

/** A wire policy `{n, t}` as links write it. */
const wirePolicy = fc.tuple(fieldString, policyText).map(([name, text]) =>
  objectText([
    ['n', name],
    ['t', JSON.stringify(text)],
  ]),
);

/** A wire request `{a, r, c}` with hostile action, resource and context. */
const wireRequest = fc
  .tuple(
    fc.oneof(
      adversarialGlob.map((glob) => JSON.stringify(glob)),
      fieldString,
    ),
    fieldString,
    fc.uniqueArray(fc.tuple(fieldString, fieldString), { maxLength: 3, selector: ([key]) => key }),
  )
  .map(([action, resource, context]) =>
    objectText([
      ['a', action],
      ['r', resource],
      ['c', objectText(context.map(([key, value]) => [JSON.parse(key) as string, value]))],
    ]),
  );

/** A payload the link validator accepts: hostile policies, requests and table search. */
const evaluablePayload = fc
  .record({
    identity: fc.array(wirePolicy, { maxLength: 3 }),
    boundary: fc.option(wirePolicy, { nil: 'null' }),
    requests: fc.array(wireRequest, { minLength: 1, maxLength: 3 }),
    search: fc.oneof(
      adversarialGlob.map((glob) => JSON.stringify(glob)),
      fieldString,
    ),
  })
  .map(({ identity, boundary, requests, search }) =>
    objectText([
      ['i', arrayText(identity)],
      ['b', boundary],
      ['q', arrayText(requests)],
      ['f', objectText([['q', search]])],
    ]),
  );

/** A payload with the keys links use and any values (wrong types, repeats, prototype keys). */
const hostilePayload = fc
  .tuple(
    evaluablePayload,
    fc.array(fc.tuple(fc.constantFrom(...PAYLOAD_KEYS, '__proto__', 'constructor'), jsonText(PAYLOAD_KEYS)), {
      maxLength: 3,
    }),
  )
  .map(([payload, extra]) => `${payload.slice(0, -1)},${objectText(extra).slice(1)}`.replace(/,}$/, '}'));

/** A link whose payload is well formed (before tampering). */
const wellFormedLink = fc
  .oneof(
    { weight: 3, arbitrary: evaluablePayload },
    { weight: 1, arbitrary: hostilePayload },
    { weight: 1, arbitrary: jsonText(PAYLOAD_KEYS) },
    { weight: 1, arbitrary: deepNestingText },
  )
  .map((payload) => linkOfText(payload));

/** One of a few ways to damage a link: cut it short, change a character, append garbage. */
const tamperedLink = fc
  .tuple(
    wellFormedLink,
    fc.nat(),
    fc.constantFrom('cut', 'flip', 'append'),
    fc.constantFrom(...BASE64URL, '.', '%'),
  )
  .map(([link, at, how, char]) => {
    const i = at % link.length;
    if (how === 'cut') return link.slice(0, i);
    if (how === 'flip') return link.slice(0, i) + char + link.slice(i + 1);
    return link + char.repeat(1 + (at % 50));
  });

/** Text that inflates to over five megabytes: a link must stop reading it at its size cap. */
const DEFLATE_BOMB = `s=1.${encodeBase64Url(deflateSync(new Uint8Array(6 * 1024 * 1024).fill(0x20)))}`;

/** `text` percent-encoded as links carry it, or as it is when it cannot be (a lone surrogate). */
function percentEncoded(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A URL fragment, without `#`, from every family above. */
export const hostileFragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: wellFormedLink },
  { weight: 3, arbitrary: tamperedLink },
  { weight: 2, arbitrary: base64Text.map((data) => `s=1.${data}`) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => `s=1.${encodeBase64Url(bytes)}`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.oneof(fc.nat().map(String), fc.constantFrom('', '1e999', '-1', '01', '__proto__')),
        base64Text,
      )
      .map(([version, data]) => `s=${version}.${data}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(hostileString, hostileString)
      .map(([policy, boundary]) => `policy=${percentEncoded(policy)}&boundary=${boundary}`),
  },
  { weight: 1, arbitrary: hostileString.map((id) => `example=${id}`) },
  { weight: 1, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constant(DEFLATE_BOMB) },
);
