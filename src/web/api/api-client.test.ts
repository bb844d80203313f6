import { describe, expect, it } from 'vitest';
import { problemFromResponse } from './api-client';

describe('problemFromResponse', () => {
  it('reads the Danish title and field errors of application/problem+json', async () => {
    const response = new Response(
      JSON.stringify({
        type: 'https://helhedsplan.dk/problems/validation-failed',
        title: 'Nogle felter er ikke udfyldt korrekt.',
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'querystring.limit', message: 'Skal være mindst 1' }],
      }),
      { status: 400, headers: { 'content-type': 'application/problem+json' } },
    );
    const problem = await problemFromResponse(response);
    expect(problem.kind).toBe('problem');
    expect(problem.title).toBe('Nogle felter er ikke udfyldt korrekt.');
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors).toEqual([{ field: 'querystring.limit', message: 'Skal være mindst 1' }]);
  });

  it('treats an unreadable answer as unexpected', async () => {
    const problem = await problemFromResponse(
      new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }),
    );
    expect(problem.kind).toBe('unexpected');
    expect(problem.status).toBe(502);
  });

  it('knows a 404', async () => {
    const problem = await problemFromResponse(
      new Response(
        JSON.stringify({ title: 'Helhedsplanen findes ikke.', status: 404, code: 'PLAN_NOT_FOUND' }),
        {
          status: 404,
          headers: { 'content-type': 'application/problem+json' },
        },
      ),
    );
    expect(problem.isNotFound).toBe(true);
  });
});
