import type { FastifyInstance } from 'fastify';
import { AppError, type FieldError } from '../../domain/errors/app-error';

/** Paths of strings holding a NUL character, which PostgreSQL text cannot store. */
function nulPaths(value: unknown, path: string, out: FieldError[]): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000'))
      out.push({ field: path, message: 'Teksten indeholder et ugyldigt tegn (NUL)' });
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) nulPaths(v, `${path}.${i}`, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) nulPaths(v, `${path}.${k}`, out);
  }
}

/** One check for every route, so no text field can turn a NUL byte into a server error. */
export function rejectNulCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const errors: FieldError[] = [];
    nulPaths(request.body, 'body', errors);
    nulPaths(request.query, 'querystring', errors);
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', {}, errors);
  });
}
