import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/create-api';
import { createDispatcher } from '../../apps/dispatcher/src/create-dispatcher';
import { createTestEnv, eventually, type TestEnv } from '../support/test-env';
import { addDaysToLocalDate, localDateOf } from '@invataxi/domain';
import { ALMATY, CENTRE, Fixtures } from './fixtures';
import { testNow } from '../support/clock';

export const near = (dLat: number, dLon: number) => ({ lat: CENTRE.lat + dLat, lon: CENTRE.lon + dLon });

/** The day the re-plan suites plan: far enough ahead that no ride of it has started. */
export const REPLAN_DAYS = 2;

/** A re-plan run as `GET /dispatch/plan/:id` answers it (the fields these suites read). */
export interface ReplanRun {
  id: string;
  status: string;
  note: string | null;
  before: { km: number; meanRideRatio: number; vehiclesUsed: number };
  after: { km: number; meanRideRatio: number };
  rides: {
    bookingId: string;
    kind: string;
    fromPlate: string | null;
    toPlate: string | null;
    oldPickupAt: string | null;
    newPickupAt: string | null;
    pickupAddress: string;
  }[];
  counts: { moved: number; served: number; pinned: number };
}

export interface ReplanStack {
  api: NestFastifyApplication;
  worker: INestApplicationContext;
  ds: DataSource;
  fx: Fixtures;
  auth: { authorization: string };
  /** Signs a token for another principal (e.g. another region's dispatcher). */
  token: TestEnv['token'];
  /** The planned day (local date). */
  day: string;
  http(): ReturnType<NestFastifyApplication['getHttpAdapter']>['getInstance'] extends () => infer I
    ? I
    : never;
  post(url: string, payload?: object, lang?: string): ReturnType<ReturnType<ReplanStack['http']>['inject']>;
  /** Waits until the booking is SCHEDULED and answers its row. */
  scheduled(id: string): Promise<Awaited<ReturnType<Fixtures['booking']>>>;
  /** Starts a re-plan of Almaty's day and waits for its proposal (or its end). */
  replan(body?: object): Promise<ReplanRun>;
}

/**
 * One api and one dispatcher (outbox, dispatch, plan, notifications) on the suite's own database,
 * signed in as Almaty's dispatcher: the set-up every re-plan suite shares. Registers its own
 * beforeAll/afterAll; the answer's fields are filled once beforeAll has run.
 */
export function replanStack(): ReplanStack {
  let t: TestEnv;
  const s = {
    day: addDaysToLocalDate(localDateOf(testNow()), REPLAN_DAYS),
    http: () => s.api.getHttpAdapter().getInstance(),
    post: (url: string, payload: object = {}, lang = 'en') =>
      s.http().inject({ method: 'POST', url, payload, headers: { ...s.auth, 'accept-language': lang } }),
    scheduled: (id: string) =>
      eventually(async () => {
        const b = await s.fx.booking(id);
        return b.status === 'SCHEDULED' && b;
      }),
    replan: async (body: object = {}): Promise<ReplanRun> => {
      const start = await s.post('/dispatch/plan', { regionKato: ALMATY, date: s.day, ...body });
      expect(start.statusCode).toBe(202);
      return eventually(async () => {
        const r = await s.http().inject({
          method: 'GET',
          url: `/dispatch/plan/${start.json().id}`,
          headers: s.auth,
        });
        const run = r.json() as ReplanRun;
        return ['PROPOSED', 'DONE', 'FAILED'].includes(run.status) ? run : undefined;
      }, 30000);
    },
  } as ReplanStack;

  beforeAll(async () => {
    t = await createTestEnv({
      DISPATCHER_QUEUES: 'outbox,dispatch,plan,notifications',
      // the search must find the obvious move even on a busy machine
      PLAN_TIME_LIMIT_MS: '3000',
    });
    s.api = await createApi(t.config);
    await s.api.init();
    await s.api.getHttpAdapter().getInstance().ready();
    s.worker = await createDispatcher(t.config);
    s.ds = s.worker.get(DataSource);
    s.fx = new Fixtures(s.ds);
    s.token = t.token;
    s.auth = {
      authorization: `Bearer ${t.token({ userId: '00000000-0000-4000-8000-0000000000d1', role: 'DISPATCHER', regionKato: ALMATY })}`,
    };
  });

  afterAll(async () => {
    await s.worker?.close();
    await s.api?.close();
    await t?.teardown();
  });

  return s;
}
