/**
 * Policy documents written as JSON objects in a scenario file reach the policy parser as their
 * exact text in the file, not as the object `JSON.parse` makes of them. `JSON.parse` keeps the
 * last of two equal keys and rounds numbers, so `{"Effect":"Deny","Effect":"Allow"}` would
 * quietly evaluate as Allow, where the same policy given as text is a `duplicate-key` error and
 * its statement inert. Read as text, both forms give the same diagnostics and the same decision.
 */
import { findNodeAtLocation, type Node } from 'jsonc-parser';

import type { PathSegment } from './path';
import { POLICY_SLOTS } from './slots';

/** A policy document written as an object: where it is and its node in the file's tree. */
export interface ObjectDocument {
  readonly segments: readonly PathSegment[];
  readonly node: Node;
}

/** Index paths of an array node's elements under `segments`. */
function elements(root: Node, segments: readonly PathSegment[]): PathSegment[][] {
  const node = findNodeAtLocation(root, [...segments]);
  if (node?.type !== 'array') return [];
  return (node.children ?? []).map((_, index) => [...segments, index]);
}

/** Where the file holds `{ name, document }` policies: every slot of the scenario format. */
function policyPaths(root: Node): PathSegment[][] {
  return POLICY_SLOTS.flatMap((slot): PathSegment[][] => {
    if (slot.shape === 'single') return [[slot.field]];
    if (slot.shape === 'list') return elements(root, [slot.field]);
    return elements(root, [slot.field]).flatMap((level) => elements(root, [...level, 'policies']));
  });
}

/** Every policy document of the file written as a JSON object, in text order. */
export function objectDocuments(root: Node): ObjectDocument[] {
  const found: ObjectDocument[] = [];
  for (const policy of policyPaths(root)) {
    const segments = [...policy, 'document'];
    const node = findNodeAtLocation(root, segments);
    if (node?.type === 'object') found.push({ segments, node });
  }
  return found.sort((a, b) => a.node.offset - b.node.offset);
}

/** True when `node` lies inside one of `documents`. */
export function insideDocument(node: Node, documents: readonly ObjectDocument[]): boolean {
  return documents.some(
    ({ node: document }) => node.offset >= document.offset && node.offset < document.offset + document.length,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Replaces, in `value` (the file as `JSON.parse` read it), each object document by its text in
 * `text`. Call it only when no key repeats outside the documents: then the tree and the value
 * agree on every path that leads to a document.
 */
export function useDocumentTexts(value: unknown, documents: readonly ObjectDocument[], text: string): void {
  for (const { segments, node } of documents) {
    let holder: unknown = value;
    for (const segment of segments.slice(0, -1)) {
      holder = isRecord(holder) && Object.hasOwn(holder, segment) ? holder[segment] : undefined;
    }
    if (isRecord(holder)) holder.document = text.slice(node.offset, node.offset + node.length);
  }
}
