/**
 * The texts of AWS managed policies as the editor shows them, by ARN. A document is shared as a
 * bare ARN only while its text is exactly this rendering, so the cache must answer synchronously
 * when the state is encoded; documents are loaded into it (lazily) before a link is applied.
 */
import type { ManagedPolicyLibrary } from '../managed-policies';
import { ADMINISTRATOR_ACCESS_TEXT } from '../state/defaultScenario';

/** The ARN of the AWS managed policy AdministratorAccess, which the example scenario uses. */
export const ADMINISTRATOR_ACCESS_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';

/** Loads the managed policy library when first needed. */
export type LibraryLoader = () => Promise<ManagedPolicyLibrary>;

/** Managed policy texts known so far. */
export interface ManagedTexts {
  /** The rendered text of this ARN's document, if known. */
  get(arn: string): string | undefined;
  /** Remembers a rendered text. */
  set(arn: string, text: string): void;
  /**
   * Loads the documents of `arns` not yet known. Resolves to one sentence per ARN that could
   * not be loaded; never rejects.
   */
  ensure(arns: readonly string[], load: LibraryLoader): Promise<string[]>;
}

/**
 * Creates the cache, seeded with AdministratorAccess (its text is part of the example
 * scenario, so the default link stays short before the library has loaded).
 */
export function createManagedTexts(): ManagedTexts {
  const texts = new Map<string, string>([
    [ADMINISTRATOR_ACCESS_ARN.toLowerCase(), ADMINISTRATOR_ACCESS_TEXT],
  ]);
  const key = (arn: string) => arn.trim().toLowerCase();
  return {
    get: (arn) => texts.get(key(arn)),
    set: (arn, text) => void texts.set(key(arn), text),
    async ensure(arns, load) {
      const missing = [...new Map(arns.map((arn) => [key(arn), arn.trim()])).values()].filter(
        (arn) => !texts.has(key(arn)),
      );
      if (missing.length === 0) return [];
      let library: ManagedPolicyLibrary;
      try {
        library = await load();
      } catch {
        return missing.map((arn) => `The AWS managed policy ${arn} could not be loaded.`);
      }
      const problems: string[] = [];
      await Promise.all(
        missing.map(async (arn) => {
          const result = await library.document(arn);
          if (result.ok) texts.set(key(arn), result.value.text);
          else problems.push(`${result.error.message}.`);
        }),
      );
      return problems;
    },
  };
}
