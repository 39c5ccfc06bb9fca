import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { loadConfig } from '@invataxi/config';
import { AppModule } from '../app.module';

/**
 * The API's module graph in Nest's preview mode: routes and their metadata, no provider
 * instantiated, so nothing connects to PostgreSQL or Redis. Enough to build the OpenAPI document
 * (the generator, the contract test); the placeholder settings are never used.
 */
export async function createPreviewApi(): Promise<INestApplication> {
  const key = Buffer.alloc(32, 1).toString('base64');
  const config = loadConfig({
    DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
    JWT_SECRET: key,
    DATA_ENCRYPTION_KEY: key,
    DATA_HASH_KEY: key,
  });
  return NestFactory.create(AppModule.forRoot(config), new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
}
