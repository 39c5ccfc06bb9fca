/**
 * What `npm run demo` sets when the environment does not: the platform wired to the simulators
 * (SMS gateway, Social Services Portal, procurement, eGov identity provider). Explicit
 * environment values win.
 *
 * No developer switch: the riders' /signin of the demo is the one people get, so the box for
 * pasting an `npm run token` token stays off (AUTH_DEVELOPER_TOKEN_SIGNIN; tester t23 read "For
 * scripts and tests" on it). The simulated city signs its own tokens and needs no page; a script
 * that wants the box starts the demo with AUTH_DEVELOPER_TOKEN_SIGNIN=true, the browser tests set
 * it on their own stack.
 */
export function demoEnvironment(simUrl: string, egovPort: string): Record<string, string> {
  return {
    PORTAL_URL: `${simUrl}/portal`,
    PROCUREMENT_URL: `${simUrl}/procurement`,
    SMS_GATEWAY_URL: `${simUrl}/sms`,
    EGOV_ISSUER_URL: `http://127.0.0.1:${egovPort}`,
  };
}
