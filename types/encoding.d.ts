/* eslint-disable no-var -- a global declaration, as lib.dom.d.ts writes it */
/**
 * The WHATWG Encoding API (`TextEncoder`, `TextDecoder`), a global of every browser and of
 * Node.js, which the ES lib does not declare. Only `tsconfig.engine.json` (the pure layers,
 * compiled without the DOM lib) includes this file, with just the members the code uses.
 */
interface TextEncoder {
  encode(input?: string): Uint8Array;
}
declare var TextEncoder: { new (): TextEncoder };

interface TextDecoder {
  decode(input?: Uint8Array): string;
}
declare var TextDecoder: {
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder;
};
