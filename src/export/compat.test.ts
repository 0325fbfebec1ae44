import { describe, expect, it } from 'vitest';

import type { ScenarioDraft } from '../import/types';
import { DEFAULT_SHARED_STATE, type SharedState } from '../permalink/schema';
import { requestToSimulateCommand } from './simulateCommand';

// Compile-time check: the permalink's state can be exported as it is.
const asDraft = (state: SharedState): ScenarioDraft => state;

describe('the permalink state as export input', () => {
  it('exports the default shared state', () => {
    const state = asDraft(DEFAULT_SHARED_STATE);
    const request = DEFAULT_SHARED_STATE.requests[0];
    if (request === undefined) throw new Error('the default state has a request');
    expect(requestToSimulateCommand(state, request)).toContain('--action-names=s3:ListAllMyBuckets');
  });
});
