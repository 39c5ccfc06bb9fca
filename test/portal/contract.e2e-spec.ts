import { randomUUID } from 'node:crypto';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { signedHeaders } from '@invataxi/portal';
import { toJsonSchema } from '../support/openapi-schema';
import { eventually } from '../support/test-env';
import { startPortalStack, type PortalStack } from './portal-stack';

type Json = Record<string, unknown>;
interface Operation {
  requestBody?: { content: { 'application/json': { example?: Json } } };
  responses: Record<string, { content?: { 'application/json'?: { schema: Json } } }>;
  callbacks?: Record<
    string,
    Record<string, { post: { requestBody: { content: { 'application/json': { schema: Json } } } } }>
  >;
}

/**
 * The Portal's contract as served at /docs/openapi.json is the behaviour: its documented example
 * requests are replayed, signed, against the running API, and every answer and every status
 * callback the Portal stand-in receives is validated against the document's schemas.
 */
describe('the Portal contract: documented examples replayed, answers and callbacks validated', () => {
  let s: PortalStack;
  let doc: { paths: Record<string, Record<string, Operation>>; components: Json };
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);

  beforeAll(async () => {
    s = await startPortalStack();
    doc = (await (await fetch(`${s.apiUrl}/docs/openapi.json`)).json()) as typeof doc;
    ajv.addSchema({ components: toJsonSchema(doc.components) }, 'doc');
  });

  afterAll(async () => {
    await s?.close();
  });

  const op = (method: string, path: string): Operation => {
    const found = doc.paths[path]?.[method];
    if (!found) throw new Error(`the document has no ${method.toUpperCase()} ${path}`);
    return found;
  };

  /** Fails with the validator's words when `value` does not fit `schema`. */
  function expectFits(schema: Json | undefined, value: unknown, what: string): void {
    expect(schema).toBeDefined();
    const validate = ajv.compile(toJsonSchema(schema, 'doc') as Json);
    const ok = validate(value);
    if (!ok)
      throw new Error(
        `${what} does not fit the document: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value)}`,
      );
  }

  async function call(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: Json }> {
    const text = body === undefined ? '' : JSON.stringify(body);
    const res = await fetch(s.apiUrl + path, {
      method,
      headers: {
        ...signedHeaders('portal', s.secret, {
          timestamp: String(Math.floor(Date.now() / 1000)),
          method,
          path,
          eventId: randomUUID(),
          body: text,
        }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: text }),
    });
    return { status: res.status, body: (await res.json()) as Json };
  }

  /** Calls an operation and checks the answer against the schema documented for its status. */
  async function checked(
    method: 'get' | 'post',
    template: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: Json }> {
    const res = await call(method.toUpperCase() as 'GET', path, body);
    const documented = op(method, template).responses[String(res.status)];
    if (!documented)
      throw new Error(
        `${method.toUpperCase()} ${template} answered ${res.status}, which it does not document`,
      );
    expectFits(
      documented.content?.['application/json']?.schema,
      res.body,
      `${res.status} of ${method.toUpperCase()} ${template}`,
    );
    return res;
  }

  /** A weekday two days ahead, 11:00 local (UTC+5): the example's time, moved into the bookable future. */
  function bookableTime(): string {
    const d = new Date(Date.now() + 2 * 86_400_000);
    while ([0, 6].includes(new Date(d.getTime() + 5 * 3_600_000).getUTCDay()))
      d.setTime(d.getTime() + 86_400_000);
    return `${new Date(d.getTime() + 5 * 3_600_000).toISOString().slice(0, 10)}T06:00:00.000Z`;
  }

  it('the order example books, replays, reads, cancels; each answer and each callback fits the document', async () => {
    const example = op('post', '/portal/v1/orders').requestBody?.content['application/json'].example;
    expect(example).toBeDefined();
    const order = structuredClone(example!) as Json & { ride: Json };
    order.orderId = `PO-contract-${randomUUID()}`;
    order.ride.requestedTime = bookableTime();

    const booked = await checked('post', '/portal/v1/orders', '/portal/v1/orders', order);
    expect(booked.status).toBe(201);
    const replayed = await checked('post', '/portal/v1/orders', '/portal/v1/orders', order);
    expect(replayed.body.bookingId).toBe(booked.body.bookingId);

    const orderPath = `/portal/v1/orders/${String(order.orderId)}`;
    const read = await checked('get', '/portal/v1/orders/{orderId}', orderPath);
    expect(read.status).toBe(200);

    const cancelExample = op('post', '/portal/v1/orders/{orderId}/cancel').requestBody?.content[
      'application/json'
    ].example;
    expect(cancelExample).toBeDefined();
    const cancelled = await checked(
      'post',
      '/portal/v1/orders/{orderId}/cancel',
      `${orderPath}/cancel`,
      cancelExample,
    );
    expect(cancelled.body.status).toBe('CANCELLED');

    // Refusals are documented too: a malformed order and an unknown one.
    const { eligibility, ...withoutEligibility } = order;
    expect(eligibility).toBeDefined();
    expect(
      (
        await checked('post', '/portal/v1/orders', '/portal/v1/orders', {
          ...withoutEligibility,
          orderId: `${String(order.orderId)}-x`,
        })
      ).status,
    ).toBe(400);
    expect(
      (await checked('get', '/portal/v1/orders/{orderId}', '/portal/v1/orders/PO-never-sent')).status,
    ).toBe(404);

    // Every status callback the Portal received for the order fits the callback's schema.
    const callback = Object.values(op('post', '/portal/v1/orders').callbacks?.bookingStatus ?? {})[0];
    const schema = callback?.post.requestBody.content['application/json'].schema;
    const received = await eventually(async () => {
      const statuses = await s.control<{ status: string; body: unknown }[]>(
        'GET',
        `/statuses?orderId=${String(order.orderId)}`,
      );
      return statuses.some((x) => x.status === 'CANCELLED') ? statuses : false;
    });
    expect(received.length).toBeGreaterThanOrEqual(2);
    for (const r of received) expectFits(schema, r.body, `the ${r.status} callback`);
  });
});
