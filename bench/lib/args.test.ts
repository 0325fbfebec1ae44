import { describe, expect, it } from 'vitest';

import { parseArgs, SECTIONS } from './args';

describe('parseArgs', () => {
  it.each([
    { argv: [], sections: SECTIONS, strict: false },
    { argv: ['--strict'], sections: SECTIONS, strict: true },
    { argv: ['--only', 'sizes'], sections: ['sizes'], strict: false },
    { argv: ['--only=browser', '--strict'], sections: ['browser'], strict: true },
    // Sections run in their fixed order whatever order they are named in.
    { argv: ['--only', 'browser,engine'], sections: ['engine', 'browser'], strict: false },
    { argv: ['--only', 'sizes', '--only', 'analysis'], sections: ['analysis', 'sizes'], strict: false },
  ])('$argv', ({ argv, sections, strict }) => {
    expect(parseArgs(argv)).toEqual({ sections, strict });
  });

  it.each([
    { argv: ['--only'], error: /needs a section/ },
    { argv: ['--only', 'gpu'], error: /unknown section "gpu"/ },
    { argv: ['--fast'], error: /unknown argument "--fast"/ },
  ])('refuses $argv', ({ argv, error }) => {
    expect(parseArgs(argv)).toMatch(error);
  });
});
