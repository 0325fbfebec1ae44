/**
 * "Did you mean …?" for short names such as service prefixes: the nearest candidate by edit
 * distance (optimal string alignment: insertions, deletions, substitutions and swaps of
 * neighbours each cost 1), ignoring case.
 */

// Scratch rows reused across calls: "did you mean" runs over thousands of names per keystroke.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** Edit distance between `a` and `b`, or `max + 1` once it is known to exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (rowA.length < width) {
    rowA = new Int32Array(width * 2);
    rowB = new Int32Array(width * 2);
    rowC = new Int32Array(width * 2);
  }
  let beforePrevious = rowA;
  let previous = rowB;
  let current = rowC;
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const cb = b.charCodeAt(j - 1);
      let cost = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (ca === cb ? 0 : 1),
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        cost = Math.min(cost, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current[j] = cost;
      if (cost < rowMin) rowMin = cost;
    }
    if (rowMin > max) return max + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  const distance = previous[b.length] ?? max + 1;
  return distance > max ? max + 1 : distance;
}

/** Edits allowed for a name of this length: fewer for short names, where anything is close. */
function budget(length: number): number {
  if (length <= 1) return 0;
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * The candidate nearest to `query` within the length-based budget, or undefined. Ties go to the
 * candidate sharing the longest start with the query (typos tend to come late), then to the
 * earlier candidate.
 */
export function nearestName(query: string, candidates: readonly string[]): string | undefined {
  const lower = query.toLowerCase();
  let best: string | undefined;
  let bestDistance = budget(lower.length) + 1;
  let bestPrefix = -1;
  for (const candidate of candidates) {
    const candidateLower = candidate.toLowerCase();
    const distance = editDistance(lower, candidateLower, bestDistance);
    if (distance > bestDistance || (distance === bestDistance && best === undefined)) continue;
    const prefix = commonPrefixLength(lower, candidateLower);
    if (distance < bestDistance || prefix > bestPrefix) {
      best = candidate;
      bestDistance = distance;
      bestPrefix = prefix;
    }
  }
  return best;
}
