import { describe, expect, it } from 'vitest';

import { initialScriptPaths } from './initialChunks';

describe(initialScriptPaths, () => {
  it('finds module scripts and module preloads, not stylesheets or dynamic chunks', () => {
    const html = `<head>
      <script type="module" crossorigin src="/assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-b.js">
      <link rel="stylesheet" href="/assets/index.css">
      <script src="/legacy.js"></script>
    </head>`;
    expect(initialScriptPaths(html)).toEqual(['/assets/index-a.js', '/assets/vendor-b.js']);
  });

  it('ignores scripts from other origins', () => {
    expect(initialScriptPaths('<script type="module" src="https://cdn.example/x.js"></script>')).toEqual([]);
  });
});
