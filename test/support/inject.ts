import type { FastifyInstance, InjectOptions } from 'fastify';

export interface Answer {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
  json(): unknown;
}

/**
 * fastify.inject that also works on endpoints that stream (server-sent events): a plain
 * inject would wait for a stream that never ends. The status and headers are read as soon as
 * they are sent; an event stream is closed at once, any other body is read to its end.
 */
export async function injectBounded(f: FastifyInstance, opts: InjectOptions): Promise<Answer> {
  const res = await f.inject({ ...opts, payloadAsStream: true });
  const stream = res.stream();
  let body = '';
  if (String(res.headers['content-type'] ?? '').startsWith('text/event-stream')) stream.destroy();
  else {
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(String(c)));
    body = Buffer.concat(chunks).toString('utf8');
  }
  return { statusCode: res.statusCode, headers: res.headers, body, json: () => JSON.parse(body) };
}
