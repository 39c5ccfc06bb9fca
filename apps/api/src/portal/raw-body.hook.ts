import { Readable } from 'node:stream';
import { Inject, Injectable, PayloadTooLargeException, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CONFIG, type AppConfig } from '@invataxi/config';

export const PORTAL_PATH_PREFIX = '/portal/';

export type RequestWithRawBody = FastifyRequest & { rawBody?: Buffer };

/**
 * Keeps the exact bytes of requests under /portal/: their signature covers the raw body, and
 * JSON parsed and serialised again need not be the same bytes. Only these paths are buffered,
 * so the rest of the API is untouched.
 */
@Injectable()
export class PortalRawBodyHook implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    const limit = this.config.API_BODY_LIMIT_BYTES;
    fastify.addHook('preParsing', async (request: RequestWithRawBody, _reply, payload) => {
      if (!request.url.startsWith(PORTAL_PATH_PREFIX)) return payload;
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of payload) {
        const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
        size += b.length;
        if (size > limit) throw new PayloadTooLargeException('request body too large');
        chunks.push(b);
      }
      const raw = Buffer.concat(chunks);
      request.rawBody = raw;
      const replay = Readable.from([raw]) as Readable & { receivedEncodedLength?: number };
      replay.receivedEncodedLength = raw.length;
      return replay;
    });
  }
}
