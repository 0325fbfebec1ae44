/** The `--format text` output of `diff`: totals, counts per service, then one line per action. */

import { describeLayer, type DeniedBy, type DiffEntry, type EffectiveDiff } from '../../engine';
import { terminalLines } from './terminal';

function denial(deniedBy: DeniedBy | null): string {
  if (deniedBy === null) return '';
  return ` (${deniedBy.explicit ? 'explicitly' : 'implicitly'} by the ${describeLayer(deniedBy.layer)})`;
}

const MARK = { gained: '+', lost: '-', changed: '~' } as const;

function entryLine(kind: keyof typeof MARK, entry: DiffEntry): string {
  const change = `${entry.oldClass} → ${entry.newClass}`;
  const why =
    kind === 'changed'
      ? entry.newAccess
        ? ', may allow more'
        : ', allows nothing new'
      : `${kind === 'gained' ? ', was denied' : ', now denied'}${denial(entry.deniedBy)}`;
  return `  ${MARK[kind]} ${entry.action} (${entry.accessLevel}): ${change}${why}`;
}

/** The whole text report. */
export function diffText(diff: EffectiveDiff): string {
  const { summary } = diff;
  const lines = [
    `${summary.gained} gained, ${summary.lost} lost, ${summary.changed} changed of ${summary.actions} actions; ` +
      `${summary.newAccess} may add access`,
  ];
  const services = Object.entries(summary.byService);
  if (services.length > 0) {
    lines.push('services (gained / lost / changed):');
    for (const [service, counts] of services) {
      lines.push(`  ${service.padEnd(30)}${counts.gained} / ${counts.lost} / ${counts.changed}`);
    }
  }
  for (const kind of ['gained', 'lost', 'changed'] as const) {
    if (diff[kind].length === 0) continue;
    lines.push(`${kind}:`, ...diff[kind].map((entry) => entryLine(kind, entry)));
  }
  return terminalLines(lines);
}
