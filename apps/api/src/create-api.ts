import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from '@fastify/helmet';
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import type pino from 'pino';
import type { AppConfig } from '@invataxi/config';
import { createLogger, lazyChildLogger, PinoNestLogger, type Logger } from '@invataxi/platform';
import { AppModule } from './app.module';
import { RejectNulInterceptor } from './http/reject-nul';
import { appCsp, DOCS_CSP, isDocsPage } from './http/content-security-policy';
import { codeOfStatus } from './http/api-error';
import { RequestValidationPipe } from './http/validation';
import { buildOpenApiDocument } from './openapi/document';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
const SHUTDOWN_GRACE_MS = 5000;

/** Builds the API application (used by main.ts, the tests and the benchmarks). */
export async function createApi(
  config: AppConfig,
  logger: Logger = createLogger(config.LOG_LEVEL, 'api'),
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    // Request lines only at debug: at a thousand bookings a second they would be the bottleneck.
    logController: new LogController({
      disableRequestLogging: config.LOG_LEVEL !== 'debug' && config.LOG_LEVEL !== 'trace',
    }),
    childLoggerFactory: (parent: unknown, bindings: pino.Bindings, options: unknown) =>
      lazyChildLogger(parent as Logger, bindings, options as pino.ChildLoggerOptions),
    bodyLimit: config.API_BODY_LIMIT_BYTES,
    // Errors Fastify raises before routing (a malformed URL) get the same body as every other 4xx.
    frameworkErrors: (err: Error, req: FastifyRequest, reply: FastifyReply) => {
      void reply.code(400).send({
        statusCode: 400,
        error: 'Bad Request',
        message: err.message,
        requestId: String(req.id),
        errors: [{ field: 'url', reason: err.message }],
      });
    },
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, logger), adapter, {
    logger: new PinoNestLogger(logger),
    bufferLogs: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  // server.close() waits for every open connection, and one that never sent a request is only
  // dropped by Node's headersTimeout (60 s): a deploy or a Ctrl-C would hang that long. Requests
  // in flight get SHUTDOWN_GRACE_MS to finish; what is still open then is closed.
  fastify.addHook('preClose', (done) => {
    setTimeout(() => fastify.server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
    done();
  });
  fastify.addHook('onSend', async (req, reply) => {
    void reply.header('x-request-id', req.id);
  });
  // Body parsing fails in Fastify before Nest sees the request (broken JSON, empty JSON body,
  // wrong content type): answer those client errors in the common shape too.
  fastify.setErrorHandler((err: Error & { statusCode?: number; getStatus?: () => number }, req, reply) => {
    const status = err.statusCode ?? err.getStatus?.() ?? 500;
    if (status >= 400 && status < 500)
      return reply.code(status).send({
        statusCode: status,
        code: codeOfStatus(status),
        error: 'Bad Request',
        message: err.message,
        requestId: String(req.id),
        errors: [{ field: 'body', reason: err.message }],
      });
    return reply.code(500).send({
      statusCode: 500,
      code: 'INTERNAL',
      error: 'Internal Server Error',
      message: 'internal error',
      requestId: String(req.id),
    });
  });
  // A strict Content-Security-Policy on every answer; Swagger UI's pages get their own.
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: appCsp(config) },
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
  });
  fastify.addHook('onSend', async (req, reply) => {
    if (isDocsPage(req.url)) void reply.header('content-security-policy', DOCS_CSP);
  });
  app.useGlobalPipes(
    new RequestValidationPipe((field) =>
      logger.warn({ field }, 'an outside system sent a field we do not know: ignored'),
    ),
  );
  app.useGlobalInterceptors(new RejectNulInterceptor());
  app.enableShutdownHooks();
  const doc = await buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, doc, { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
