/**
 * The Content-Security-Policy of the built app: everything from the app's own origin, nothing
 * from anywhere else. The build writes it into `index.html` as a `<meta>` (so it holds wherever
 * `dist/` is served) and `vite preview` also sends it as a header (which covers the workers).
 * The dev server sends none: Vite's hot reload needs inline scripts and a WebSocket.
 */
import type { Plugin } from 'vite';

/**
 * Directive → sources. Everything is the app's own origin except:
 * - `style-src 'unsafe-inline'`: Monaco writes `<style>` elements and `style="…"` attributes at
 *   run time (its view lines are HTML strings), which no nonce or hash can cover. Styles cannot
 *   run code, and what CSS could load is still held to `img-src` and `font-src`.
 * - `img-src data:`: Monaco's CSS draws squiggly underlines and a few icons as `data:` images.
 * There is no `'unsafe-eval'`: nothing in the app or Monaco's editor and JSON workers evaluates
 * strings (Monaco is given its workers by `getWorker`, so it makes no `blob:` workers either).
 */
const DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** The policy as one header value. */
export const CONTENT_SECURITY_POLICY = Object.entries(DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');

/** Adds the policy to the built `index.html`, before anything it governs. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
