import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * A browser-like client for app.inject: keeps cookies between requests and sends the CSRF
 * token on writes, as the web app does.
 */
export class TestClient {
  private cookies = new Map<string, string>();
  private csrfToken: string | null = null;

  constructor(private readonly app: FastifyInstance) {}

  private cookieHeader(): string {
    return [...this.cookies.entries()].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: LightMyRequestResponse): void {
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  async refreshCsrf(): Promise<string> {
    const res = await this.request('GET', '/api/auth/session');
    this.csrfToken = res.json().csrfToken;
    return this.csrfToken as string;
  }

  async request(
    method: Method,
    url: string,
    body?: unknown,
    options: { csrf?: boolean; contentType?: string } = {},
  ) {
    const headers: Record<string, string> = {};
    if (options.contentType) headers['content-type'] = options.contentType;
    const cookie = this.cookieHeader();
    if (cookie) headers.cookie = cookie;
    if (method !== 'GET' && options.csrf !== false) {
      headers['x-csrf-token'] = this.csrfToken ?? (await this.refreshCsrf());
      if (this.cookieHeader()) headers.cookie = this.cookieHeader();
    }
    const opts: InjectOptions = { method, url, headers };
    if (body !== undefined) opts.payload = body as InjectOptions['payload'];
    const res = await this.app.inject(opts);
    this.remember(res);
    return res;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  put = (url: string, body: unknown) => this.request('PUT', url, body);
  delete = (url: string) => this.request('DELETE', url);
  /** A file as the raw body, as the web app's import panel sends it. */
  upload = (url: string, file: Uint8Array | string, contentType = 'text/csv') =>
    this.request('POST', url, typeof file === 'string' ? Buffer.from(file) : Buffer.from(file), {
      contentType,
    });

  async signIn(email: string, password: string) {
    const res = await this.post('/api/auth/sign-in', { email, password });
    if (res.statusCode !== 204) throw new Error(`sign-in as ${email} failed: ${res.statusCode} ${res.body}`);
    await this.refreshCsrf();
    return this;
  }
}

export async function signedIn(app: FastifyInstance, email: string, password: string): Promise<TestClient> {
  return new TestClient(app).signIn(email, password);
}
