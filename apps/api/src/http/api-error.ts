/**
 * The one shape of every error response. `code` is stable and machine-readable (a domain code,
 * a refusal's reason such as STALE_TIMESTAMP, or one derived from the status); `message` is for
 * people, in the caller's language where we have it. `errors` lists the fields and reasons of a 4xx.
 */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  error: string;
  message: string;
  requestId: string;
  errors?: { field: string; reason: string; code?: string }[];
  reasons?: { code: string; field?: string; message: string }[];
  /**
   * What the refused request would do now, when the refusal asks to look again before confirming
   * (OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE: an AssignPreview).
   */
  preview?: { [key: string]: unknown };
  /**
   * The ride a driver's refused change was about, when it has left the driver (RIDE_CANCELLED,
   * RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE): the rider's first name, as on the
   * manifest, and when it was cancelled (null when it was moved, not cancelled).
   */
  ride?: { riderFirstName: string; cancelledAt: string | null };
  /**
   * Seconds after which the same request may succeed (the Retry-After header's value), e.g. a
   * no-show reported before the waiting time is over.
   */
  retryAfterSeconds?: number;
  /**
   * A conflict's sentence: the key of `message` in the messages' catalogue and the parameters it
   * names, for a page that says it again later in its reader's language (a driver's refused
   * change kept on the phone while the driver switches the language).
   */
  said?: { key: string; params: { [k: string]: string | number } };
}

const STATUS_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'RATE_LIMITED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

/** The code of an answer that carries no more specific one. */
export function codeOfStatus(status: number): string {
  return STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL' : 'BAD_REQUEST');
}
