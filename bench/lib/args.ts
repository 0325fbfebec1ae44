/** The command line of `npm run bench`. */

/** The sections, in the order they run. */
export const SECTIONS = ['engine', 'analysis', 'cli', 'sizes', 'browser'] as const;
/** One section of {@link SECTIONS}. */
export type Section = (typeof SECTIONS)[number];

/** Parsed command line. */
export interface BenchArgs {
  readonly sections: readonly Section[];
  readonly strict: boolean;
}

/** Reads `--only <section>` (repeatable, or comma-separated) and `--strict`; an error message on bad input. */
export function parseArgs(argv: readonly string[]): BenchArgs | string {
  const only: Section[] = [];
  let strict = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--strict') strict = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      if (value === undefined) return '--only needs a section';
      for (const name of value.split(',')) {
        if (!(SECTIONS as readonly string[]).includes(name)) {
          return `unknown section ${JSON.stringify(name)}; expected one of ${SECTIONS.join(', ')}`;
        }
        only.push(name as Section);
      }
    } else return `unknown argument ${JSON.stringify(arg)}`;
  }
  return { sections: only.length > 0 ? SECTIONS.filter((s) => only.includes(s)) : SECTIONS, strict };
}
