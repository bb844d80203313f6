import { describe, expect, it } from 'vitest';
import { fromForeignKeyViolation } from './problem';

describe('foreign-key violations in the request’s words', () => {
  it('names the field of a reference to nothing, with the Danish message of that kind', () => {
    const error = fromForeignKeyViolation(
      'Key (department_id)=(00000000-0000-4000-8000-000000000000) is not present in table "departments".',
    );
    expect(error.code).toBe('REFERENCE_NOT_FOUND');
    expect(error.fieldErrors).toEqual([{ field: 'departmentId', message: 'Afdelingen findes ikke.' }]);
  });

  it('calls a row still in use a conflict', () => {
    const error = fromForeignKeyViolation('Key (id)=(x) is still referenced from table "activities".');
    expect(error.code).toBe('CONFLICT');
    expect(error.fieldErrors).toEqual([]);
  });
});
