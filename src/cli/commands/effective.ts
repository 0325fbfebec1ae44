/**
 * `iam-playground effective <scenario.json>`: the effective permission set of a scenario's
 * principal over the whole AWS action catalog (or one service), as JSON, as the synthesized
 * effective policy, or as a terminal summary.
 */

import type { Catalog } from '../../catalog/index';
import { analyzeScenario, compileScenario, effectivePolicy, scopeJson, type Analysis } from '../../engine';
import { textFlag } from '../args';
import { terminalJson, terminalLines } from '../format/terminal';
import { readScenarioFile } from '../scenarioFile';
import { serviceActions } from '../serviceActions';
import { fail, note, type Command } from './command';

function catalogJson(source: Catalog) {
  return {
    source: source.source,
    version: source.version,
    date: source.date,
    services: source.services.length,
    actions: source.actions.length,
  };
}

function toJson(source: Catalog, analysis: Analysis): string {
  const actions = analysis.actions.map((_, index) => {
    const result = analysis.action(index);
    return {
      action: result.action.fullName,
      accessLevel: result.action.accessLevel,
      layers: result.layers,
      effective: result.effective,
      ...(result.reason === null ? {} : { reason: result.reason }),
      deniedBy: result.deniedBy,
      scope: scopeJson(result.scope),
    };
  });
  return terminalJson({ catalog: catalogJson(source), regions: analysis.regions, actions });
}

function padded(label: string, width: number): string {
  return label.length >= width ? `${label} ` : label.padEnd(width);
}

function toText(source: Catalog, analysis: Analysis, service: string): string {
  const lines = [
    `catalog: ${source.source} ${source.version} (${source.date}), ${source.services.length} services, ${source.actions.length} actions`,
    `layers: ${analysis.layers.map((layer) => layer.id).join(', ')}${analysis.hasBoundary ? '' : ' (no boundary)'}`,
    'regions:',
  ];
  for (const [name, count] of Object.entries(analysis.regions)) lines.push(`  ${padded(name, 22)}${count}`);
  if (service === '') {
    const perService = new Map<string, { allowed: number; conditional: number; denied: number }>();
    analysis.actions.forEach((action, index) => {
      const counts = perService.get(action.service) ?? { allowed: 0, conditional: 0, denied: 0 };
      counts[analysis.effective(index)]++;
      perService.set(action.service, counts);
    });
    lines.push('services (allowed / conditional / denied):');
    for (const [prefix, counts] of perService) {
      if (counts.allowed + counts.conditional === 0) continue;
      lines.push(`  ${padded(prefix, 30)}${counts.allowed} / ${counts.conditional} / ${counts.denied}`);
    }
    const none = [...perService.values()].filter((c) => c.allowed + c.conditional === 0).length;
    lines.push(`  (${none} services with nothing allowed not listed)`);
  } else {
    lines.push('actions:');
    analysis.actions.forEach((action, index) => {
      const result = analysis.action(index);
      const layers = Object.entries(result.layers)
        .map(([id, cls]) => `${id}=${cls}`)
        .join(' ');
      const denied =
        result.deniedBy === null
          ? ''
          : ` (${result.deniedBy.explicit ? 'explicit' : 'implicit'} deny: ${result.deniedBy.layerId})`;
      lines.push(`  ${padded(action.fullName, 50)}${padded(result.effective, 12)}${layers}${denied}`);
    });
  }
  return terminalLines(lines);
}

/** The `effective` command. */
export const effectiveCommand: Command = {
  name: 'effective',
  summary: 'the effective permission set of the scenario principal over the AWS action catalog',
  synopsis: '<scenario.json> [--service <prefix>] [--format json|text|policy]',
  flags: {
    // Free text: the prefix is checked against the catalog in `run`.
    service: textFlag('<prefix>', 'analyse only this service'),
    format: {
      values: ['json', 'text', 'policy'],
      default: 'json',
      description: 'output format: json (per action), text (summary), policy (effective policy)',
    },
  },
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (file === undefined) return fail(io, 'effective: missing argument <scenario.json>');
    if (extra.length > 0) return fail(io, `effective: unexpected argument "${extra[0]}"`);
    const read = await readScenarioFile(file, io);
    if (!read.ok) return fail(io, read.problem);
    const service = args.flags.service ?? '';
    const scope = serviceActions('effective', service);
    if (!scope.ok) return fail(io, scope.problem);
    const source = scope.catalog;
    const compiled = compileScenario(read.scenario);
    const analysis = analyzeScenario(compiled, scope.actions, { wholeCatalog: scope.wholeCatalog });
    const format = args.flags.format;
    if (format === 'policy') {
      const policy = effectivePolicy(analysis, compiled);
      for (const text of policy.notes) note(io, text);
      // The synthesized policy quotes the scenario's patterns and condition values.
      io.stdout(terminalJson(policy.document));
    } else io.stdout(format === 'text' ? toText(source, analysis, service) : toJson(source, analysis));
    return 0;
  },
};
