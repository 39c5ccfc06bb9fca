import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Language, Role, UserStatus } from '@invataxi/domain';
import { AppUserEntity } from '../entities/app-user.entity';
import {
  AuthSessionEntity,
  InvitationEntity,
  PhoneCodeEntity,
  RefreshTokenEntity,
  SigningKeyEntity,
} from '../entities/identity.entity';
import { hydrate } from '../rows';

/** What the user list shows (no secret, no hash). */
export interface UserRow {
  id: string;
  displayName: string;
  role: Role | null;
  status: UserStatus;
  regionKato: string | null;
  providerId: string | null;
  driverId: string | null;
  beneficiaryId: string | null;
  phone: string | null;
  email: string | null;
  totpEnabled: boolean;
  /** A password is set (a staff account without one cannot sign in until invited). */
  passwordSet: boolean;
  createdAt: Date;
}

/** Filters of the user list: the caller's scope and the person's choices. */
export interface UserListScope {
  /** Users whose region (or whose provider's region) lies in this KATO subtree. */
  regionPrefix?: string | null;
  providerId?: string | null;
  /** Only these roles (the ones the caller may manage), and staff whose role was removed. */
  roles: readonly Role[];
  status?: UserStatus;
  role?: Role;
}

/** An invitation not (yet) accepted, as the manager's list shows it. */
export interface InvitationRow {
  id: string;
  role: Role;
  displayName: string;
  phone: string | null;
  email: string | null;
  language: Language;
  regionKato: string | null;
  regionNameKk: string | null;
  regionNameRu: string | null;
  regionNameEn: string | null;
  providerId: string | null;
  providerName: string | null;
  driverId: string | null;
  invitedByName: string | null;
  sentAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

/** A place an invitation may name, with its names. */
export interface RegionChoice {
  katoCode: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

/**
 * Identity (issue 19): accounts, sessions and their refresh-token families, one-time phone codes,
 * invitations, the access tokens' signing keys. Secrets are stored only as hashes or sealed.
 */
@Injectable()
export class IdentityRepository {
  // --- accounts ---------------------------------------------------------------------------------

