import { describe, expect, it } from 'vitest';
import { FLOW_ERROR_CODES } from '../../../../common/flow/flow-errors.ts';
import { FLOW_STEPS } from '../../../../common/flow/steps.ts';
import { LANGUAGES } from '../../../../common/i18n/languages.ts';
import { OPERATOR_SESSION_STATES } from '../../../../common/operator/operator-view.ts';
import { readLocaleResources } from '../../../../electron/app/i18n/translator.ts';

/**
 * The operator window words every value its view can carry (renderer/src/operator/): each
 * session state, each wizard step, and each flow error code with what staff should do. A new
 * step or error code without operator words fails here (the locale test then checks that the
 * other languages have the same keys).
 */
const resources = readLocaleResources();

describe('the operator namespace', () => {
  it.each(LANGUAGES)('exists in %s', (language) => {
    expect(resources[language]).toHaveProperty('operator');
  });

  const english = resources.en.operator as Record<string, Record<string, unknown>>;
  it.each([
    ['session', OPERATOR_SESSION_STATES],
    ['step', FLOW_STEPS],
    ['errors', FLOW_ERROR_CODES],
  ] as const)('words every %s', (group, values) => {
    for (const value of values) expect(typeof english[group]?.[value], `${group}.${value}`).toBe('string');
  });
});
