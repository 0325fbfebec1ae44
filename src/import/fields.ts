/**
 * Checked reads of fields in untrusted AWS output. A bad field raises {@link InvalidField},
 * which the entry points catch and turn into an error value naming the field's path: nothing
 * thrown here leaves the import module.
 */

import { readPolicyDocument } from './documents';

/** A field problem; `message` names the field's path, e.g. `UserDetailList[2] has no UserName`. */
export class InvalidField extends Error {}

/** A plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an own property only: a `__proto__` or `constructor` key must not reach inherited fields. */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** The array at `key` (absent → empty); each element must be an object. */
export function objectList(
  record: Record<string, unknown>,
  key: string,
  path: string,
): Record<string, unknown>[] {
  const value = own(record, key);
  if (value === undefined || value === null) return [];
  const at = path === '' ? key : `${path}.${key}`;
  if (!Array.isArray(value)) throw new InvalidField(`${at} is not a list`);
  return value.map((item, i) => {
    if (!isRecord(item)) throw new InvalidField(`${at}[${i}] is not an object`);
    return item;
  });
}

/** The array of strings at `key` (absent → empty). */
export function stringList(record: Record<string, unknown>, key: string, path: string): string[] {
  const value = own(record, key);
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new InvalidField(`${path}.${key} is not a list of names`);
  }
  return value as string[];
}

/** A required non-empty string. */
export function requiredString(record: Record<string, unknown>, key: string, path: string): string {
  const value = own(record, key);
  if (typeof value !== 'string' || value === '') throw new InvalidField(`${path} has no ${key}`);
  return value;
}

/** An optional string; absent, null or not a string gives `fallback`. */
export function optionalString<T>(record: Record<string, unknown>, key: string, fallback: T): string | T {
  const value = own(record, key);
  return typeof value === 'string' ? value : fallback;
}

/** A policy document at `key`, pretty-printed; `required` decides whether absence is an error. */
export function documentText(
  record: Record<string, unknown>,
  key: string,
  path: string,
  required: true,
): string;
export function documentText(
  record: Record<string, unknown>,
  key: string,
  path: string,
  required: false,
): string | null;
export function documentText(
  record: Record<string, unknown>,
  key: string,
  path: string,
  required: boolean,
): string | null {
  const value = own(record, key);
  if (value === undefined || value === null) {
    if (required) throw new InvalidField(`${path} has no ${key}`);
    return null;
  }
  const read = readPolicyDocument(value);
  if (!read.ok) throw new InvalidField(`${path}.${key} ${read.reason}`);
  return read.text;
}

/** `PermissionsBoundary.PermissionsBoundaryArn`, or null when there is no boundary. */
export function boundaryArn(record: Record<string, unknown>, path: string): string | null {
  const boundary = own(record, 'PermissionsBoundary');
  if (boundary === undefined || boundary === null) return null;
  if (!isRecord(boundary)) throw new InvalidField(`${path}.PermissionsBoundary is not an object`);
  return requiredString(boundary, 'PermissionsBoundaryArn', `${path}.PermissionsBoundary`);
}

/** The name in a policy ARN: the part after the last `/`. */
export function nameFromArn(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}
