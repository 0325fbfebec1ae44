/** ARN parsing shared by validation, resource matching and principal handling. */

/** The six components of an ARN; `resource` keeps any further `:` and `/`. */
export interface ArnParts {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  readonly resource: string;
}

/**
 * Splits `arn:partition:service:region:account:resource`. Returns null when the text does not
 * start with `arn:` or has fewer than six components. The resource part may contain `:`.
 */
export function parseArn(text: string): ArnParts | null {
  if (!text.startsWith('arn:')) return null;
  const parts = text.split(':');
  if (parts.length < 6) return null;
  const [, partition, service, region, account] = parts as [string, string, string, string, string];
  return { partition, service, region, account, resource: parts.slice(5).join(':') };
}
