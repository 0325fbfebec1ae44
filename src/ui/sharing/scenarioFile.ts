/** The scenario as a file in the engine's scenario format (what `npx iam-playground eval` reads). */
import type { Scenario } from '../../engine';
import { downloadText } from './download';

/** Downloads the scenario as `iam-playground-scenario.json`. */
export function downloadScenario(scenario: Scenario): void {
  downloadText('iam-playground-scenario.json', `${JSON.stringify(scenario, null, 2)}\n`);
}
