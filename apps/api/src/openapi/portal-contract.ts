import type { OpenAPIObject } from '@nestjs/swagger';
import { BOOKING_TRANSITIONS, FINAL_STATUSES } from '@invataxi/domain';
import type {
  OperationObject,
  RequestBodyObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/**
 * The parts of the Portal's contract a route cannot declare: the calls we make to the Portal
 * (OpenAPI callbacks of the order they follow from), worked examples of its requests (replayed
 * against the API by test/portal/contract.e2e-spec.ts, so they stay true), and where the signing
 * rules are written (libs/portal/SIGNING.md).
 */
const SIGNING = 'libs/portal/SIGNING.md';

/** The booking lifecycle as the Portal sees it, written from the one transition table. */
function lifecycle(): string {
  const moves = Object.entries(BOOKING_TRANSITIONS)
    .filter(([, to]) => to.length > 0)
    .map(([from, to]) => `${from} → ${to.join(' | ')}`);
  return `Statuses move only along: ${moves.join('; ')}. ${FINAL_STATUSES.join(', ')} are final.`;
}

/** An order as the Portal sends it; requestedTime must be a future weekday in service hours. */
export const PORTAL_ORDER_EXAMPLE = {
  orderId: 'PO-2027-000123',
  recipient: {
    iin: '900101300811',
    fullName: 'Айгерим Садыкова',
    phone: '+77011234567',
    language: 'kk',
    residence: { kato: '710000000', address: 'пр. Мәңгілік Ел, 8, кв. 12', lat: 51.0909, lon: 71.4187 },
  },
  eligibility: {
    category: 'ADULT_GROUP_1',
    validUntil: null,
    needs: {
      wheelchair: 'MANUAL',
      needsRamp: true,
      needsLift: false,
      visual: false,
      hearing: false,
      intellectual: false,
      guideDog: false,
    },
    companionEntitled: true,
    payerKato: '710000000',
  },
  ride: {
    pickup: { kato: '710000000', address: 'пр. Мәңгілік Ел, 8', lat: 51.0909, lon: 71.4187 },
    dropoff: { kato: '710000000', address: 'ул. Сыганак, 2 (поликлиника)', lat: 51.1282, lon: 71.4304 },
    timeAnchor: 'PICKUP',
    requestedTime: '2027-03-03T06:00:00.000Z',
    purpose: 'HAEMODIALYSIS',
    companions: 1,
    notes: 'Подъезд со стороны парковки',
  },
};

export const PORTAL_CANCEL_EXAMPLE = { reason: 'Отменено на Портале' };

function example(op: OperationObject | undefined, value: unknown): void {
  const body = op?.requestBody as RequestBodyObject | undefined;
  const media = body?.content?.['application/json'];
  if (media) media.example = value;
}

const ref = (name: string): SchemaObject => ({ $ref: `#/components/schemas/${name}` }) as SchemaObject;
const jsonOf = (schema: SchemaObject) => ({ 'application/json': { schema } });

/** A call we make to the Portal ($PORTAL_URL: the Portal base URL we are configured with). */
function portalCall(
  summary: string,
  description: string,
  body: SchemaObject | null,
  responses: Record<string, { description: string; schema?: SchemaObject }>,
): OperationObject {
  return {
    summary,
    description: `${description} Signed as in ${SIGNING}; $PORTAL_URL is the Portal base URL we are configured with.`,
    security: [{ portalSignature: [] }],
    ...(body ? { requestBody: { required: true, content: jsonOf(body) } } : {}),
    responses: Object.fromEntries(
      Object.entries(responses).map(([status, r]) => [
        status,
        { description: r.description, ...(r.schema ? { content: jsonOf(r.schema) } : {}) },
      ]),
    ),
  };
}

/** How a call to the Portal is retried (one text: the status callback and the act push share it). */
const RETRIES =
  'A network failure, a timeout (PORTAL_TIMEOUT_MS), 408, 429 or a 5xx is retried with exponential ' +
  "back-off (the queue's job options); another 4xx is final and goes to the dead letters an " +
  'administrator sees and can retry (POST /admin/dead-letters/{id}/retry).';

export function addPortalContract(doc: OpenAPIObject): void {
  const order = doc.paths['/portal/v1/orders']?.post;
  example(order, PORTAL_ORDER_EXAMPLE);
  example(doc.paths['/portal/v1/orders/{orderId}/cancel']?.post, PORTAL_CANCEL_EXAMPLE);
  const scheme = doc.components?.securitySchemes?.portalSignature;
  if (scheme && 'description' in scheme)
    scheme.description =
      'HMAC-SHA256 over timestamp, method, path with query, event id and raw body, with the key named ' +
      `by X-Portal-Key-Id; X-Portal-Timestamp and X-Portal-Event-Id are required too. See ${SIGNING} ` +
      '(test vectors, key hand-over and rotation). Our calls to the Portal are signed the same way.';
  if (!order) return;
  // The handler answers 201 for a new order and 200 when the order id was already booked (the
  // Portal sent it again under a new event id, with the same ride): the same body.
  const created = order.responses['201'];
  if (created && !order.responses['200'])
    order.responses['200'] = {
      ...created,
      description: 'The order id was already booked with this ride (sent again): its booking.',
    };
  order.callbacks = {
    bookingStatus: {
      '{$PORTAL_URL}/v1/orders/{$request.body#/orderId}/status': {
        post: portalCall(
          'Every status of the order, in version order',
          `Sent for each version of the booking, oldest first. ${lifecycle()} ` +
            'The Portal answers 2xx {accepted: true}, ' +
            'or 409 {accepted: false, stale: true, currentVersion} for a version older than one it has ' +
            `(final, not retried). ${RETRIES}`,
          ref('PortalStatusUpdate'),
          {
            '200': { description: 'Accepted', schema: ref('PortalStatusAck') },
            '409': {
              description: 'Older than a version the Portal has: dropped',
              schema: ref('PortalStatusAck'),
            },
          },
        ),
      },
    },
  };
  const booking = doc.paths['/bookings']?.post;
  if (booking)
    booking.callbacks = {
      portalEligibility: {
        '{$PORTAL_URL}/v1/eligibility/lookup': {
          post: portalCall(
            'Who is entitled: asked of the Portal when a person books outside a Portal order',
            'POST, not GET, so the IIN stays out of URLs; the answer is cached for ' +
              'PORTAL_ELIGIBILITY_TTL_SECONDS. When the Portal cannot be asked the booking is refused ' +
              'as unavailable, never assumed eligible.',
            {
              type: 'object',
              required: ['iin'],
              properties: { iin: { type: 'string', pattern: '^\\d{12}$' } },
            },
            {
              '200': { description: 'Registered', schema: ref('EligibilityAnswer') },
              '404': { description: 'Not registered on the Portal' },
            },
          ),
        },
      },
    };
  const approve = doc.paths['/billing-acts/{id}/approve']?.post;
  if (approve)
    approve.callbacks = {
      portalBillingAct: {
        '{$PORTAL_URL}/v1/billing-acts': {
          post: portalCall(
            "The approved act, signed by the akimat's key, submitted to the Portal",
            `The act's id makes a resubmission land on the same reference. ${RETRIES}`,
            ref('SignedBillingAct'),
            {
              '202': {
                description: 'Received',
                schema: {
                  type: 'object',
                  required: ['reference'],
                  properties: { reference: { type: 'string' } },
                },
              },
            },
          ),
        },
        '{$PORTAL_URL}/v1/billing-acts/{reference}': {
          get: portalCall(
            "The Portal's payment decision on a submitted act (polled until it is final)",
            'The Portal may also tell it at once: POST /portal/v1/billing-acts/{actId}/payment.',
            null,
            { '200': { description: 'The decision so far', schema: ref('PortalActPayment') } },
          ),
        },
      },
    };
}

type Json = { [key: string]: unknown };

/** OpenAPI 3.0's `nullable` as 3.1's JSON Schema: the value or null. */
function nullableAs31(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(nullableAs31);
  if (!s || typeof s !== 'object') return s;
  const { nullable, ...rest } = s as Json;
  const out = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, nullableAs31(v)]));
  if (Array.isArray(out.enum) && nullable) out.enum = [...(out.enum as unknown[]), null];
  return nullable ? { anyOf: [out, { type: 'null' }] } : out;
}

