/**
 * Paths of the API this app calls, in one place. Those marked PENDING are not served by the API
 * yet (issues 5, 7, 8): the pages call them and show "not available yet" on a 404, never
 * invented data.
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
  // issue 5 (dispatch console, driver API, SSE)
  bookingEvents: (id: string) => `/bookings/${id}/events`,
  board: '/dispatch/board',
  boardEvents: '/dispatch/board/events',
  feasibility: '/dispatch/feasibility',
  assign: '/dispatch/assign',
  unassign: '/dispatch/unassign',
  plans: '/dispatch/plans',
  plan: (id: string) => `/dispatch/plans/${id}`,
  manifest: '/driver/manifest',
  stopStatus: (bookingId: string) => `/driver/bookings/${bookingId}/status`,
  // issue 7 (procurement) and reports
  demand: '/procurement/demand',
  procurements: '/procurement/requests',
  procurementAction: (id: string, action: string) => `/procurement/requests/${id}/${action}`,
  reports: '/reports',
} as const;
