// Who is told about a ride, decided from the contacts the repository returns: no database.
import type { EntityManager } from 'typeorm';
import type { AppUserEntity, NotificationsRepository, RiderContact } from '@invataxi/persistence';
import { inAppOptedOut, recipientsOf } from './recipients';

const m = {} as EntityManager;

function repoWith(
  rider: RiderContact | null,
  guardians: Partial<AppUserEntity>[] = [],
): NotificationsRepository {
  return {
    riderContactOf: jest.fn(async () => rider),
    guardianUsersOf: jest.fn(async () => guardians as AppUserEntity[]),
  } as unknown as NotificationsRepository;
}

const rider = (over: Partial<RiderContact> = {}): RiderContact => ({
  id: 'b1',
  phone: '+77015550001',
  language: 'kk',
  smsOptOut: false,
  inAppOptOut: false,
  notifyGuardians: false,
  ...over,
});

describe('recipientsOf', () => {
  it('tells nobody about a person not on record', async () => {
    expect(await recipientsOf(repoWith(null), m, 'b1')).toEqual([]);
  });

  it("keeps the rider's opt-outs per channel, and no SMS without a phone", async () => {
    const [smsOff] = await recipientsOf(repoWith(rider({ smsOptOut: true })), m, 'b1');
    expect(smsOff).toMatchObject({ key: 'r.b1', userId: null, sms: false, inApp: true });
    const [noPhone] = await recipientsOf(repoWith(rider({ phone: null, inAppOptOut: true })), m, 'b1');
    expect(noPhone).toMatchObject({ sms: false, inApp: false });
  });

  it('adds the guardians only when the rider chose so, in id order, on both channels they can take', async () => {
    const guardians = [
      { id: 'u2', phone: null, language: 'en' as const },
      { id: 'u1', phone: '+77015550002', language: 'ru' as const },
    ];
    const repo = repoWith(rider(), guardians);
    expect(await recipientsOf(repo, m, 'b1')).toHaveLength(1);
    expect(repo.guardianUsersOf).not.toHaveBeenCalled();
    const all = await recipientsOf(repoWith(rider({ notifyGuardians: true }), guardians), m, 'b1');
    expect(all.map((r) => [r.key, r.language, r.sms, r.inApp])).toEqual([
      ['r.b1', 'kk', true, true],
      ['g.u1', 'ru', true, true],
      ['g.u2', 'en', false, true],
    ]);
  });
});

describe('inAppOptedOut', () => {
  it("reads the rider's switch now, and never holds a guardian's message back", async () => {
    const repo = repoWith(rider({ inAppOptOut: true }));
    expect(await inAppOptedOut(repo, m, { beneficiaryId: 'b1', recipientUserId: null })).toBe(true);
    expect(await inAppOptedOut(repo, m, { beneficiaryId: 'b1', recipientUserId: 'u1' })).toBe(false);
  });
});