function refsIn(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) refsIn(v, into);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value as Json)) {
      if (k === '$ref' && typeof v === 'string') into.add(v.replace('#/components/schemas/', ''));
      else refsIn(v, into);
    }
}

/**
 * The Portal's contract alone, for its integrators (libs/portal/openapi.json, written by
 * `npm run api:client` and checked in CI): what the Portal calls on us (/portal/v1), what we call
 * on the Portal (every callback of the served document, as OpenAPI 3.1 webhooks), the schemas
 * they use, and the signature scheme. Cut from the served document, so it cannot disagree with it.
 */
export function portalContract(doc: OpenAPIObject): Json {
  const paths = Object.fromEntries(Object.entries(doc.paths).filter(([p]) => p.startsWith('/portal/v1/')));
  const webhooks: Json = {};
  for (const item of Object.values(doc.paths))
    for (const op of Object.values(item) as OperationObject[])
      for (const [name, callback] of Object.entries(op?.callbacks ?? {}))
        Object.entries(callback as Json).forEach(([expression, pathItem], i, all) => {
          const key = all.length > 1 ? `${name}.${i + 1}` : name;
          webhooks[key] = { ...(pathItem as Json), description: `Sent to ${expression}` };
        });
  const schemas = (doc.components?.schemas ?? {}) as Json;
  const needed = new Set<string>(['ApiErrorBody']);
  refsIn([paths, webhooks], needed);
  for (let size = 0; size !== needed.size;) {
    size = needed.size;
    for (const name of [...needed]) refsIn(schemas[name], needed);
  }
  return nullableAs31({
    openapi: '3.1.0',
    info: {
      title: 'Invataxi and the Social Services Portal',
      version: doc.info.version,
      description:
        'Our contract with the Social Services Portal: `paths` are what the Portal calls on us, ' +
        '`webhooks` what we call on the Portal. Generated from the API (npm run api:client); the ' +
        `API serves the same at /docs. Signing, keys, event ids and test vectors: ${SIGNING}. ` +
        'The IIN travels only in request bodies (orders, eligibility look-ups), never in a URL, a ' +
        'header or an answer; answers carry ids and statuses only.',
    },
    paths,
    webhooks,
    components: {
      schemas: Object.fromEntries([...needed].sort().map((n) => [n, schemas[n]])),
      securitySchemes: { portalSignature: doc.components?.securitySchemes?.portalSignature },
    },
  }) as Json;
}
