import type { FastifyInstance } from 'fastify';
import { AppError, type FieldError } from '../../domain/errors/app-error';
import { containsCprNumber } from '../../domain/participants/participant';

/**
 * What no text field may hold: a NUL character (PostgreSQL text cannot store it) and a Danish
 * CPR number (Helhedsplan never stores them, whatever field someone types one into).
 */
function textProblems(value: unknown, path: string, out: FieldError[]): void {
  // An uploaded file (raw body) is checked cell by cell where it is read (src/tabular/read-table.ts).
  if (value instanceof Uint8Array) return;
  if (typeof value === 'string') {
    if (value.includes('\u0000'))
      out.push({ field: path, message: 'Teksten indeholder et ugyldigt tegn (NUL)' });
    else if (containsCprNumber(value)) {
      out.push({
        field: path,
        message: 'Teksten ligner et CPR-nummer. Skriv aldrig CPR-numre i Helhedsplan.',
      });
    }
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) textProblems(v, `${path}.${i}`, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) textProblems(v, `${path}.${k}`, out);
  }
}

/** One check for every route, before validation, so no field can slip past it. */
export function guardTextInput(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const errors: FieldError[] = [];
    textProblems(request.body, 'body', errors);
    textProblems(request.query, 'querystring', errors);
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', {}, errors);
  });
}
