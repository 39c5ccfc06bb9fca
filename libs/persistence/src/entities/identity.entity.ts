import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { LANGUAGES, ROLES, type Language, type Role } from '@invataxi/domain';
import { AppUserEntity } from './app-user.entity';
import type { JsonObject } from './json';
import { inList } from './sql';

/**
 * A key pair that signs access tokens (ES256). Each signs from `signsFrom` to `signsUntil`; its
 * public half is published at /.well-known/jwks.json from its creation (before it signs: every
 * API process knows it by then) until the last token it signed has expired. The private key is
 * sealed with DATA_ENCRYPTION_KEY.
 */
@Entity('signing_key')
export class SigningKeyEntity {
  @PrimaryColumn({ type: 'text' })
  kid: string;

  @Column({ type: 'jsonb' })
  publicJwk: JsonObject;

  @Column({ type: 'bytea' })
  privateKey: Buffer;

  @Column({ type: 'text' })
  privateKeyId: string;

  @Column({ type: 'timestamptz' })
  signsFrom: Date;

  @Index()
  @Column({ type: 'timestamptz' })
  signsUntil: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A signed-in session: one refresh-token family. Revoking it ends every token of the family. */
@Entity('auth_session')
@Check('ck_auth_session_method', `method IN ('PHONE_CODE', 'PASSWORD', 'EGOV')`)
export class AuthSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => AppUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: AppUserEntity;

  @Column({ type: 'text' })
  method: 'PHONE_CODE' | 'PASSWORD' | 'EGOV';

  /** The browser or client, as its User-Agent said (shortened): shown in the session list. */
  @Column({ type: 'text', nullable: true })
  userAgent: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  lastUsedAt: Date;

  /** The session's absolute end: no refresh beyond it. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  revokedReason: string | null;
}

/** One refresh token of a session, by its SHA-256: good once (usedAt), then replaced. */
@Entity('refresh_token')
export class RefreshTokenEntity {
  @PrimaryColumn({ type: 'char', length: 64 })
  tokenHash: string;

  @Index()
  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => AuthSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: AuthSessionEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  issuedAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}

/**
 * A one-time code sent by SMS. The phone and the code are kept only as keyed hashes
 * (DATA_HASH_KEY): the table names no one and a leak gives no code.
 */
@Entity('phone_code')
export class PhoneCodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'char', length: 64 })
  phoneHash: string;

  @Column({ type: 'char', length: 64 })
  codeHash: string;

  @Column({ type: 'timestamptz' })
  sentAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'int', default: 0 })
  tries: number;

  @Column({ type: 'timestamptz', nullable: true })
  consumedAt: Date | null;
}

/** A staff invitation: single use, expiring, found by the SHA-256 of the token sent. */
@Entity('invitation')
@Check('ck_invitation_role', `role IN (${inList(ROLES)})`)
@Check('ck_invitation_language', `language IN (${inList(LANGUAGES)})`)
@Check('ck_invitation_contact', `phone IS NOT NULL OR email IS NOT NULL`)
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'text' })
  displayName: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', default: 'ru' })
  language: Language;

  @Column({ type: 'char', length: 9, nullable: true })
  regionKato: string | null;

  @Column({ type: 'uuid', nullable: true })
  providerId: string | null;

  @Column({ type: 'uuid', nullable: true })
  driverId: string | null;

  @Column({ type: 'uuid', nullable: true })
  invitedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** When the link last went out: the first sending, or the last resend (which voids the earlier link). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  sentAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  /** Withdrawn by whoever manages the role: the link no longer opens anything. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;
}
