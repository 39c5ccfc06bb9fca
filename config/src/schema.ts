// The one place that names every configuration variable: its type, default and meaning.
// Nothing else reads process.env (STYLE.md, practice 7). The README's configuration table is
// printed from this list by `npm run config:doc`.

export type VariableKind = 'string' | 'int' | 'number' | 'url' | 'secret' | 'list' | 'enum' | 'bool';

export interface Variable {
  kind: VariableKind;
  description: string;
  /** Absent = required. Secrets never have a default: the demo generates them at first start. */
  default?: string;
  values?: readonly string[];
  min?: number;
  max?: number;
  /** Minimum length in characters (secrets). */
  minLength?: number;
}

export const CONFIG_SCHEMA = {
  NODE_ENV: {
    kind: 'enum',
    values: ['development', 'test', 'production'],
    default: 'development',
    description: 'Runtime mode.',
  },
  TEST_CLOCK_OFFSET_MS: {
    kind: 'int',
    min: -2678400000,
    max: 2678400000,
    default: '0',
    description:
      'Tests only (NODE_ENV=test): every rule reads "now" as the system time moved by this much, so a suite runs at a pinned local time of day (test/support sets it). Refused in any other mode.',
  },
  DEMO_SIMULATION: {
    kind: 'enum',
    values: ['on', 'off'],
    default: 'on',
    description:
      '`npm run demo` only: "on" runs the simulated city (riders book, drivers follow their routes, issue 22); "off" gives a quiet stack.',
  },
  DEMO_HISTORY_DAYS: {
    kind: 'int',
    min: 0,
    max: 62,
    default: '30',
    description:
      '`npm run demo` with the simulation on: how many past days of operation the first start plays through the platform (issue 22); a day that already has rides is not played again. 0: none.',
  },
  DEMO_CLOCK_OFFSET_MS: {
    kind: 'int',
    min: -2678400000,
    max: 2678400000,
    default: '0',
    description:
      'Demo only (NODE_ENV=development; `npm run demo` sets it): every rule reads "now" as the system time moved by this much, so the simulated city keeps its busy working day at any hour in Kazakhstan. Refused in production.',
  },
  DEMO_SPEED: {
    kind: 'number',
    min: 1,
    max: 60,
    default: '1',
    description:
      "Demo only (NODE_ENV=development): the rules' clock runs this many times as fast as the system's from DEMO_CLOCK_EPOCH_MS on, and the simulated city with it (timers of queues and sweeps stay real). Refused in production.",
  },
  DEMO_CLOCK_EPOCH_MS: {
    kind: 'int',
    min: 0,
    default: '0',
    description:
      'Demo only: the real instant (ms since 1970) from which DEMO_SPEED applies; `npm run demo` gives every process the same one.',
  },
  LOG_LEVEL: {
    kind: 'enum',
    values: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
    default: 'info',
    description: 'pino log level.',
  },
  DATABASE_URL: {
    kind: 'url',
    default: 'postgres://postgres@127.0.0.1:5432/invataxi',
    description: 'PostgreSQL connection URL (the source of truth).',
  },
  DATABASE_POOL_SIZE: {
    kind: 'int',
    min: 1,
    max: 200,
    default: '20',
    description: 'Connections per process.',
  },
  REDIS_URL: {
    kind: 'url',
    default: 'redis://127.0.0.1:6379',
    description: 'Redis for BullMQ (carries work only; may lose everything).',
  },
  QUEUE_PREFIX: {
    kind: 'string',
    default: 'invataxi',
    description: 'BullMQ key prefix; tests use one per file.',
  },
  API_HOST: {
    kind: 'string',
    default: '127.0.0.1',
    description: 'Address the API listens on.',
  },
  API_PORT: {
    kind: 'int',
    min: 0,
    max: 65535,
    default: '3000',
    description: 'Port of the API.',
  },
  API_WORKERS: {
    kind: 'int',
    min: 1,
    max: 64,
    default: '1',
    description:
      'API processes sharing the port (node:cluster); the API is one thread each, so a host with N cores for it runs N. Each has its own DATABASE_POOL_SIZE connections.',
  },
  API_BODY_LIMIT_BYTES: {
    kind: 'int',
    min: 1024,
    max: 10485760,
    default: '262144',
    description: 'Largest request body accepted.',
  },
  RATE_LIMIT_WINDOW_SECONDS: {
    kind: 'int',
    min: 1,
    max: 3600,
    default: '60',
    description:
      'Length of the fixed window the RATE_LIMIT_* limits count in (a counter per caller and endpoint in Redis).',
  },
  RATE_LIMIT_BOOKINGS_PER_WINDOW: {
    kind: 'int',
    min: 1,
    max: 1000000,
    default: '60',
    description:
      'Requests per window one user (token subject) may make to each booking write (POST /bookings, POST /bookings/:id/cancel); then 429 with Retry-After. Load tools that book through one token set it higher.',
  },
  RATE_LIMIT_LOOKUP_PER_WINDOW: {
    kind: 'int',
    min: 1,
    max: 1000000,
    default: '30',
    description:
      'Requests per window one user may make to POST /beneficiaries/lookup (finding a person by IIN: throttled so it cannot be used as an IIN oracle).',
  },
  RATE_LIMIT_PORTAL_PER_WINDOW: {
    kind: 'int',
    min: 1,
    max: 1000000,
    default: '3000',
    description: 'Requests per window one Portal client key id may make to each signed Portal endpoint.',
  },
  PUBLIC_BASE_URL: {
    kind: 'url',
    default: 'http://127.0.0.1:3000',
    description: 'Base URL printed in links and used by simulators for callbacks.',
  },
  JWT_SECRET: {
    kind: 'secret',
    minLength: 32,
    description:
      "HMAC key of the bearer tokens `npm run token` prints (HS256: scripts and tests) and of the sign-in's second-factor step. The sign-in's access tokens are ES256 under rotating keys of their own.",
  },
  JWT_ISSUER: {
    kind: 'string',
    default: 'invataxi',
    description: 'Issuer claim of tokens.',
  },
  JWT_TTL_SECONDS: {
    kind: 'int',
    min: 60,
    max: 31536000,
    default: '43200',
    description: 'Lifetime of tokens printed by `npm run token`.',
  },
  DATA_ENCRYPTION_KEY: {
    kind: 'secret',
    minLength: 44,
    description: 'AES-256-GCM key for personal data at rest, base64 of 32 bytes.',
  },
  DATA_ENCRYPTION_KEY_ID: {
    kind: 'string',
    default: 'k1',
    description: 'Id stored beside each ciphertext, for key rotation.',
  },
  DATA_HASH_KEY: {
    kind: 'secret',
    minLength: 32,
    description: 'HMAC key for look-up hashes of IINs.',
  },
  EGOV_ISSUER_URL: {
    kind: 'string',
    default: '',
    description:
      '"Sign in with eGov": the OpenID Connect issuer of the state identity provider (its /.well-known/openid-configuration is read at the first sign-in; the demo and the tests use the stand-in of apps/simulators). Empty = the eGov button says the service is not available.',
  },
  EGOV_CLIENT_ID: {
    kind: 'string',
    default: 'invataxi',
    description: 'Our client id at the eGov identity provider.',
  },
  EGOV_CLIENT_SECRET: {
    kind: 'secret',
    default: '',
    description:
      'Our client secret at the eGov identity provider (client_secret_basic at its token endpoint). Needed when EGOV_ISSUER_URL is set.',
  },
  EGOV_REDIRECT_URL: {
    kind: 'string',
    default: '',
    description:
      'The callback URL registered with the eGov identity provider; empty = PUBLIC_BASE_URL + /auth/egov/callback.',
  },
  EGOV_SCOPE: {
    kind: 'string',
    default: 'openid profile iin',
    description: 'Scopes asked of the eGov identity provider (openid first).',
  },
  EGOV_IIN_CLAIM: {
    kind: 'string',
    default: 'iin',
    description:
      "Name of the ID token's claim that holds the person's IIN; matched to the register through the IIN's keyed hash (DATA_HASH_KEY).",
  },
  EGOV_LOGIN_TTL_SECONDS: {
    kind: 'int',
    min: 60,
    max: 3600,
    default: '600',
    description:
      'How long a started eGov sign-in may take (its state, nonce and PKCE verifier are kept server side in Redis this long, used once).',
  },
  DISPATCHER_QUEUES: {
    kind: 'list',
    default: 'outbox,dispatch,plan,procurement,portal-sync,notifications,maintenance,whatif',
    description: 'Queues this dispatcher process consumes.',
  },
  DISPATCHER_CONCURRENCY: {
    kind: 'int',
    min: 1,
    max: 64,
    default: '4',
    description: 'Jobs a worker runs at once per queue.',
  },
  OUTBOX_RELAY_INTERVAL_MS: {
    kind: 'int',
    min: 10,
    max: 60000,
    default: '200',
    description: 'How often the relay polls the outbox.',
  },
  OUTBOX_BATCH_SIZE: {
    kind: 'int',
    min: 1,
    max: 10000,
    default: '200',
    description: 'Outbox rows claimed per relay pass.',
  },
  OPERATIONS_ROLLUP_INTERVAL_MS: {
    kind: 'int',
    min: 1000,
    max: 86400000,
    default: '600000',
    description:
      'How often the dispatcher rolls up the closed days of the operations figures whose rides changed (reports read today live).',
  },
  SWEEPER_INTERVAL_MS: {
    kind: 'int',
    min: 1000,
    max: 3600000,
    default: '30000',
    description: 'How often the sweeper looks for stuck work.',
  },
  IDEMPOTENCY_KEY_RETENTION_HOURS: {
    kind: 'int',
    min: 1,
    max: 720,
    default: '24',
    description:
      'An Idempotency-Key and its recorded answer are kept this long (a retry within it gets the same answer); the sweeper then deletes them.',
  },
  SWEEPER_STALE_AFTER_MS: {
    kind: 'int',
    min: 1000,
    max: 86400000,
    default: '60000',
    description: 'A booking untouched this long in a non-final, undecided state is re-enqueued.',
  },
  TRAVEL_DETOUR_FACTOR: {
    kind: 'number',
    min: 1,
    max: 3,
    default: '1.3',
    description: 'Road distance / great-circle distance.',
  },
  TRAVEL_SPEED_KMH_BY_HOUR: {
    kind: 'list',
    default: '35,35,35,35,35,33,28,22,20,24,27,27,26,26,26,25,23,20,20,24,28,32,34,35',
    description: '24 average speeds (km/h) by local hour.',
  },
  SERIES_HORIZON_DAYS: {
    kind: 'int',
    min: 1,
    max: 60,
    default: '7',
    description: 'Recurring series: occurrences are materialised as bookings this many days ahead.',
  },
  OSRM_URL: {
    kind: 'string',
    default: '',
    description: 'OSRM base URL; empty = great-circle travel times.',
  },
  PLAN_TIME_LIMIT_MS: {
    kind: 'int',
    min: 100,
    max: 600000,
    default: '30000',
    description: "Time budget of one region's evening re-plan (improvement search).",
  },
  PLAN_REGION_WAIT_SECONDS: {
    kind: 'int',
    min: 1,
    max: 3600,
    default: '15',
    description:
      'A re-plan whose region is being re-planned by another process (one at a time per region) tries again after this long; its plan_run says which run it waits for.',
  },
  PLAN_EVENING_CRON: {
    kind: 'string',
    default: '0 15 * * *',
    description:
      'When the evening re-plan of tomorrow starts (cron in UTC: 15:00 UTC is 20:00 in Kazakhstan, UTC+5 since 1 March 2024; older tz databases still put Asia/Almaty at UTC+6).',
  },
  PORTAL_URL: {
    kind: 'string',
    default: '',
    description:
      'Base URL of the Social Services Portal (the simulator in the demo and tests); empty = not configured: status and act jobs fail into dead letters, eligibility look-ups answer "unavailable".',
  },
  PORTAL_CLIENT_KEYS: {
    kind: 'list',
    default: '',
    description:
      'Signing keys of the Portal, as keyId:secret pairs (secret 32+ characters; two pairs while a key rotates). Inbound requests must be signed with one of them; empty = every signed request is refused.',
  },
  PORTAL_CLIENT_ID: {
    kind: 'string',
    default: 'portal',
    description: 'Key id in PORTAL_CLIENT_KEYS whose secret also signs our calls to the Portal.',
  },
  PORTAL_TIMEOUT_MS: {
    kind: 'int',
    min: 100,
    max: 60000,
    default: '5000',
    description: 'Timeout of one HTTP call to the Portal.',
  },
  PORTAL_MAX_CLOCK_SKEW_SECONDS: {
    kind: 'int',
    min: 1,
    max: 300,
    default: '300',
    description:
      'A signed request whose timestamp is further than this from our clock is refused (replay window).',
  },
  PORTAL_ELIGIBILITY_TTL_SECONDS: {
    kind: 'int',
    min: 0,
    max: 2592000,
    default: '86400',
    description: 'How long an eligibility answer of the Portal is trusted before it is asked again.',
  },
  PORTAL_NO_RECORD_TTL_SECONDS: {
    kind: 'int',
    min: 0,
    max: 86400,
    default: '300',
    description:
      'How long the Portal\'s "no record of this person" is trusted before it is asked again (kept short: a person registered today may reach the Portal\'s register within minutes). Registering or editing a person asks again at once.',
  },
  BILLING_ACT_SIGNING_KEY: {
    kind: 'secret',
    default: '',
    description:
      "The akimat's private key (PKCS#8 or RSA PEM, or that PEM in base64 on one line) that signs billing acts at approval: a detached CMS signature the Portal verifies with BILLING_ACT_SIGNING_CERT. Our own key, never the Portal's HMAC secret. Empty (with an empty certificate) = acts are issued unsigned and say so (signature null); the demo generates a self-signed pair.",
  },
  BILLING_ACT_SIGNING_CERT: {
    kind: 'string',
    default: '',
    description:
      'The X.509 certificate (PEM, or PEM in base64 on one line) of BILLING_ACT_SIGNING_KEY, handed to the Portal and sent with every act. Set both or neither; the API refuses to start when they do not match.',
  },
  PROCUREMENT_URL: {
    kind: 'string',
    default: '',
    description:
      'Base URL of the public procurement system (the simulator in the demo and tests, e.g. http://127.0.0.1:3100/procurement); empty = not configured: submissions wait in SUBMITTED and fail into dead letters with an alert.',
  },
  PROCUREMENT_SECRET: {
    kind: 'secret',
    default: '',
    description:
      'HMAC key (32+ characters) that signs our calls to the procurement system and verifies its callbacks; the demo generates it (scripts/demo-secrets.ts). Empty = not configured: nothing is sent and every callback is refused.',
  },
  PROCUREMENT_TIMEOUT_MS: {
    kind: 'int',
    min: 100,
    max: 60000,
    default: '5000',
    description:
      'Timeout of one HTTP call to the procurement system (a few quick retries follow, then the job backs off).',
  },
  PROCUREMENT_POLL_INTERVAL_MS: {
    kind: 'int',
    min: 1000,
    max: 86400000,
    default: '300000',
    description: 'How often published lots are asked for their outcome (callbacks only make it sooner).',
  },
  PROCUREMENT_ESCALATION_DAYS: {
    kind: 'int',
    min: 1,
    max: 365,
    default: '5',
    description:
      'A procurement request left in DRAFT or SUBMITTED longer than this raises an alert to the LEB officer.',
  },
  PROCUREMENT_ONBOARDING_DAYS: {
    kind: 'int',
    min: 0,
    max: 120,
    default: '7',
    description:
      'Days from an award until the supplier is expected to run (fleet and shifts added): part of the expected service date the rider is told. (unverified estimate)',
  },
  PROCUREMENT_ONBOARDING_STALL_DAYS: {
    kind: 'int',
    min: 1,
    max: 60,
    default: '3',
    description:
      "An awarded supplier with no progress this many days at its step (invitation not accepted, no vehicle, no shift) raises an alert to the region's LEB officers. (a choice)",
  },
  PROCUREMENT_DEFAULT_TARIFF_PER_TRIP: {
    kind: 'int',
    min: 0,
    max: 1000000,
    default: '2000',
    description:
      "Tenge per trip for budget estimates when the region has no provider contract (else the median of the region's contracts). (unverified placeholder: akimats approve tariffs yearly)",
  },
  PROCUREMENT_DEFAULT_TARIFF_PER_KM: {
    kind: 'int',
    min: 0,
    max: 100000,
    default: '150',
    description:
      "Tenge per km for budget estimates when the region has no provider contract (else the median of the region's contracts). (unverified placeholder)",
  },
  SMS_GATEWAY_URL: {
    kind: 'string',
    default: '',
    description:
      'SMS gateway base URL (messages are posted to <url>/messages); empty = SMS disabled, riders are told in the app only.',
  },
  SMS_API_KEY: {
    kind: 'secret',
    default: '',
    description:
      'API key of the SMS gateway account. Needed only when SMS_GATEWAY_URL is set: the notifications module refuses to start without it then.',
  },
  SMS_SENDER: {
    kind: 'string',
    default: 'INVATAXI',
    description: 'Sender name registered with the SMS gateway (alphanumeric, up to 11 characters).',
  },
  SMS_CALLBACK_SECRET: {
    kind: 'secret',
    default: '',
    description:
      'Shared secret the SMS gateway signs delivery reports with (HMAC-SHA256). Needed only when SMS_GATEWAY_URL is set; empty = every report is refused.',
  },
  SMS_TIMEOUT_MS: {
    kind: 'int',
    min: 500,
    max: 60000,
    default: '5000',
    description:
      'How long one request to the SMS gateway may take before it counts as failed (and is retried).',
  },
  GEOCODER_URL: {
    kind: 'string',
    default: '',
    description:
      'Address search service (issue 23): the base URL of a Photon- or Nominatim-compatible geocoder, e.g. a self-hosted Photon with the Kazakhstan OpenStreetMap extract. Empty = the embedded street gazetteer answers alone (it also answers whenever the geocoder fails or finds nothing).',
  },
  GEOCODER_API: {
    kind: 'enum',
    values: ['photon', 'nominatim'],
    default: 'photon',
    description: "Which API GEOCODER_URL speaks: Photon's /api or Nominatim's /search (format=jsonv2).",
  },
  GEOCODER_TIMEOUT_MS: {
    kind: 'int',
    min: 200,
    max: 10000,
    default: '1500',
    description:
      'How long an address search waits for the geocoder before the embedded gazetteer answers instead (a person is typing).',
  },
  NOTIFY_QUIET_HOURS: {
    kind: 'string',
    default: '22:00-08:00',
    description:
      'Local (UTC+5) hours when non-urgent SMS wait until the end, "HH:MM-HH:MM"; empty = none. Urgent ones (vehicle arriving, driver arrived, operator cancellation) always go.',
  },
  NOTIFY_REMINDER_LOCAL_TIME: {
    kind: 'string',
    default: '18:00',
    description:
      'Local time (UTC+5, "HH:MM") of the evening-before reminders for the next day\'s scheduled rides.',
  },
  NOTIFY_ARRIVAL_MINUTES: {
    kind: 'int',
    min: 1,
    max: 120,
    default: '10',
    description: 'The "vehicle about to arrive" message goes this many minutes before the expected pickup.',
  },
  DRIVER_STATUS_SHIFT_LEAD_MINUTES: {
    kind: 'int',
    min: 0,
    max: 240,
    default: '30',
    description:
      "A driver's statuses are taken from this many minutes before the shift starts (earlier: refused, SHIFT_NOT_STARTED).",
  },
  DRIVER_STATUS_SHIFT_OVERRUN_MINUTES: {
    kind: 'int',
    min: 0,
    max: 720,
    default: '120',
    description: 'A ride may still be started (EN_ROUTE) until this many minutes after its shift ends.',
  },
  DRIVER_STATUS_ARRIVAL_LEAD_MINUTES: {
    kind: 'int',
    min: 0,
    max: 720,
    default: '60',
    description:
      'ARRIVED is refused earlier than this many minutes before the pickup window opens; EN_ROUTE earlier than that less the drive to the pickup from the stop before it.',
  },
  DRIVER_STATUS_LATE_FLAG_MINUTES: {
    kind: 'int',
    min: 0,
    max: 720,
    default: '60',
    description:
      'EN_ROUTE or ARRIVED more than this many minutes after the pickup window closed is taken but flagged for the dispatcher (billed once confirmed).',
  },
  DRIVER_STATUS_EARLY_FLAG_MINUTES: {
    kind: 'int',
    min: 0,
    max: 720,
    default: '15',
    description:
      'ARRIVED or ON_BOARD more than this many minutes before the pickup window opens is taken but flagged for the dispatcher (billed once confirmed; the rider is told the vehicle is there only then).',
  },
  DRIVER_STATUS_ARRIVAL_DISTANCE_METRES: {
    kind: 'int',
    min: 100,
    max: 50000,
    default: '1000',
    description:
      "ARRIVED while the vehicle's last position (under 10 minutes old) is farther than this from the pickup is taken but flagged for the dispatcher.",
  },
  DRIVER_STATUS_MIN_RIDE_PERCENT: {
    kind: 'int',
    min: 0,
    max: 100,
    default: '50',
    description:
      "COMPLETED is refused before boarding plus this share (percent) of the ride's direct travel time.",
  },
  AUTH_ACCESS_TTL_SECONDS: {
    kind: 'int',
    min: 30,
    max: 600,
    default: '600',
    description:
      'Lifetime of the access tokens the sign-in issues (ES256, at most 10 minutes): also how long a disabled user, a removed role or a signed-out session may still be served.',
  },
  AUTH_REFRESH_TTL_SECONDS: {
    kind: 'int',
    min: 300,
    max: 7776000,
    default: '1209600',
    description: 'Lifetime of a refresh token (each use replaces it): a session left unused this long ends.',
  },
  AUTH_SESSION_MAX_SECONDS: {
    kind: 'int',
    min: 600,
    max: 31536000,
    default: '2592000',
    description: 'Absolute lifetime of a sign-in session, however often it is refreshed.',
  },
  AUTH_KEY_ROTATION_HOURS: {
    kind: 'int',
    min: 1,
    max: 8760,
    default: '24',
    description:
      'How long one key signs access tokens; the next key is published at /.well-known/jwks.json 10 minutes before it takes over, the old one stays published until its tokens have expired.',
  },
  AUTH_ADDRESS_LIMIT: {
    kind: 'int',
    min: 1,
    max: 1000000,
    default: '30',
    description:
      'Sign-in requests one client address may make to each sign-in step (phone code, code check, password, TOTP, invitation) per 10 minutes; then 429 with Retry-After. A password, TOTP code or code check that turns out right is given back. Per-account limits are fixed (apps/api/src/identity/abuse-limiter.ts).',
  },
  AUTH_DEVELOPER_TOKEN_SIGNIN: {
    kind: 'bool',
    default: 'false',
    description:
      "Shows the /signin page's box for pasting an `npm run token` token, for scripts and the browser tests (they set it). Off in the demo, whose /signin is the one people get: `AUTH_DEVELOPER_TOKEN_SIGNIN=true npm run demo` for a script. Refused with NODE_ENV=production: people sign in with a phone code, eGov or a password.",
  },
  MAP_STYLE_URL: {
    kind: 'string',
    default: '',
    description:
      "The web app's map: a MapLibre style JSON (absolute http(s) URL; https with NODE_ENV=production), e.g. the akimat's own OpenMapTiles (tileserver-gl) or Protomaps style. The api hands it to the pages (GET /app-config) and lets the browser load it (the Content-Security-Policy's connect-src gets its origin). Empty = no map: the board and the rider's ride show a schematic plot of the same points.",
  },
  MAP_TILE_ORIGINS: {
    kind: 'list',
    default: '',
    description:
      "Other origins the map style loads tiles, glyphs or sprites from (comma-separated, e.g. https://tiles.example.kz), when they are not the style's own; added to the Content-Security-Policy's connect-src. Only with MAP_STYLE_URL.",
  },
  AUTH_INVITATION_TTL_HOURS: {
    kind: 'int',
    min: 1,
    max: 720,
    default: '72',
    description: 'How long a staff invitation can be accepted.',
  },
} as const satisfies Record<string, Variable>;

export type ConfigKey = keyof typeof CONFIG_SCHEMA;
