import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../src/shared/errors';
import { applyApiError, fieldOfIssue } from '../../src/renderer/lib/forms';
import { unnested } from '../../src/renderer/components/form/unnested';

const caseForm = {
  personName: 'Kari',
  types: ['access', 'erasure'],
  representative: { name: '', relation: 'lawyer', contact: '' },
  transfers: [{ country: 'US', occasional: false }],
  customerId: null,
};

function invalid(...issues: Array<[path: string, message: string]>): ApiError {
  return {
    code: 'INVALID_INPUT',
    message: 'Some fields are not valid',
    issues: issues.map(([path, message]) => ({ path, message })),
  };
}

/** What applyApiError put under which field, and what it left for above the form. */
function applied(error: ApiError, values: Record<string, unknown> = caseForm) {
  const fields: Record<string, string | undefined> = {};
  const left = applyApiError(error, (name, { message }) => (fields[name] = message), values);
  return { fields, left };
}

describe('the core’s field issues on a form', () => {
  it('land under the nested field they name, not on its top-level parent', () => {
    const { fields, left } = applied(
      invalid(['representative.name', "The representative's name is required"], ['personName', 'Too long']),
    );
    expect(fields).toEqual({
      'representative.name': "The representative's name is required",
      personName: 'Too long',
    });
    expect(left).toBeNull();
  });

  it('land in a list of records on the record’s own field', () => {
    expect(applied(invalid(['transfers.0.occasional', 'Say whether it is occasional'])).fields).toEqual({
      'transfers.0.occasional': 'Say whether it is occasional',
    });
  });

  it('on an element of a list of plain values, or a part the form does not hold, land on the deepest field it holds', () => {
    expect(
      applied(
        invalid(
          ['types.1', 'Choose a request type'],
          ['customerId.name', 'Unknown'],
          ['representative.unknown', 'Unknown key'],
        ),
      ).fields,
    ).toEqual({ types: 'Choose a request type', customerId: 'Unknown', representative: 'Unknown key' });
  });

  it('on a field the form does not have are left to show above it, and a rule’s message too', () => {
    const { fields, left } = applied(invalid(['caseId', 'Unknown case'], ['personName', 'Required']));
    expect(fields).toEqual({ personName: 'Required' });
    expect(left).toBe('Unknown case');
    expect(applied({ code: 'RULE_VIOLATION', message: 'The case is closed' }).left).toBe(
      'The case is closed',
    );
  });

  it('are found with no path at all only above the form', () => {
    expect(fieldOfIssue(caseForm, '')).toBeNull();
    expect(applied(invalid(['', 'Unrecognised key'])).left).toBe('Unrecognised key');
  });

  it('of a command that nests the form under `changes` are re-rooted onto the form’s fields', () => {
    const result = unnested(
      { error: invalid(['changes.representative.name', 'Required'], ['id', 'Unknown']) },
      'changes',
    );
    expect(result.error && 'issues' in result.error ? result.error.issues : null).toEqual([
      { path: 'representative.name', message: 'Required' },
      { path: 'id', message: 'Unknown' },
    ]);
    expect(unnested({ data: 1 }, 'changes')).toEqual({ data: 1 });
  });
});
