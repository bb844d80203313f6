import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Db } from '../db/client';
import { registerAuth } from './auth/auth.plugin';
import { fastWriterOf } from './http/fast-serializer';
import { guardTextInput } from './http/guard-text-input';
import { errorHandler, notFoundHandler } from './http/problem';
import { registerApiRoutes } from './routes';
import { acceptFileUploads } from './tabular/uploads';

export interface AppOptions {
  db: Db;
  /** Directory of the built web app (vite build); served at / when present. */
  webDir?: string;
  logger?: boolean;
}

export const defaultWebDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: process.env.LOG_LEVEL ?? 'info' } : false,
    bodyLimit: 1024 * 1024,
    // Behind a TLS-terminating proxy, X-Forwarded-Proto makes cookies Secure.
    trustProxy: process.env.TRUST_PROXY === '1',
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  // Zod checks every response on the way out; the few large ones marked with fastResponse are
  // written by a writer compiled from the same schema (src/server/http/fast-serializer.ts).
  app.setSerializerCompiler(
    (route) =>
      fastWriterOf(route.schema) ?? serializerCompiler(route as Parameters<typeof serializerCompiler>[0]),
  );
  app.setErrorHandler(errorHandler);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Swagger UI (/api/docs) sets inline styles; scripts stay same-origin only.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        // Only behind TLS; on plain http (a laptop, a LAN) it would break every asset.
        upgradeInsecureRequests: process.env.TRUST_PROXY === '1' ? [] : null,
      },
    },
    // HSTS only matters over TLS, which a proxy in front provides.
    hsts: process.env.TRUST_PROXY === '1',
  });
  await registerAuth(app, options.db);
  guardTextInput(app);
  acceptFileUploads(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Helhedsplan API',
        description:
          'API for boligsociale helhedsplaner: planer, afdelinger, aktiviteter, økonomi og organisering.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  await app.register(async (api) => registerApiRoutes(api, options.db), { prefix: '/api' });

  const webDir = options.webDir ?? defaultWebDir;
  if (existsSync(webDir)) {
    // preCompressed: the build writes .br and .gz beside each file (src/web/build/precompress.ts).
    await app.register(fastifyStatic, { root: webDir, wildcard: false, preCompressed: true });
    // Client-side routes (/planer/…) get the app shell; unknown /api paths get a problem.
    app.setNotFoundHandler((request, reply) => {
      if ((request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api/')) {
        return reply.sendFile('index.html');
      }
      return notFoundHandler(request, reply);
    });
  } else {
    app.setNotFoundHandler(notFoundHandler);
  }
  return app;
}
