import { ApiError, call, client } from './api/client';
import { CSRF_HEADER, signIn, type TokenAnswer } from './auth';
import { LANGUAGES, setLanguage, type Language } from './i18n';

/**
 * The identity calls of the sign-in pages (issue 19): phone code, password + TOTP, invitations.
 * Every answer that opens a session goes to `signIn.accept` (access token in memory; the API
 * set the refresh cookie). They carry the CSRF header too, so the cookie they set can only be
 * set for this page.
 */
export type MfaAnswer = {
  mfa: 'TOTP_REQUIRED' | 'TOTP_ENROLMENT_REQUIRED';
  mfaToken: string;
  expiresIn: number;
};
export type TotpEnrolment = { secret: string; otpauthUrl: string; qrSvg: string };

const withCsrf = { headers: CSRF_HEADER, credentials: 'same-origin' as const };

/**
 * A sign-in that opened a session: the pages from now on speak the account's language (chosen
 * on /profile), the one the person's messages are written in too (issue 18, walk F15c: a kk
 * account signed in on a Russian phone stayed in Russian).
 */
function opened(answer: TokenAnswer & { user?: { language?: string } }): void {
  const session = signIn.accept(answer);
  const lang = answer.user?.language;
  // Riders and guardians: the people the messages go to (staff keep the page they chose).
  const rider = session.principal.role === 'BENEFICIARY' || session.principal.role === 'GUARDIAN';
  if (rider && lang && (LANGUAGES as readonly string[]).includes(lang)) void setLanguage(lang as Language);
}

export async function sendPhoneCode(phone: string): Promise<{ expiresIn: number; resendAfter: number }> {
  return call(client.POST('/auth/phone/code', { body: { phone }, ...withCsrf }));
}

export async function verifyPhoneCode(phone: string, code: string): Promise<void> {
  const answer = await call(client.POST('/auth/phone/verify', { body: { phone, code }, ...withCsrf }));
  opened(answer as TokenAnswer);
}

/** Password step: signed in, or the TOTP step to show. */
export async function signInWithPassword(login: string, password: string): Promise<MfaAnswer | null> {
  const answer = (await call(client.POST('/auth/password', { body: { login, password }, ...withCsrf }))) as
    TokenAnswer | MfaAnswer;
  if ('accessToken' in answer) {
    opened(answer);
    return null;
  }
  return answer;
}

export async function startTotpEnrolment(mfaToken?: string): Promise<TotpEnrolment> {
  return call(client.POST('/auth/totp/enrol', { body: mfaToken ? { mfaToken } : {}, ...withCsrf }));
}

/** With an mfaToken: finishes signing in; without: turns TOTP on for the signed-in account. */
export async function verifyTotp(code: string, mfaToken?: string): Promise<void> {
  const answer = await call(
    client.POST('/auth/totp/verify', { body: mfaToken ? { mfaToken, code } : { code }, ...withCsrf }),
  );
  if (mfaToken) opened(answer as TokenAnswer);
}

/** Moves focus to an element once React has rendered it. */
export function focusId(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** A code as typed or pasted: digits only (spaces, dashes and dots a phone or an app adds are dropped). */
export function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

/** The refusal of a sign-in step as words for the person (the API answers in their language). */
export function messageOf(e: unknown, network: string): string {
  if (e instanceof ApiError) return e.status === 0 ? network : e.message;
  return network;
}

/**
 * Where a refusal goes on a form and what it says: a 400's first named field (the API names the
 * field and says its rule: "Phone number as +7 7XX XXX XX XX", "At least 10 characters"), as the
 * form's own field (`ids` maps the API's name when the form calls it otherwise); any other
 * refusal at `fallback` with its message.
 */
export function refusalAt(
  e: unknown,
  network: string,
  fallback: string,
  ids: Record<string, string> = {},
): { field: string; text: string } {
  if (e instanceof ApiError && e.status === 400) {
    const f = e.fields.find((x) => x.field && x.message);
    if (f) return { field: ids[f.field] ?? f.field, text: f.message };
  }
  return { field: fallback, text: messageOf(e, network) };
}

/** The sign-in methods the server offers beyond the usual ones (the developer token box: demo and tests only). */
export async function signInMethods(signal?: AbortSignal): Promise<{ developerTokenSignIn: boolean }> {
  return call(client.GET('/auth/methods', { signal }));
}
