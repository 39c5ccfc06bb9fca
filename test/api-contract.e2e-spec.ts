import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { buildOpenApiDocument } from '../apps/api/src/openapi/document';
import { createPreviewApi } from '../apps/api/src/openapi/preview-app';
import { listRoutes } from './support/routes';

/**
 * The API's contract is complete: what the Portal's integrators read and what the web app's
 * client is generated from (`npm run api:client`). Built from the application module in preview
 * mode, as the generator does: no database needed.
 */
describe('the OpenAPI document', () => {
  let app: INestApplication;
  let doc: OpenAPIObject;
  const ops: { id: string; method: string; path: string; op: OperationObject }[] = [];

  beforeAll(async () => {
    app = await createPreviewApi();
    doc = await buildOpenApiDocument(app);
    for (const [path, item] of Object.entries(doc.paths))
      for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
        const op = item[method];
        if (op) ops.push({ id: `${method.toUpperCase()} ${path}`, method, path, op });
      }
  });

  const deref = <T>(x: T | ReferenceObject): T => {
    if (!('$ref' in (x as object))) return x as T;
    const name = (x as ReferenceObject).$ref.split('/').pop() ?? '';
    return doc.components?.schemas?.[name] as T;
  };

  it('lists every route the application serves (the web fallback and the eGov redirects aside)', () => {
    // Browser navigations, not API calls: the SPA fallback, and "Sign in with eGov" (GET
    // /auth/egov and its callback answer 303 redirects to the identity provider and back).
    const served = listRoutes(app)
      .filter((r) => r.controller !== 'WebController' && r.controller !== 'EgovController')
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`)
      .sort();
    expect(ops.map((o) => o.id).sort()).toEqual(served);
  });

  it('gives every operation a summary', () => {
    expect(ops.filter((o) => !o.op.summary?.trim()).map((o) => o.id)).toEqual([]);
  });

  it('describes the 2xx answer of every operation', () => {
    const missing = ops.filter(({ op }) => {
      // Most have one; a Portal order has two (201 booked, 200 the same order again).
      const ok = Object.entries(op.responses).filter(([s]) => s.startsWith('2')) as [
        string,
        ResponseObject,
      ][];
      if (ok.length === 0) return true;
      return ok.some(
        ([status, res]) =>
          status !== '204' && (!res.content || Object.values(res.content).some((c) => !c.schema)),
      );
    });
    expect(missing.map((o) => o.id)).toEqual([]);
  });

  it('lists the error answers of every operation, in the common error shape', () => {
    const wrong = ops.filter(({ op }) => {
      const need = ['400', '500', '503'];
      if (op.security?.length) need.push('401', '403');
      return need.some((s) => {
        const res = op.responses[s] as ResponseObject | undefined;
        const schema = res?.content?.['application/json']?.schema as ReferenceObject | undefined;
        return schema?.$ref !== '#/components/schemas/ApiErrorBody';
      });
    });
    expect(wrong.map((o) => o.id)).toEqual([]);
    const error = deref<SchemaObject>({ $ref: '#/components/schemas/ApiErrorBody' });
    expect(error.required).toEqual(['statusCode', 'code', 'error', 'message', 'requestId']);
  });

  it('declares the security of every operation: a bearer token, a signature, or none', () => {
    const schemes = Object.keys(doc.components?.securitySchemes ?? {});
    const wrong = ops.filter(
      ({ op }) =>
        !Array.isArray(op.security) ||
        op.security.some((s) => Object.keys(s).some((k) => !schemes.includes(k))) ||
        op.security.length > 1,
    );
    expect(wrong.map((o) => o.id)).toEqual([]);
    const publicOps = ops.filter((o) => o.op.security?.length === 0).map((o) => o.id);
    // The sign-in steps (issue 19) are public by nature; each is limited per address and account.
    // The GTFS-Flex feeds (issue 25) are published data, downloadable without signing in.
    // The web app's run-time settings (issue 23: the map style's address) hold nothing personal.
    expect(publicOps.sort()).toEqual([
      'GET /.well-known/jwks.json',
      'GET /app-config',
      'GET /auth/methods',
      'GET /gtfs/{file}',
      'GET /health',
      'GET /invitations/{token}',
      'GET /ready',
      'POST /auth/password',
      'POST /auth/phone/code',
      'POST /auth/phone/verify',
      'POST /auth/refresh',
      'POST /auth/signout',
      'POST /auth/totp/enrol',
      'POST /auth/totp/verify',
      'POST /invitations/{token}/accept',
    ]);
    const signed = ops.filter((o) => o.op.security?.some((s) => !('bearer' in s))).map((o) => o.id);
    expect(signed.sort()).toEqual([
      'GET /portal/v1/billing-acts',
      'GET /portal/v1/billing-acts/{actId}',
      'GET /portal/v1/orders/{orderId}',
      'POST /notifications/sms/delivery-reports',
      'POST /portal/v1/billing-acts/{actId}/payment',
      'POST /portal/v1/orders',
      'POST /portal/v1/orders/{orderId}/cancel',
      'POST /procurement/callbacks/{lotId}/{status}',
    ]);
  });

  it('lists the fields of every request body and query, with their constraints', () => {
    const empty: string[] = [];
    for (const { id, op } of ops) {
      const body = op.requestBody && deref(op.requestBody).content['application/json']?.schema;
      if (body) {
        const s = deref<SchemaObject>(body);
        if (!s.properties || Object.keys(s.properties).length === 0) empty.push(`${id} body`);
      }
    }
    for (const [name, s] of Object.entries(doc.components?.schemas ?? {}) as [string, SchemaObject][])
      if (s.type === 'object' && !s.additionalProperties && !Object.keys(s.properties ?? {}).length)
        empty.push(name);
    expect(empty).toEqual([]);
    // class-validator's rules reach the schema (CreateBookingDto: @IsInt() @Min(0) @Max(10) companions).
    const create = deref<SchemaObject>({ $ref: '#/components/schemas/CreateBookingDto' });
    expect(create.required).toEqual(expect.arrayContaining(['beneficiaryId', 'pickup', 'purpose']));
    expect(create.properties?.companions).toMatchObject({ type: 'integer', minimum: 0, maximum: 10 });
    expect(deref<SchemaObject>(create.properties?.purpose as SchemaObject).enum).toContain('MEDICAL');
    const mine = ops.find((o) => o.id === 'GET /bookings/mine');
    expect(mine?.op.parameters?.map((p) => ('name' in p ? p.name : p.$ref)).sort()).toEqual([
      'cursor',
      'limit',
    ]);
  });
});
