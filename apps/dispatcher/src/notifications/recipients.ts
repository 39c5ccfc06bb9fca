import type { EntityManager } from 'typeorm';
import type { Language } from '@invataxi/domain';
import { AppUserEntity, selectById, type NotificationsRepository } from '@invataxi/persistence';
import type { InAppRecipient } from '@invataxi/notifications';

/** Someone to tell about a ride, with the channels they accept. */
export interface Recipient {
  /** Stable part of the dedup key: 'r.<beneficiary>' for the rider, 'g.<user>' for a guardian. */
  key: string;
  beneficiaryId: string;
  /** Null for the rider (their in-app list is by beneficiary), the guardian's user id otherwise. */
  userId: string | null;
  language: Language;
  /** Read to send one SMS per phone; never stored with the message (read again at send time). */
  phone: string | null;
  sms: boolean;
  inApp: boolean;
}

export function inAppRecipientOf(r: {
  beneficiaryId: string | null;
  recipientUserId: string | null;
}): InAppRecipient {
  if (r.recipientUserId) return { kind: 'user', userId: r.recipientUserId };
  if (r.beneficiaryId) return { kind: 'rider', beneficiaryId: r.beneficiaryId };
  throw new Error('notification has no recipient');
}

/**
 * The rider, and their guardians if the rider chose so (beneficiary.notify_guardians). The
 * rider's opt-outs are per channel; a guardian is reached on both channels (they asked to be).
 */
export async function recipientsOf(
  repo: NotificationsRepository,
  m: EntityManager,
  beneficiaryId: string,
): Promise<Recipient[]> {
  const b = await repo.riderContactOf(m, beneficiaryId);
  if (!b) return [];
  const out: Recipient[] = [
    {
      key: `r.${b.id}`,
      beneficiaryId: b.id,
      userId: null,
      language: b.language,
      phone: b.phone,
      sms: !b.smsOptOut && !!b.phone,
      inApp: !b.inAppOptOut,
    },
  ];
  if (b.notifyGuardians) {
    const users = await repo.guardianUsersOf(m, b.id);
    for (const u of users.sort((a, c) => a.id.localeCompare(c.id)))
      out.push({
        key: `g.${u.id}`,
        beneficiaryId: b.id,
        userId: u.id,
        language: u.language,
        phone: u.phone,
        sms: !!u.phone,
        inApp: true,
      });
  }
  return out;
}

/** The phone a stored SMS goes to, read at send time (never copied into the notification row). */
export async function phoneOf(
  repo: NotificationsRepository,
  m: EntityManager,
  n: { beneficiaryId: string | null; recipientUserId: string | null },
): Promise<{ phone: string | null; optedOut: boolean }> {
  if (n.recipientUserId) {
    const u = await selectById(m, AppUserEntity, n.recipientUserId);
    return { phone: u?.phone ?? null, optedOut: false };
  }
  if (!n.beneficiaryId) return { phone: null, optedOut: false };
  const b = await repo.riderContactOf(m, n.beneficiaryId);
  return { phone: b?.phone ?? null, optedOut: b?.smsOptOut ?? false };
}

/** Whether the rider turned in-app messages off after the message was planned. */
export async function inAppOptedOut(
  repo: NotificationsRepository,
  m: EntityManager,
  n: { beneficiaryId: string | null; recipientUserId: string | null },
): Promise<boolean> {
  if (n.recipientUserId || !n.beneficiaryId) return false;
  const b = await repo.riderContactOf(m, n.beneficiaryId);
  return b?.inAppOptOut ?? false;
}
