import type { OpenAPIObject } from '@nestjs/swagger';
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
        post: {
          summary: 'Every status of the order, in version order',
          description:
            'Sent for each version of the booking, oldest first, signed as in ' +
            `${SIGNING}. The Portal answers 2xx {accepted: true}, or 409 {accepted: false, stale: true, ` +
            'currentVersion} for a version older than one it has (final, not retried). A network failure, ' +
            'a timeout (PORTAL_TIMEOUT_MS), 408, 429 or a 5xx is retried with exponential back-off (the ' +
            "portal-sync queue's job options); what is " +
            'refused for good (another 4xx, or retries spent) goes to the dead letters an administrator ' +
            'sees and can resend. $PORTAL_URL is the Portal base URL we are configured with.',
          security: [{ portalSignature: [] }],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('PortalStatusUpdate') } },
          },
          responses: {
            '200': {
              description: 'Accepted',
              content: { 'application/json': { schema: ref('PortalStatusAck') } },
            },
            '409': {
              description: 'Older than a version the Portal has: dropped, not retried',
              content: { 'application/json': { schema: ref('PortalStatusAck') } },
            },
          },
        },
      },
    },
  };
}
