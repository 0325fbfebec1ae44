/**
 * Import of real AWS output: `importAwsJson` recognises what was pasted; for account
 * authorization details, `scenarioFromAuthorizationDetails` builds the parts for one principal.
 */

export type * from './types';
export { importAwsJson, type ImportOptions } from './importAwsJson';
export {
  isAwsManagedPolicyArn,
  scenarioFromAuthorizationDetails,
  type ScenarioImport,
  type ScenarioImportOptions,
} from './authScenario';
export { prettyJson, readPolicyDocument } from './documents';