  async userById(m: EntityManager, id: string, lock?: 'update'): Promise<AppUserEntity | null> {
    const rows = (await m.query(`SELECT * FROM app_user WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [
      id,
    ])) as Record<string, unknown>[];
    return rows[0] ? hydrate(m, AppUserEntity, rows[0]) : null;
  }

  /** The staff account signing in with a password, by phone (+7...) or e-mail (lower-case). */
  async staffByLogin(
    m: EntityManager,
    login: { phone?: string; email?: string },
  ): Promise<AppUserEntity | null> {
    const rows = (await (login.email
      ? m.query(`SELECT * FROM app_user WHERE email = $1 AND password_hash IS NOT NULL`, [login.email])
      : m.query(`SELECT * FROM app_user WHERE phone = $1 AND password_hash IS NOT NULL`, [
          login.phone,
        ]))) as Record<string, unknown>[];
    return rows[0] ? hydrate(m, AppUserEntity, rows[0]) : null;
  }

  /**
   * The rider account a phone signs in to: a beneficiary's own account or a guardian's (riders
   * have no password). The newest wins when a phone is on several.
   */
  async riderByPhone(m: EntityManager, phone: string): Promise<AppUserEntity | null> {
    const rows = (await m.query(
      `SELECT u.* FROM app_user u
         LEFT JOIN beneficiary b ON b.id = u.beneficiary_id
        WHERE u.password_hash IS NULL
          AND ((u.role = 'GUARDIAN' AND u.phone = $1) OR (u.role = 'BENEFICIARY' AND b.phone = $1))
        ORDER BY u.created_at DESC LIMIT 1`,
      [phone],
    )) as Record<string, unknown>[];
    return rows[0] ? hydrate(m, AppUserEntity, rows[0]) : null;
  }

  /** A beneficiary on record with this phone and no sign-in account yet (first sign-in links it). */
  async beneficiaryToLink(
    m: EntityManager,
    phone: string,
  ): Promise<{ id: string; fullName: string; language: Language } | null> {
    const rows = (await m.query(
      `SELECT b.id, b.full_name AS "fullName", b.language FROM beneficiary b
        WHERE b.phone = $1
          AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.beneficiary_id = b.id AND u.role = 'BENEFICIARY')
        ORDER BY b.created_at DESC LIMIT 1`,
      [phone],
    )) as { id: string; fullName: string; language: Language }[];
    return rows[0] ?? null;
  }

  /** The rider account of a beneficiary (their own sign-in), if one was made. */
  async userOfBeneficiary(m: EntityManager, beneficiaryId: string): Promise<AppUserEntity | null> {
    const rows = (await m.query(
      // Whatever its role or status now: an account switched off or whose role was removed is
      // found too, so a new sign-in refuses it instead of making a fresh one (issue 19).
      `SELECT * FROM app_user WHERE beneficiary_id = $1 AND password_hash IS NULL ORDER BY created_at LIMIT 1`,
      [beneficiaryId],
    )) as Record<string, unknown>[];
    return rows[0] ? hydrate(m, AppUserEntity, rows[0]) : null;
  }

  /** What a new rider account of a beneficiary copies from the record. */
  async beneficiaryForAccount(
    m: EntityManager,
    beneficiaryId: string,
  ): Promise<{ fullName: string; phone: string | null; language: Language } | null> {
    const rows = (await m.query(
      `SELECT full_name AS "fullName", phone, language FROM beneficiary WHERE id = $1`,
      [beneficiaryId],
    )) as { fullName: string; phone: string | null; language: Language }[];
    return rows[0] ?? null;
  }

  async insertUser(m: EntityManager, values: Partial<AppUserEntity>): Promise<AppUserEntity> {
    return m.save(m.create(AppUserEntity, values));
  }

  /** Changes the given columns of one account. */
  async updateUser(m: EntityManager, id: string, values: Partial<AppUserEntity>): Promise<void> {
    await m.getRepository(AppUserEntity).update({ id }, values as never);
  }

  /** The driver account of a driver record (created with the record), if any. */
  async userOfDriver(m: EntityManager, driverId: string): Promise<AppUserEntity | null> {
    const rows = (await m.query(`SELECT * FROM app_user WHERE driver_id = $1 ORDER BY created_at LIMIT 1`, [
      driverId,
    ])) as Record<string, unknown>[];
    return rows[0] ? hydrate(m, AppUserEntity, rows[0]) : null;
  }

  async emailTaken(m: EntityManager, email: string): Promise<boolean> {
    return ((await m.query(`SELECT 1 FROM app_user WHERE email = $1`, [email])) as unknown[]).length > 0;
  }

  /** Whether a provider already has an administrator's account (an awarded known supplier). */
  async providerHasAdmin(m: EntityManager, providerId: string): Promise<boolean> {
    const rows = (await m.query(
      `SELECT 1 FROM app_user WHERE provider_id = $1 AND role = 'PROVIDER_ADMIN' AND status = 'ACTIVE' LIMIT 1`,
      [providerId],
    )) as unknown[];
    return rows.length > 0;
  }

  async staffPhoneTaken(m: EntityManager, phone: string): Promise<boolean> {
    return (
      (
        (await m.query(`SELECT 1 FROM app_user WHERE phone = $1 AND password_hash IS NOT NULL`, [
          phone,
        ])) as unknown[]
      ).length > 0
    );
  }

  async listUsers(m: EntityManager, s: UserListScope): Promise<UserRow[]> {
    const rows = (await m.query(
      `SELECT u.id, u.display_name AS "displayName", u.role, u.status, u.region_kato AS "regionKato",
              u.provider_id AS "providerId", u.driver_id AS "driverId", u.beneficiary_id AS "beneficiaryId",
              u.phone, u.email, u.totp_enabled AS "totpEnabled",
              u.password_hash IS NOT NULL AS "passwordSet", u.created_at AS "createdAt"
         FROM app_user u
         LEFT JOIN provider p ON p.id = u.provider_id
        WHERE (u.role = ANY($1) OR (u.role IS NULL AND u.password_hash IS NOT NULL))
          AND ($2::text IS NULL OR coalesce(p.region_kato, u.region_kato) LIKE $2 || '%')
          AND ($3::uuid IS NULL OR u.provider_id = $3)
          AND ($4::text IS NULL OR u.status = $4)
          AND ($5::text IS NULL OR u.role = $5)
        ORDER BY u.created_at DESC LIMIT 500`,
      [s.roles, s.regionPrefix ?? null, s.providerId ?? null, s.status ?? null, s.role ?? null],
    )) as UserRow[];
    return rows;
  }

  /** The provider's region, or null when there is no such provider. */
  async providerRegion(
    m: EntityManager,
    providerId: string,
  ): Promise<{ regionKato: string; name: string } | null> {
    const rows = (await m.query(
      `SELECT region_kato AS "regionKato", legal_name AS name FROM provider WHERE id = $1`,
      [providerId],
    )) as { regionKato: string; name: string }[];
    return rows[0] ?? null;
  }

  async driverProvider(m: EntityManager, driverId: string): Promise<string | null> {
    const rows = (await m.query(`SELECT provider_id AS "providerId" FROM driver WHERE id = $1`, [
      driverId,
    ])) as {
      providerId: string;
    }[];
    return rows[0]?.providerId ?? null;
  }

  // --- sessions and refresh tokens ----------------------------------------------------------------

  async insertSession(m: EntityManager, values: Partial<AuthSessionEntity>): Promise<AuthSessionEntity> {
    return m.save(m.create(AuthSessionEntity, values));
  }

  async insertRefreshToken(
    m: EntityManager,
    sessionId: string,
    tokenHash: string,
    issuedAt: Date,
    expiresAt: Date,
  ): Promise<void> {
    await m.query(
      `INSERT INTO refresh_token (token_hash, session_id, issued_at, expires_at) VALUES ($1, $2, $3, $4)`,
      [tokenHash, sessionId, issuedAt, expiresAt],
    );
  }

  /** A refresh token and its session, both locked (the rotation is one at a time per family). */
  async refreshTokenForUpdate(
    m: EntityManager,
    tokenHash: string,
  ): Promise<{ token: RefreshTokenEntity; session: AuthSessionEntity } | null> {
    const rows = (await m.query(
      `SELECT t.token_hash, t.session_id, t.issued_at, t.expires_at, t.used_at,
              s.user_id, s.method, s.created_at AS s_created_at, s.last_used_at, s.expires_at AS s_expires_at,
              s.revoked_at, s.revoked_reason, s.user_agent
         FROM refresh_token t JOIN auth_session s ON s.id = t.session_id
        WHERE t.token_hash = $1
        FOR UPDATE OF t, s`,
      [tokenHash],
    )) as Record<string, unknown>[];
    const r = rows[0];
    if (!r) return null;
    const token = m.create(RefreshTokenEntity, {
      tokenHash: r.token_hash as string,
      sessionId: r.session_id as string,
      issuedAt: r.issued_at as Date,
      expiresAt: r.expires_at as Date,
      usedAt: (r.used_at as Date | null) ?? null,
    });
    const session = m.create(AuthSessionEntity, {
      id: r.session_id as string,
      userId: r.user_id as string,
      method: r.method as AuthSessionEntity['method'],
      createdAt: r.s_created_at as Date,
      lastUsedAt: r.last_used_at as Date,
      expiresAt: r.s_expires_at as Date,
      revokedAt: (r.revoked_at as Date | null) ?? null,
      revokedReason: (r.revoked_reason as string | null) ?? null,
      userAgent: (r.user_agent as string | null) ?? null,
    });
    return { token, session };
  }

  async markRefreshTokenUsed(m: EntityManager, tokenHash: string, at: Date): Promise<void> {
    await m.query(`UPDATE refresh_token SET used_at = $2 WHERE token_hash = $1`, [tokenHash, at]);
  }

  async touchSession(m: EntityManager, sessionId: string, at: Date): Promise<void> {
    await m.query(`UPDATE auth_session SET last_used_at = $2 WHERE id = $1`, [sessionId, at]);
  }

  /** Ends one session (its whole refresh family); false when it was not live (or not the user's). */
  async revokeSession(
    m: EntityManager,
    sessionId: string,
    userId: string | null,
    reason: string,
    at: Date,
  ): Promise<boolean> {
    const rows = (await m.query(
      `UPDATE auth_session SET revoked_at = $3, revoked_reason = $4
        WHERE id = $1 AND ($2::uuid IS NULL OR user_id = $2) AND revoked_at IS NULL RETURNING id`,
      [sessionId, userId, at, reason],
    )) as [unknown[], number];
    return rowsOf(rows).length > 0;
  }

  /** Ends every live session of the user; answers how many. */
  async revokeAllSessions(m: EntityManager, userId: string, reason: string, at: Date): Promise<number> {
    const rows = (await m.query(
      `UPDATE auth_session SET revoked_at = $2, revoked_reason = $3
        WHERE user_id = $1 AND revoked_at IS NULL RETURNING id`,
      [userId, at, reason],
    )) as [unknown[], number];
    return rowsOf(rows).length;
  }

  async liveSessions(m: EntityManager, userId: string, now: Date): Promise<AuthSessionEntity[]> {
    return m
      .createQueryBuilder(AuthSessionEntity, 's')
      .where('s.userId = :userId AND s.revokedAt IS NULL AND s.expiresAt > :now', { userId, now })
      .orderBy('s.lastUsedAt', 'DESC')
      .getMany();
  }

  // --- phone codes ------------------------------------------------------------------------------

  /** When the codes of the last hour were sent to this phone (the resend throttle reads them). */
  async codesSentSince(m: EntityManager, phoneHash: string, since: Date): Promise<Date[]> {
    const rows = (await m.query(`SELECT sent_at FROM phone_code WHERE phone_hash = $1 AND sent_at > $2`, [
      phoneHash,
      since,
    ])) as { sent_at: Date }[];
    return rows.map((r) => r.sent_at);
  }

  /** A new code for the phone; the ones sent before stop working. */
  async insertPhoneCode(
    m: EntityManager,
    phoneHash: string,
    codeHash: string,
    sentAt: Date,
    expiresAt: Date,
  ): Promise<void> {
    await m.query(`UPDATE phone_code SET consumed_at = $2 WHERE phone_hash = $1 AND consumed_at IS NULL`, [
      phoneHash,
      sentAt,
    ]);
    await m.query(
      `INSERT INTO phone_code (phone_hash, code_hash, sent_at, expires_at) VALUES ($1, $2, $3, $4)`,
      [phoneHash, codeHash, sentAt, expiresAt],
    );
  }

  /** The phone's newest live code, locked. */
  async latestPhoneCodeForUpdate(m: EntityManager, phoneHash: string): Promise<PhoneCodeEntity | null> {
    const rows = (await m.query(
      `SELECT * FROM phone_code WHERE phone_hash = $1 AND consumed_at IS NULL ORDER BY sent_at DESC LIMIT 1 FOR UPDATE`,
      [phoneHash],
    )) as Record<string, unknown>[];
    const r = rows[0];
    if (!r) return null;
    return m.create(PhoneCodeEntity, {
      id: r.id as string,
      phoneHash: r.phone_hash as string,
      codeHash: r.code_hash as string,
      sentAt: r.sent_at as Date,
      expiresAt: r.expires_at as Date,
      tries: r.tries as number,
      consumedAt: (r.consumed_at as Date | null) ?? null,
    });
  }

  async countPhoneCodeTry(m: EntityManager, id: string, kill: boolean, at: Date): Promise<void> {
    await m.query(
      `UPDATE phone_code SET tries = tries + 1, consumed_at = CASE WHEN $2 THEN $3::timestamptz ELSE consumed_at END WHERE id = $1`,
      [id, kill, at],
    );
  }

  async consumePhoneCode(m: EntityManager, id: string, at: Date): Promise<void> {
    await m.query(`UPDATE phone_code SET consumed_at = $2 WHERE id = $1`, [id, at]);
  }

  /** Codes and refresh tokens expired before `before`: they answer nothing any more (the dispatcher's sweep). */
  async purgeExpired(m: EntityManager, before: Date): Promise<void> {
    await m.query(`DELETE FROM phone_code WHERE expires_at < $1`, [before]);
    await m.query(`DELETE FROM refresh_token WHERE expires_at < $1`, [before]);
  }

  // --- invitations ------------------------------------------------------------------------------

  async insertInvitation(m: EntityManager, values: Partial<InvitationEntity>): Promise<InvitationEntity> {
    return m.save(m.create(InvitationEntity, values));
  }

  async invitationByTokenHash(
    m: EntityManager,
    tokenHash: string,
    lock?: 'update',
  ): Promise<InvitationEntity | null> {
    const q = m.createQueryBuilder(InvitationEntity, 'i').where('i.tokenHash = :tokenHash', { tokenHash });
    if (lock) q.setLock('pessimistic_write');
    return q.getOne();
  }

  /**
   * Invitations not accepted, in the same scope as the user list (roles the caller manages; the
   * region subtree of the invitation or of its provider; the provider), last sent first.
   */
  async listInvitations(
    m: EntityManager,
    s: Omit<UserListScope, 'status' | 'role'>,
  ): Promise<InvitationRow[]> {
    return (await m.query(
      `SELECT i.id, i.role, i.display_name AS "displayName", i.phone, i.email, i.language,
              i.region_kato AS "regionKato", r.name_kk AS "regionNameKk", r.name_ru AS "regionNameRu",
              r.name_en AS "regionNameEn", i.provider_id AS "providerId", p.legal_name AS "providerName",
              i.driver_id AS "driverId", u.display_name AS "invitedByName",
              i.sent_at AS "sentAt", i.expires_at AS "expiresAt", i.revoked_at AS "revokedAt"
         FROM invitation i
         LEFT JOIN provider p ON p.id = i.provider_id
         LEFT JOIN app_user u ON u.id = i.invited_by
         LEFT JOIN region r ON r.kato_code = i.region_kato
        WHERE i.accepted_at IS NULL
          AND i.role = ANY($1)
          AND ($2::text IS NULL OR coalesce(p.region_kato, i.region_kato) LIKE $2 || '%')
          AND ($3::uuid IS NULL OR i.provider_id = $3)
        ORDER BY i.sent_at DESC, i.id LIMIT 200`,
      [s.roles, s.regionPrefix ?? null, s.providerId ?? null],
    )) as InvitationRow[];
  }

  async invitationById(m: EntityManager, id: string, lock?: 'update'): Promise<InvitationEntity | null> {
    const q = m.createQueryBuilder(InvitationEntity, 'i').where('i.id = :id', { id });
    if (lock) q.setLock('pessimistic_write');
    return q.getOne();
  }

  /** A new link for the invitation: the old token's hash is replaced, so the old link opens nothing. */
  async resendInvitation(
    m: EntityManager,
    id: string,
    v: { tokenHash: string; sentAt: Date; expiresAt: Date },
  ): Promise<void> {
    await m.query(
      `UPDATE invitation SET token_hash = $2, sent_at = $3, expires_at = $4, revoked_at = NULL WHERE id = $1`,
      [id, v.tokenHash, v.sentAt, v.expiresAt],
    );
  }

  async revokeInvitation(m: EntityManager, id: string, at: Date): Promise<void> {
    await m.query(`UPDATE invitation SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL`, [id, at]);
  }

  /**
   * A provider's driver records whose account has no password yet (the record's account is made
   * with it; the invitation gives it one), with a pending invitation's expiry if one is out.
   */
  async driversWithoutLogin(
    m: EntityManager,
    providerId: string,
    now: Date,
  ): Promise<{ id: string; fullName: string; phone: string; invitedUntil: Date | null }[]> {
    return (await m.query(
      `SELECT d.id, d.full_name AS "fullName", d.phone,
              (SELECT max(i.expires_at) FROM invitation i
                WHERE i.driver_id = d.id AND i.accepted_at IS NULL AND i.revoked_at IS NULL
                  AND i.expires_at > $2) AS "invitedUntil"
         FROM driver d
        WHERE d.provider_id = $1 AND d.status = 'ACTIVE'
          AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.driver_id = d.id AND u.password_hash IS NOT NULL)
        ORDER BY d.full_name, d.id`,
      [providerId, now],
    )) as { id: string; fullName: string; phone: string; invitedUntil: Date | null }[];
  }

  /** Regions an invitation may name: the top-level regions (null), or a region and the places under it. */
  async regionChoices(
    m: EntityManager,
    under: string | null,
    prefix: string | null,
  ): Promise<RegionChoice[]> {
    const rows = (await m.query(
      `SELECT kato_code AS "katoCode", name_kk AS "nameKk", name_ru AS "nameRu", name_en AS "nameEn"
         FROM region
        WHERE ($1::text IS NULL AND parent_code IS NULL)
           OR ($1::text IS NOT NULL AND (kato_code = $1 OR kato_code LIKE $2 || '%'))
        ORDER BY (kato_code = $1) DESC, name_ru`,
      [under, prefix],
    )) as RegionChoice[];
    return rows.map((r) => ({ ...r, katoCode: r.katoCode.trim() }));
  }

  async markInvitationAccepted(m: EntityManager, id: string, userId: string, at: Date): Promise<void> {
    await m.query(`UPDATE invitation SET accepted_at = $3, user_id = $2 WHERE id = $1`, [id, userId, at]);
  }

  // --- signing keys ------------------------------------------------------------------------------

  /** Keys still published: those whose tokens may still be alive (signsUntil + the longest token). */
  async publishedKeys(m: EntityManager, publishedAfter: Date): Promise<SigningKeyEntity[]> {
    return m
      .createQueryBuilder(SigningKeyEntity, 'k')
      .where('k.signsUntil > :t', { t: publishedAfter })
      .orderBy('k.signsFrom', 'ASC')
      .getMany();
  }

  async insertSigningKey(m: EntityManager, values: Partial<SigningKeyEntity>): Promise<void> {
    await m.getRepository(SigningKeyEntity).insert(values as never);
  }

  /** One key creator at a time among the API processes (a transaction-scoped advisory lock). */
  async lockSigningKeys(m: EntityManager): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('invataxi:signing_key'))`);
  }
}

/** UPDATE ... RETURNING through TypeORM's query(): [rows, count] for pg. */
function rowsOf(result: unknown): unknown[] {
  if (Array.isArray(result) && Array.isArray(result[0])) return result[0] as unknown[];
  return Array.isArray(result) ? result : [];
}
