/**
 * Who reads an in-app message: the rider (by beneficiary) or a guardian (by user). The key names
 * the Redis pub/sub channel the API's stream listens on, under the deployment's prefix.
 */
export type InAppRecipient = { kind: 'rider'; beneficiaryId: string } | { kind: 'user'; userId: string };

export function inAppChannel(prefix: string, r: InAppRecipient): string {
  return r.kind === 'rider'
    ? `${prefix}:notify:rider:${r.beneficiaryId}`
    : `${prefix}:notify:user:${r.userId}`;
}

/** What the stream sends: ids and the text the person already may read, nothing else. */
export interface InAppEvent {
  id: string;
  bookingId: string | null;
  kind: string;
  text: string;
  createdAt: string;
}
