/**
 * Paths of the API this app calls, in one place. A page that gets a 404 for a feature says
 * "not available yet", never shows invented data.
 */
export const EP = {
  gazetteer: '/gazetteer',
  wards: '/beneficiaries/wards',
  beneficiary: (id: string) => `/beneficiaries/${id}`,
  bookings: '/bookings',
  myBookings: '/bookings/mine',
  allowance: '/bookings/allowance',
  booking: (id: string) => `/bookings/${id}`,
  cancel: (id: string) => `/bookings/${id}/cancel`,
  policies: (region: string) => `/regions/${region}/policies`,
  policyInForce: (region: string) => `/regions/${region}/policies/in-force`,
  policyPreview: (region: string) => `/regions/${region}/policies/preview`,
  providers: '/providers',
  provider: (id: string) => `/providers/${id}`,
  providerStatus: (id: string) => `/providers/${id}/status`,
  // dispatch console, driver API, live streams (issue 5)
  bookingEvents: (id: string) => `/bookings/${id}/events`,
  board: '/dispatch/board',
  boardEvents: '/dispatch/board/events',
  assign: (bookingId: string) => `/dispatch/bookings/${bookingId}/assign`,
  reassign: (bookingId: string) => `/dispatch/bookings/${bookingId}/reassign`,
  unassign: (bookingId: string) => `/dispatch/bookings/${bookingId}/unassign`,
  plans: '/dispatch/plan',
  plan: (id: string) => `/dispatch/plan/${id}`,
  manifest: '/driver/manifest',
  stopStatus: (bookingId: string) => `/driver/bookings/${bookingId}/status`,
  // procurement (issue 7)
  unmetDemand: '/procurement/reports/unmet-demand',
  procurements: '/procurement/requests',
  procurementAction: (id: string, action: string) => `/procurement/requests/${id}/${action}`,
} as const;
