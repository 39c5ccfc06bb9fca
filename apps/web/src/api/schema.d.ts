// Generated from the API by `npm run api:client`; do not edit.
export type paths = {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process answers. */
    get: operations['HealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: the database and Redis answer (503 naming the one that does not). */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/dead-letters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Jobs that ran out of retries, newest first.
     * @description Roles: DISPATCHER, LEB_OFFICER.
     */
    get: operations['DeadLetterController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/dead-letters/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Enqueue a dead-lettered job again.
     * @description Roles: DISPATCHER, LEB_OFFICER.
     */
    post: operations['DeadLetterController_retry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The region's providers with fleet size, wheelchair places, shifts today and trips this month.
     * @description Roles: LEB_OFFICER, DISPATCHER, MINISTRY_ANALYST.
     */
    get: operations['ProvidersController_list'];
    put?: never;
    /**
     * Register a transport provider in the caller's region.
     * @description Roles: LEB_OFFICER.
     */
    post: operations['ProvidersController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Which ACTIVE providers cover a KATO code (optionally at a time, for a need).
     * @description Roles: LEB_OFFICER, DISPATCHER.
     */
    get: operations['ProvidersController_coverage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One provider with its contracts.
     * @description Roles: LEB_OFFICER, PROVIDER_ADMIN, DISPATCHER.
     */
    get: operations['ProvidersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a provider's name, contacts or service area.
     * @description Roles: LEB_OFFICER.
     */
    patch: operations['ProvidersController_update'];
    trace?: never;
  };
  '/providers/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Suspend, reinstate or terminate; planned rides go back to dispatch.
     * @description Roles: LEB_OFFICER.
     */
    post: operations['ProvidersController_changeStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/providers/{id}/contracts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a contract of the provider (from a procurement or the local registry).
     * @description Roles: LEB_OFFICER.
     */
    post: operations['ProvidersController_addContract'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fleet/vehicles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The vehicles of a provider (the caller's, or one in the caller's region).
     * @description Roles: PROVIDER_ADMIN, DISPATCHER, LEB_OFFICER.
     */
    get: operations['FleetController_listVehicles'];
    put?: never;
    /**
     * Register a vehicle of the caller's provider.
     * @description Roles: PROVIDER_ADMIN.
     */
    post: operations['FleetController_createVehicle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fleet/vehicles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One vehicle.
     * @description Roles: PROVIDER_ADMIN, DISPATCHER, LEB_OFFICER.
     */
    get: operations['FleetController_getVehicle'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a vehicle's plate, layout or features.
     * @description Roles: PROVIDER_ADMIN.
     */
    patch: operations['FleetController_updateVehicle'];
    trace?: never;
  };
  '/fleet/vehicles/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Out of service sends the rides planned on its shifts back to dispatch.
     * @description Roles: PROVIDER_ADMIN.
     */
    post: operations['FleetController_changeVehicleStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fleet/drivers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The drivers of a provider.
     * @description Roles: PROVIDER_ADMIN, DISPATCHER, LEB_OFFICER.
     */
    get: operations['FleetController_listDrivers'];
    put?: never;
    /**
     * Register a driver of the caller's provider (and the user they sign in as).
     * @description Roles: PROVIDER_ADMIN.
     */
    post: operations['FleetController_createDriver'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fleet/drivers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One driver.
     * @description Roles: PROVIDER_ADMIN, DISPATCHER, LEB_OFFICER.
     */
    get: operations['FleetController_getDriver'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Correct a driver's record or renew the licence (number and validity).
     * @description Roles: PROVIDER_ADMIN.
     */
    patch: operations['FleetController_updateDriver'];
    trace?: never;
  };
  '/fleet/drivers/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Activate or deactivate a driver; an inactive driver's planned rides go back to dispatch.
     * @description Roles: PROVIDER_ADMIN.
     */
    post: operations['FleetController_changeDriverStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fleet/shifts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The shifts of a provider over a period (a week by default), each with the rides it carries.
     * @description Roles: PROVIDER_ADMIN, DISPATCHER, LEB_OFFICER.
     */
    get: operations['FleetController_listShifts'];
    put?: never;
    /**
     * Plan a shift: a vehicle and a driver from a start to an end time and place.
     * @description Roles: PROVIDER_ADMIN.
     */
    post: operations['FleetController_createShift'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fleet/shifts/pattern': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A repeating pattern: one shift on each chosen weekday between two dates (at most 8 weeks),
     *     all added or none.
     * @description Roles: PROVIDER_ADMIN.
     */
    post: operations['FleetController_createShiftPattern'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fleet/shifts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One shift.
     * @description Roles: PROVIDER_ADMIN, DISPATCHER, LEB_OFFICER.
     */
    get: operations['FleetController_getShift'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fleet/shifts/{id}/change': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change a planned shift's hours, vehicle or driver, under the checks of a new shift; only while
     *     it carries no ride (409 SHIFT_CARRIES_RIDES: cancel it with a reason and add another).
     * @description Roles: PROVIDER_ADMIN.
     */
    post: operations['FleetController_changeShift'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fleet/shifts/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancelling sends the rides planned on it back to dispatch.
     * @description Roles: PROVIDER_ADMIN.
     */
    post: operations['FleetController_cancelShift'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/gazetteer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Places matching a text (address, landmark, settlement) with their KATO code and coordinates.
     * @description Roles: BENEFICIARY, GUARDIAN, DISPATCHER, PROVIDER_ADMIN, LEB_OFFICER, DRIVER, MINISTRY_ANALYST.
     */
    get: operations['GazetteerController_search'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/app-config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The web app's run-time settings. */
    get: operations['AppConfigController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regions/{kato}/policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every published version of the region's service policy, newest first.
     * @description Roles: LEB_OFFICER, DISPATCHER, PROVIDER_ADMIN, MINISTRY_ANALYST.
     */
    get: operations['PoliciesController_list'];
    put?: never;
    /**
     * A new effective-dated version (never an edit of an old one).
     * @description Roles: LEB_OFFICER.
     */
    post: operations['PoliciesController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regions/{kato}/policies/in-force': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The rules that apply at a moment (default now): public facts of the service, no personal data.
     * @description Roles: LEB_OFFICER, DISPATCHER, PROVIDER_ADMIN, MINISTRY_ANALYST, BENEFICIARY, GUARDIAN, PORTAL.
     */
    get: operations['PoliciesController_inForce'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/regions/{kato}/policies/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The diff of a draft against the version in force; writes nothing.
     * @description Roles: LEB_OFFICER.
     */
    post: operations['PoliciesController_preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/beneficiaries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The region's registered people, a page at a time.
     * @description Roles: LEB_OFFICER, DISPATCHER.
     */
    get: operations['BeneficiariesController_list'];
    put?: never;
    /**
     * Register a person entitled to the service (the IIN is checked and stored encrypted).
     * @description Roles: LEB_OFFICER, DISPATCHER.
     */
    post: operations['BeneficiariesController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/beneficiaries/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * By IIN in the body, never in the URL (URLs end up in logs).
     * @description Roles: LEB_OFFICER, DISPATCHER.
     */
    post: operations['BeneficiariesController_lookup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/beneficiaries/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find a caller by part of their name or their phone number, within the caller's scope (at most 20).
     * @description Roles: LEB_OFFICER, DISPATCHER.
     */
    get: operations['BeneficiariesController_search'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/beneficiaries/wards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The people the signed-in guardian may book for.
     * @description Roles: GUARDIAN.
     */
    get: operations['BeneficiariesController_wards'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/beneficiaries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A person's profile (a rider: their own; a guardian: a ward's).
     * @description Roles: BENEFICIARY, GUARDIAN, LEB_OFFICER, DISPATCHER.
     */
    get: operations['BeneficiariesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a person's profile (mobility, contact, opt-outs); `version` guards concurrent edits.
     * @description Roles: LEB_OFFICER, DISPATCHER.
     */
    patch: operations['BeneficiariesController_update'];
    trace?: never;
  };
  '/beneficiaries/{id}/guardians': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The person's guardians (name, phone, since when), for staff whose scope covers the person.
     * @description Roles: LEB_OFFICER, DISPATCHER.
     */
    get: operations['BeneficiariesController_guardians'];
    put?: never;
    /**
     * Let a guardian book and follow rides for the person.
     * @description Roles: LEB_OFFICER.
     */
    post: operations['BeneficiariesController_linkGuardian'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/beneficiaries/{id}/guardians/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * End a guardian's link to the person.
     * @description Roles: LEB_OFFICER.
     */
    delete: operations['BeneficiariesController_unlinkGuardian'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/beneficiaries/{id}/sign-in-user': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The app_user the person signs in as (token sub); the same one on a second call.
     * @description Roles: LEB_OFFICER.
     */
    post: operations['BeneficiariesController_signInUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Rides in the caller's region or provider, filtered by day, status, region or provider.
     * @description Roles: DISPATCHER, LEB_OFFICER, PROVIDER_ADMIN.
     */
    get: operations['BookingsController_search'];
    put?: never;
    /**
     * Book a ride (or a series, or a ride with its return); refused with reasons (422) when a rule says no.
     * @description Roles: BENEFICIARY, GUARDIAN, DISPATCHER, LEB_OFFICER.
     */
    post: operations['BookingsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bookings/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The signed-in rider's (or guardian's wards') rides, newest first, a page at a time.
     * @description Roles: BENEFICIARY, GUARDIAN.
     */
    get: operations['BookingsController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bookings/allowance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * How many rides a person has left this month (or in the month given).
     * @description Roles: BENEFICIARY, GUARDIAN, DISPATCHER, LEB_OFFICER.
     */
    get: operations['BookingsController_allowance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bookings/no-show-disputes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The open no-show disputes to decide (issue 23), the oldest first, each with the rider, the
     *     evidence and the deadline: of the LEB officer's region, of the region's dispatch centre's
     *     (a provider's dispatcher is a party to the dispute: none is theirs to decide, an empty list).
     * @description Roles: LEB_OFFICER, DISPATCHER.
     */
    get: operations['BookingsController_openDisputes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bookings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One ride, if the caller may see it.
     * @description Roles: BENEFICIARY, GUARDIAN, DISPATCHER, LEB_OFFICER, PROVIDER_ADMIN, PORTAL.
     */
    get: operations['BookingsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bookings/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a ride (or it and the following ones of its series); late cancellations are marked.
     * @description Roles: BENEFICIARY, GUARDIAN, DISPATCHER, LEB_OFFICER.
     */
    post: operations['BookingsController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bookings/{id}/change': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change a ride's time or places (a ride not yet under way): it is replaced by a new ride under
     *     the same checks as a booking (422 with the reasons when one fails; nothing changes then).
     * @description Roles: BENEFICIARY, GUARDIAN, DISPATCHER, LEB_OFFICER.
     */
    post: operations['BookingsController_change'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bookings/series/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End a recurring series from a date: the rides from then on are cancelled.
     * @description Roles: BENEFICIARY, GUARDIAN, DISPATCHER, LEB_OFFICER.
     */
    post: operations['BookingsController_cancelSeries'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bookings/{id}/forgive-no-show': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Forgive a recorded no-show (it no longer counts towards a suspension), saying why (a code
     *     kept with it: noShowForgivenReason).
     * @description Roles: LEB_OFFICER.
     */
    post: operations['BookingsController_forgive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bookings/{id}/no-show-dispute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The rider (or guardian) disputes a no-show, once, in their words: until it is decided the
     *     no-show does not count towards a suspension (issue 23).
     * @description Roles: BENEFICIARY, GUARDIAN.
     */
    post: operations['BookingsController_dispute'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bookings/{id}/no-show-dispute/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The LEB officer of the person's region or the region's dispatch centre (not a provider's
     *     dispatcher) decides a disputed no-show: upheld forgives it; the suspension is recomputed.
     * @description Roles: LEB_OFFICER, DISPATCHER.
     */
    post: operations['BookingsController_decideDispute'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Procurement requests of the caller's region, by status.
     * @description Roles: LEB_OFFICER, MINISTRY_ANALYST.
     */
    get: operations['ProcurementController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/requests/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A procurement request with its history.
     * @description Roles: LEB_OFFICER, MINISTRY_ANALYST.
     */
    get: operations['ProcurementController_detail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Review a draft procurement request: its method, term and the lot's period (its trips and
     *     budget recomputed at once); `version` guards concurrent edits.
     * @description Roles: LEB_OFFICER.
     */
    patch: operations['ProcurementController_review'];
    trace?: never;
  };
  '/procurement/requests/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit a procurement request to the procurement system.
     * @description Roles: LEB_OFFICER.
     */
    post: operations['ProcurementController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/requests/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a procurement request.
     * @description Roles: LEB_OFFICER.
     */
    post: operations['ProcurementController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/requests/{id}/resubmit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * After a failed procurement: a new request with the failed one's figures and waiting rides, submitted at once.
     * @description Roles: LEB_OFFICER.
     */
    post: operations['ProcurementController_resubmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/requests/{id}/retry-award': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Apply again an award that could not be applied, once its cause is fixed (e.g. the supplier reinstated).
     * @description Roles: LEB_OFFICER.
     */
    post: operations['ProcurementController_retryAward'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/requests/{id}/sizings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A request's sizing runs, newest first: progress, result in words, the one the lot carries.
     * @description Roles: LEB_OFFICER, MINISTRY_ANALYST.
     */
    get: operations['ProcurementController_listSizings'];
    put?: never;
    /**
     * "How many vehicles do we need to serve this demand at X% served" (issue 25): sizes a DRAFT's
     *     lot on its waiting rides in the background (queue "whatif"); watch it with GET .../sizings.
     * @description Roles: LEB_OFFICER.
     */
    post: operations['ProcurementController_startSizing'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/requests/{id}/sizings/{sizingId}/attach': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The officer chooses a finished run for the lot: it replaces the one attached.
     * @description Roles: LEB_OFFICER.
     */
    post: operations['ProcurementController_attachSizing'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Procurement alerts of the caller's region or provider, unacknowledged ones by default.
     * @description Roles: LEB_OFFICER, PROVIDER_ADMIN.
     */
    get: operations['ProcurementController_listAlerts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/alerts/{id}/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Acknowledge a procurement alert.
     * @description Roles: LEB_OFFICER, PROVIDER_ADMIN.
     */
    post: operations['ProcurementController_acknowledge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/reports/unmet-demand': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Rides that waited or were refused for lack of vehicles, by region and need.
     * @description Roles: LEB_OFFICER, MINISTRY_ANALYST.
     */
    get: operations['ProcurementController_unmetDemand'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/procurement/callbacks/{lotId}/{status}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The procurement system's signed callback: lot and status in the path, empty body. */
    post: operations['ProcurementController_callback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** An order: creates or updates the beneficiary and books the ride (201), or refuses with reason codes (422). */
    post: operations['PortalInboundController_order'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/orders/{orderId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where an order stands: its booking's status, times and every status it passed through. */
    get: operations['PortalInboundController_status'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/orders/{orderId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The Portal cancels an order it sent. */
    post: operations['PortalInboundController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/billing-acts/{actId}/payment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The Portal's payment decision on a submitted billing act (the poll records the same). */
    post: operations['PortalInboundController_payment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/billing-acts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Issued acts (every version) changed at or after `since`, the oldest change first, with their signatures. */
    get: operations['PortalBillingActsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/v1/billing-acts/{actId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One issued act version with its signature, certificate and the versions of its month. */
    get: operations['PortalBillingActsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/portal/unacknowledged': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Status updates the Portal has not acknowledged yet.
     * @description Roles: LEB_OFFICER.
     */
    get: operations['PortalAdminController_unacknowledged'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/admin/portal/bookings/{id}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a ride's current status to the Portal again.
     * @description Roles: LEB_OFFICER.
     */
    post: operations['PortalAdminController_resend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/billing-acts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Billing acts by provider, region and month.
     * @description Roles: LEB_OFFICER, PROVIDER_ADMIN, MINISTRY_ANALYST.
     */
    get: operations['BillingActsController_list'];
    put?: never;
    /**
     * (Re)computes the act of a provider, region and month from the rides; a DRAFT until approved.
     * @description Roles: LEB_OFFICER.
     */
    post: operations['BillingActsController_generate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/billing-acts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One billing act with its lines.
     * @description Roles: LEB_OFFICER, PROVIDER_ADMIN, MINISTRY_ANALYST.
     */
    get: operations['BillingActsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/billing-acts/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approval submits the act to the Portal (SubmitBillingAct job).
     * @description Roles: LEB_OFFICER.
     */
    post: operations['BillingActsController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/billing-acts/{id}/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Corrects an issued act (submitted, paid or rejected): a new DRAFT version recomputed from the
     *     rides, superseding this one once approved; this one stays readable as it was issued.
     * @description Roles: LEB_OFFICER.
     */
    post: operations['BillingActsController_correct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/billing-acts/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A billing act as an XLSX or CSV file.
     * @description Roles: LEB_OFFICER, PROVIDER_ADMIN, MINISTRY_ANALYST.
     */
    get: operations['BillingActsController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Dispatcher's view: every message about a booking and how its delivery went.
     * @description Roles: DISPATCHER, LEB_OFFICER.
     */
    get: operations['NotificationsController_forBooking'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/{id}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a FAILED message again, once its cause is fixed.
     * @description Roles: DISPATCHER, LEB_OFFICER.
     */
    post: operations['NotificationsController_resend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The caller's in-app messages, newest first (rider: own; guardian: addressed to them).
     * @description Roles: BENEFICIARY, GUARDIAN.
     */
    get: operations['NotificationsController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark an in-app message read.
     * @description Roles: BENEFICIARY, GUARDIAN.
     */
    post: operations['NotificationsController_markRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Opt out of (or back into) SMS or in-app messages; whether guardians are told too.
     * @description Roles: BENEFICIARY, GUARDIAN.
     */
    put: operations['NotificationsController_preferences'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Server-sent events: each new in-app message as `event: notification`, and each change of
     *     the rider's bookings as `event: booking` (id, status, version). The lists are the truth;
     *     the stream tells the rider's page when to read them again.
     * @description Roles: BENEFICIARY, GUARDIAN.
     */
    get: operations['NotificationsController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/sms/delivery-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The SMS gateway's signed delivery report for a message. */
    post: operations['DeliveryReportController_report'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dispatch/board': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The dispatch board of a day: unassigned, waitlisted and awaiting-procurement rides, and each shift's route.
     * @description Roles: DISPATCHER, LEB_OFFICER.
     */
    get: operations['DispatchController_board'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dispatch/bookings/{id}/assign-preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * What assigning (or reassigning) a ride to a shift would do, nothing saved: what the check
     *     refuses, and every other rider it makes late or moves, with the confirmation an override needs.
     * @description Roles: DISPATCHER.
     */
    post: operations['DispatchController_previewAssign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dispatch/bookings/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Put a ride on a shift's route (the solver places its stops).
     * @description Roles: DISPATCHER.
     */
    post: operations['DispatchController_assign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dispatch/bookings/{id}/reassign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The same move for a booking already on a route: checked against the new route.
     * @description Roles: DISPATCHER.
     */
    post: operations['DispatchController_reassign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dispatch/bookings/{id}/unassign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take a ride off its shift: it goes back to the unassigned list.
     * @description Roles: DISPATCHER.
     */
    post: operations['DispatchController_unassign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dispatch/shifts/{id}/breakdown': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A vehicle broke down: its shift ends and its rides go back to dispatch.
     * @description Roles: DISPATCHER.
     */
    post: operations['DispatchController_breakdown'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dispatch/shifts/{id}/breakdown/undo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Undo a breakdown (within 15 minutes, while the shift has not ended): the vehicle is back in
     *     service, its rides still waiting go back on it where they fit, those with other vehicles stay.
     * @description Roles: DISPATCHER.
     */
    post: operations['DispatchController_undoBreakdown'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dispatch/plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The latest re-plan of a region's day (a proposal still waiting for Apply / Discard after a reload); run is null when none.
     * @description Roles: DISPATCHER, LEB_OFFICER.
     */
    get: operations['DispatchController_latestPlan'];
    put?: never;
    /**
     * Re-plan a day (runs in the background; poll the run): the result is a proposal to apply or discard.
     * @description Roles: DISPATCHER, LEB_OFFICER.
     */
    post: operations['DispatchController_startPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dispatch/plan/{runId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A planning run's state, its figures before and after, and the rides its proposal changes.
     * @description Roles: DISPATCHER, LEB_OFFICER.
     */
    get: operations['DispatchController_plan'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dispatch/plan/{runId}/apply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Apply a proposal to the routes; refused (409 PLAN_STALE) if they changed since it was computed.
     * @description Roles: DISPATCHER, LEB_OFFICER.
     */
    post: operations['DispatchController_applyPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dispatch/plan/{runId}/discard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Discard a proposal: the routes stay as they are.
     * @description Roles: DISPATCHER, LEB_OFFICER.
     */
    post: operations['DispatchController_discardPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dispatch/plan/{runId}/undo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Undo an applied re-plan; refused (409 PLAN_DRIVER_ACTED) once a driver has acted on one of its rides.
     * @description Roles: DISPATCHER, LEB_OFFICER.
     */
    post: operations['DispatchController_undoPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bookings/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Server-sent events of one ride: status changes and the vehicle's position and ETA.
     * @description Roles: BENEFICIARY, GUARDIAN, DISPATCHER, LEB_OFFICER.
     */
    get: operations['LiveController_bookingEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dispatch/board/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Server-sent events of the dispatch board: route changes in the caller's region.
     * @description Roles: DISPATCHER, LEB_OFFICER.
     */
    get: operations['LiveController_boardEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dispatch/status-flags/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm a flagged ride as served (billing counts it) or reject it (billing never counts it); audited.
     * @description Roles: DISPATCHER.
     */
    post: operations['StatusFlagsController_review'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/driver/manifest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The signed-in driver's shift today (or the first ahead): stops in order with what each rider
     *     needs; and the driver's own coming shifts of the next days, read-only.
     * @description Roles: DRIVER.
     */
    get: operations['DriverController_manifest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/driver/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Server-sent events of the driver's current and coming shifts: every change of a ride on them
     *     (a cancellation, a new stop), so the page reads its manifest again and says what changed.
     * @description Roles: DRIVER.
     */
    get: operations['DriverController_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/driver/bookings/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The driver reports a ride's progress (en route, arrived, on board, completed, no-show). With
     *     an Idempotency-Key (the driver app's offline queue sends one per tap) a resend replays the
     *     first answer: the report is taken once however often the phone sends it.
     * @description Roles: DRIVER.
     */
    post: operations['DriverController_status'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/driver/bookings/{id}/missed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The driver could not pick the rider up for a reason on the provider's side (the address
     *     could not be reached, the vehicle was late, a vehicle problem): the ride is cancelled with
     *     that reason and never counts against the rider. Only while the ride is en route or arrived.
     * @description Roles: DRIVER.
     */
    post: operations['DriverController_missed'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/driver/location': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The vehicle's position; answers the ETAs of the stops ahead.
     * @description Roles: DRIVER.
     */
    post: operations['DriverController_location'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/driver/locations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The phone's positions gathered while the shift runs, sent in one batch (each with the time
     *     it was taken: a batch queued in an underpass keeps its times). Positions of a time no open
     *     shift of the driver covers are not stored and are counted in `outsideShift`.
     * @description Roles: DRIVER.
     */
    post: operations['DriverController_locations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/methods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The sign-in methods this server offers beyond phone code, eGov and password. */
    get: operations['AuthController_methods'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/phone/code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a one-time sign-in code by SMS (the same answer whether or not the number is known). */
    post: operations['AuthController_phoneCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/phone/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with the phone and the code from the SMS. */
    post: operations['AuthController_phoneVerify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Staff sign-in with phone or e-mail and password: tokens, or the second-factor step. */
    post: operations['AuthController_password'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/totp/enrol': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a TOTP enrolment: the secret, its otpauth URL and a QR code (mfaToken, or signed in). */
    post: operations['AuthController_totpEnrol'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/totp/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The TOTP code: finishes the sign-in (mfaToken) or confirms an enrolment (signed in). */
    post: operations['AuthController_totpVerify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A new access token (and a new refresh token) for the refresh-token cookie. */
    post: operations['AuthController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/signout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out: ends this session (the cookie's, else the bearer token's) and clears the cookie. */
    post: operations['AuthController_signOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/signout-everywhere': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign out everywhere: every session of the signed-in person ends.
     * @description Roles: BENEFICIARY, GUARDIAN, PORTAL, LEB_OFFICER, PROVIDER_ADMIN, DISPATCHER, DRIVER, MINISTRY_ANALYST, ADMIN.
     */
    post: operations['AuthController_signOutEverywhere'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/.well-known/jwks.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The public keys access tokens are signed with (ES256, by kid), including the next one. */
    get: operations['JwksController_jwks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your account.
     * @description Roles: BENEFICIARY, GUARDIAN, PORTAL, LEB_OFFICER, PROVIDER_ADMIN, DISPATCHER, DRIVER, MINISTRY_ANALYST, ADMIN.
     */
    get: operations['AccountController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change your display name or language.
     * @description Roles: BENEFICIARY, GUARDIAN, PORTAL, LEB_OFFICER, PROVIDER_ADMIN, DISPATCHER, DRIVER, MINISTRY_ANALYST, ADMIN.
     */
    patch: operations['AccountController_patch'];
    trace?: never;
  };
  '/account/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your signed-in sessions (browsers and devices), most recently used first.
     * @description Roles: BENEFICIARY, GUARDIAN, PORTAL, LEB_OFFICER, PROVIDER_ADMIN, DISPATCHER, DRIVER, MINISTRY_ANALYST, ADMIN.
     */
    get: operations['AccountController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/account/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Sign one of your sessions out.
     * @description Roles: BENEFICIARY, GUARDIAN, PORTAL, LEB_OFFICER, PROVIDER_ADMIN, DISPATCHER, DRIVER, MINISTRY_ANALYST, ADMIN.
     */
    delete: operations['AccountController_end'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Invitations not accepted (pending, expired, revoked) for roles you manage, last sent first.
     * @description Roles: ADMIN, LEB_OFFICER, PROVIDER_ADMIN.
     */
    get: operations['InvitationsController_list'];
    put?: never;
    /**
     * Invite someone to a staff role within your scope; the link goes by SMS.
     * @description Roles: ADMIN, LEB_OFFICER, PROVIDER_ADMIN.
     */
    post: operations['InvitationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/invitations/options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What the invitation form offers you: regions by name, driver records without a login, your language.
     * @description Roles: ADMIN, LEB_OFFICER, PROVIDER_ADMIN.
     */
    get: operations['InvitationsController_options'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/invitations/{id}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send an invitation again: a new link (the old one opens nothing) and a new expiry.
     * @description Roles: ADMIN, LEB_OFFICER, PROVIDER_ADMIN.
     */
    post: operations['InvitationsController_resend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/invitations/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw an invitation: its link then says so.
     * @description Roles: ADMIN, LEB_OFFICER, PROVIDER_ADMIN.
     */
    post: operations['InvitationsController_revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/invitations/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What an invitation offers (the page shows it before the password is chosen). */
    get: operations['InvitationsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/invitations/{token}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation: choose the password; then sign in with it. */
    post: operations['InvitationsController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Staff accounts you manage.
     * @description Roles: ADMIN, LEB_OFFICER, PROVIDER_ADMIN.
     */
    get: operations['UsersController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Disable or re-enable an account, change or remove its role (its sessions end).
     * @description Roles: ADMIN, LEB_OFFICER, PROVIDER_ADMIN.
     */
    patch: operations['UsersController_patch'];
    trace?: never;
  };
  '/reports/operations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * On-time, misses, trips, unmet demand, productivity, ride time, accessibility and cost over a period, filtered.
     * @description Roles: LEB_OFFICER, MINISTRY_ANALYST.
     */
    get: operations['OperationsReportsController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/operations/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One operations report as an XLSX workbook, headings in the caller's language.
     * @description Roles: LEB_OFFICER, MINISTRY_ANALYST.
     */
    get: operations['OperationsReportsController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/operations/monthly': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An akimat's month as one XLSX workbook: a summary and a sheet per report.
     * @description Roles: LEB_OFFICER, MINISTRY_ANALYST.
     */
    get: operations['OperationsReportsController_monthly'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/gtfs/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The region's GTFS-Flex feed, `<region KATO code>.zip` (e.g. 710000000.zip), from its policy in force. */
    get: operations['GtfsController_feed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/whatif/scenarios': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The scenarios of the caller's scope, newest first (without their figures).
     * @description Roles: LEB_OFFICER, MINISTRY_ANALYST.
     */
    get: operations['WhatIfController_list'];
    put?: never;
    /**
     * Store a scenario and start its replay (poll it for progress and the result).
     * @description Roles: LEB_OFFICER.
     */
    post: operations['WhatIfController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/whatif/scenarios/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One or two scenarios side by side as an XLSX workbook, in the caller's language.
     * @description Roles: LEB_OFFICER, MINISTRY_ANALYST.
     */
    get: operations['WhatIfController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/whatif/scenarios/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One scenario: its inputs, progress and, once done, its figures.
     * @description Roles: LEB_OFFICER, MINISTRY_ANALYST.
     */
    get: operations['WhatIfController_get'];
    put?: never;
    post?: never;
    /**
     * Delete a scenario of the officer's region (refused while it waits or runs: 409 WHATIF_RUNNING).
     * @description Roles: LEB_OFFICER.
     */
    delete: operations['WhatIfController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/whatif/scenarios/{id}/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run a scenario whose replay failed again.
     * @description Roles: LEB_OFFICER.
     */
    post: operations['WhatIfController_rerun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
export type webhooks = Record<string, never>;
export type components = {
  schemas: {
    ProviderContactsDto: {
      phone?: string;
      /** Format: email */
      email?: string;
      address?: string;
      contactPerson?: string;
    };
    ContractTermsDto: {
      reference: string;
      tariffPerTrip: number;
      tariffPerKm: number;
      validFrom: string;
      validTo?: string;
    };
    RegisterProviderDto: {
      bin: string;
      legalName: string;
      contacts?: components['schemas']['ProviderContactsDto'];
      /** @enum {string} */
      origin: 'LOCAL_REGISTRY' | 'PROCUREMENT_CONTRACT';
      /** @description Required for a provider that came from a procurement contract. */
      contractReference?: string;
      serviceArea: string[];
      contract?: components['schemas']['ContractTermsDto'];
    };
    UpdateProviderDto: {
      legalName?: string;
      contacts?: components['schemas']['ProviderContactsDto'];
      serviceArea?: string[];
    };
    ChangeProviderStatusDto: {
      /** @enum {string} */
      status: 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';
      reason: string;
    };
    LayoutDto: {
      seats: number;
      wheelchairPlaces: number;
    };
    CreateVehicleDto: {
      /** @description "123ABC01" or "123 ABC 01"; stored compact. */
      plate: string;
      model: string;
      seats: number;
      wheelchairPlaces: number;
      /** @description Other ways the cabin can be set up, e.g. 4 seats or 2 seats + 1 wheelchair. */
      alternativeLayouts?: components['schemas']['LayoutDto'][];
      hasRamp?: boolean;
      hasLift?: boolean;
      hasRestraints?: boolean;
    };
    UpdateVehicleDto: {
      model?: string;
      seats?: number;
      wheelchairPlaces?: number;
      alternativeLayouts?: components['schemas']['LayoutDto'][];
      hasRamp?: boolean;
      hasLift?: boolean;
      hasRestraints?: boolean;
    };
    ChangeVehicleStatusDto: {
      /** @enum {string} */
      status: 'ACTIVE' | 'OUT_OF_SERVICE';
      reason?: string;
    };
    CreateDriverDto: {
      fullName: string;
      licenceNumber: string;
      /** @description The licence is valid through this day (YYYY-MM-DD): an expired licence is not put on a shift. */
      licenceValidUntil?: string;
      phone: string;
      /**
       * @description The driver app's language.
       * @enum {string}
       */
      language?: 'kk' | 'ru' | 'en';
    };
    UpdateDriverDto: {
      fullName?: string;
      licenceNumber?: string;
      licenceValidUntil?: string;
      phone?: string;
    };
    ChangeDriverStatusDto: {
      /** @enum {string} */
      status: 'ACTIVE' | 'INACTIVE';
    };
    KazakhstanPointDto: {
      lat: number;
      lon: number;
    };
    CreateShiftDto: {
      /** Format: uuid */
      vehicleId: string;
      /** Format: uuid */
      driverId: string;
      startsAt: string;
      endsAt: string;
      start: components['schemas']['KazakhstanPointDto'];
      end: components['schemas']['KazakhstanPointDto'];
      /** @description The settlement (or district) of the start point: it must lie in the provider's service area. */
      startKato: string;
    };
    CreateShiftPatternDto: {
      /** Format: uuid */
      vehicleId: string;
      /** Format: uuid */
      driverId: string;
      /** @description The first day (YYYY-MM-DD, local). */
      from: string;
      /** @description The last day, included. */
      to: string;
      /** @description ISO weekdays: 1 Monday ... 7 Sunday. */
      weekdays: number[];
      /** @description Local time HH:MM; an end at or before the start runs past midnight. */
      startTime: string;
      endTime: string;
      start: components['schemas']['KazakhstanPointDto'];
      end: components['schemas']['KazakhstanPointDto'];
      startKato: string;
    };
    ChangeShiftDto: {
      /** @description The version the caller saw (409 when it changed since). */
      version: number;
      /** Format: uuid */
      vehicleId: string;
      /** Format: uuid */
      driverId: string;
      startsAt: string;
      endsAt: string;
    };
    CancelShiftDto: {
      reason: string;
    };
    PublishPolicyDto: {
      /** @description When the version takes effect (ISO instant); now when omitted. Never in the past. */
      effectiveFrom?: string;
      rules: {
        [key: string]: unknown;
      };
    };
    PreviewPolicyDto: {
      rules: {
        [key: string]: unknown;
      };
    };
    ResidenceDto: {
      kato: string;
      address: string;
      lat: number;
      lon: number;
    };
    NeedEvidenceDto: {
      /** @enum {string} */
      need:
        | 'WHEELCHAIR_USER'
        | 'VISUAL_IMPAIRMENT'
        | 'HEARING_IMPAIRMENT'
        | 'INTELLECTUAL_IMPAIRMENT'
        | 'SEVERE_MENTAL_DISORDER'
        | 'AUTISM_SPECTRUM'
        | 'LIMITED_MOBILITY';
      validUntil?: string | null;
      document?: string;
    };
    MobilityDto: {
      /** @enum {string} */
      wheelchair: 'NONE' | 'MANUAL' | 'ELECTRIC';
      /** @description Step-free boarding: a ramp or a lift, either will do (always so for a wheelchair user). */
      stepFree?: boolean;
      /** @description The older name of `stepFree`, still read as it (a ramp or a lift, either will do). */
      needsRamp?: boolean;
      /** @description A lift specifically: the wheelchair cannot go up a ramp. */
      needsLift?: boolean;
      visual?: boolean;
      hearing?: boolean;
      intellectual?: boolean;
      guideDog?: boolean;
    };
    CreateBeneficiaryDto: {
      /** @description 12 digits; checked by the domain (date, century digit, check digit). Never logged. */
      iin: string;
      fullName: string;
      phone?: string;
      /** @enum {string} */
      language?: 'kk' | 'ru' | 'en';
      residence: components['schemas']['ResidenceDto'];
      /** @enum {string} */
      disabilityCategory:
        | 'CHILD_UNDER_7'
        | 'CHILD_GROUP_1'
        | 'CHILD_GROUP_2'
        | 'CHILD_GROUP_3'
        | 'ADULT_GROUP_1'
        | 'ADULT_GROUP_2'
        | 'ADULT_GROUP_3';
      /** @description Null or absent: set without a re-examination date. */
      disabilityValidUntil?: string | null;
      needs?: components['schemas']['NeedEvidenceDto'][];
      mobility: components['schemas']['MobilityDto'];
      companionEntitled?: boolean;
    };
    LookupBeneficiaryDto: {
      iin: string;
    };
    UpdateBeneficiaryDto: {
      /** @description The version the caller saw (optimistic lock: 409 when someone changed it first). */
      version: number;
      fullName?: string;
      phone?: string | null;
      /** @enum {string} */
      language?: 'kk' | 'ru' | 'en';
      residence?: components['schemas']['ResidenceDto'];
      /** @enum {string} */
      disabilityCategory?:
        | 'CHILD_UNDER_7'
        | 'CHILD_GROUP_1'
        | 'CHILD_GROUP_2'
        | 'CHILD_GROUP_3'
        | 'ADULT_GROUP_1'
        | 'ADULT_GROUP_2'
        | 'ADULT_GROUP_3';
      disabilityValidUntil?: string | null;
      needs?: components['schemas']['NeedEvidenceDto'][];
      mobility?: components['schemas']['MobilityDto'];
      companionEntitled?: boolean;
      smsOptOut?: boolean;
      inAppOptOut?: boolean;
      notifyGuardians?: boolean;
    };
    LinkGuardianDto: {
      /** Format: uuid */
      guardianUserId?: string;
      displayName?: string;
      phone?: string;
      /** @enum {string} */
      language?: 'kk' | 'ru' | 'en';
    };
    PlaceDto: {
      address: string;
      lat: number;
      lon: number;
      kato: string;
    };
    ReturnTripDto: {
      /** @enum {string} */
      timeAnchor: 'PICKUP' | 'DROPOFF';
      /** @description A single ride's return: the instant (ISO). */
      time?: string;
      /** @description A series' return: local time on each occurrence's date. */
      localTime?: string;
      notes?: string;
    };
    RecurrenceDto: {
      /** @description ISO weekdays, 1 = Monday ... 7 = Sunday. */
      weekdays: number[];
      localTime: string;
      fromDate: string;
      toDate: string;
    };
    CreateBookingDto: {
      /** Format: uuid */
      beneficiaryId: string;
      pickup: components['schemas']['PlaceDto'];
      dropoff: components['schemas']['PlaceDto'];
      /** @enum {string} */
      timeAnchor: 'PICKUP' | 'DROPOFF';
      /** @description "Pick me up at" / "get me there by" this instant (ISO); omitted for a series. */
      time?: string;
      /** @enum {string} */
      purpose:
        | 'MEDICAL'
        | 'HAEMODIALYSIS'
        | 'REHABILITATION'
        | 'SOCIAL_SERVICES'
        | 'EDUCATION'
        | 'WORK'
        | 'CULTURE_SPORT'
        | 'OTHER';
      companions: number;
      /** @description Needs for this ride; the person's profile when omitted. */
      mobility?: components['schemas']['MobilityDto'];
      /** @description For the driver (entrance, floor, what helps). */
      notes?: string;
      returnTrip?: components['schemas']['ReturnTripDto'];
      recurrence?: components['schemas']['RecurrenceDto'];
    };
    CancelBookingDto: {
      version: number;
      /** @enum {string} */
      scope?: 'THIS' | 'THIS_AND_FOLLOWING';
      /**
       * @description Staff only: why the ride is cancelled on the person's behalf (kept as its status reason).
       * @enum {string}
       */
      reason?: 'CANCELLED_RIDER_ASKED' | 'CANCELLED_BOOKED_IN_ERROR' | 'CANCELLED_DUPLICATE';
    };
    ChangeBookingDto: {
      version: number;
      /** @description The new time of the ride's own anchor (pick-up or arrival), an instant (ISO). */
      time?: string;
      pickup?: components['schemas']['PlaceDto'];
      dropoff?: components['schemas']['PlaceDto'];
      /**
       * @description Staff only, and required from staff: why the ride is changed on the person's behalf (kept in the audit).
       * @enum {string}
       */
      reason?:
        'CHANGED_RIDER_ASKED' | 'CHANGED_APPOINTMENT_MOVED' | 'CHANGED_BOOKED_IN_ERROR' | 'CHANGED_OTHER';
    };
    CancelSeriesDto: {
      /** @description First local date cancelled (inclusive); the series ends the day before. */
      fromDate: string;
    };
    ForgiveNoShowDto: {
      /** @enum {string} */
      reason:
        | 'NO_SHOW_VEHICLE_LATE'
        | 'NO_SHOW_RIDER_EMERGENCY'
        | 'NO_SHOW_CANCELLED_IN_TIME'
        | 'NO_SHOW_RECORDED_IN_ERROR';
    };
    DisputeNoShowDto: {
      text: string;
    };
    DecideNoShowDisputeDto: {
      /** @description true: the rider is right, the no-show is forgiven; false: it stands and counts. */
      upheld: boolean;
      /**
       * @description Required when rejected: why, as a code the rider is told in their language (SMS and app):
       *     DISPUTE_EVIDENCE_CONFIRMS, DISPUTE_NOT_AT_ADDRESS, DISPUTE_NOT_CANCELLED, DISPUTE_OTHER.
       * @enum {string}
       */
      reason?:
        'DISPUTE_EVIDENCE_CONFIRMS' | 'DISPUTE_NOT_AT_ADDRESS' | 'DISPUTE_NOT_CANCELLED' | 'DISPUTE_OTHER';
      /**
       * @description The decider's own words to the rider, shown on the ride in the app (never in an SMS);
       *     required with DISPUTE_OTHER.
       */
      note?: string;
    };
    ReviewRequestDto: {
      version: number;
      /** @enum {string} */
      method?: 'PRICE_OFFERS' | 'OPEN_TENDER' | 'SINGLE_SOURCE';
      termDays?: number;
      /**
       * @description The lot's period as the officer picks it (issue 20), local dates YYYY-MM-DD; either side may
       *     be left out (it keeps the lot's). The lot's trips and budget are recomputed over it.
       */
      lotStart?: string;
      lotEnd?: string;
    };
    SubmitRequestDto: {
      /** @description The version the officer reviewed: figures that changed since give 409. */
      version: number;
      /** @enum {string} */
      method: 'PRICE_OFFERS' | 'OPEN_TENDER' | 'SINGLE_SOURCE';
      termDays: number;
    };
    CancelRequestDto: {
      version: number;
      reason: string;
    };
    ResubmitRequestDto: {
      /** @enum {string} */
      method: 'PRICE_OFFERS' | 'OPEN_TENDER' | 'SINGLE_SOURCE';
      termDays: number;
    };
    StartSizingDto: {
      /** @description The share of the waiting rides to serve, in percent (whole, 50 to 100). */
      targetPercent: number;
    };
    AttachSizingDto: {
      /** @description The request's version the officer saw: a request changed since gives 409. */
      version: number;
    };
    PortalPlaceDto: {
      address: string;
      lat: number;
      lon: number;
      kato: string;
    };
    PortalRecipientDto: {
      /** @description Checked with the check digit in the service; never echoed in an answer. */
      iin: string;
      fullName: string;
      phone?: string | null;
      /** @enum {string} */
      language?: 'kk' | 'ru' | 'en';
      residence: components['schemas']['PortalPlaceDto'];
    };
    PortalNeedsDto: {
      /** @enum {string} */
      wheelchair: 'NONE' | 'MANUAL' | 'ELECTRIC';
      /** @description Step-free boarding: a vehicle with a ramp or with a lift serves it (either will do). */
      needsRamp: boolean;
      /** @description A lift specifically: the wheelchair cannot go up a ramp. */
      needsLift: boolean;
      visual: boolean;
      hearing: boolean;
      intellectual: boolean;
      guideDog: boolean;
    };
    PortalEligibilityDto: {
      /** @enum {string} */
      category:
        | 'CHILD_UNDER_7'
        | 'CHILD_GROUP_1'
        | 'CHILD_GROUP_2'
        | 'CHILD_GROUP_3'
        | 'ADULT_GROUP_1'
        | 'ADULT_GROUP_2'
        | 'ADULT_GROUP_3';
      validUntil: string | null;
      needs: components['schemas']['PortalNeedsDto'];
      companionEntitled: boolean;
      payerKato: string;
    };
    PortalRideDto: {
      pickup: components['schemas']['PortalPlaceDto'];
      dropoff: components['schemas']['PortalPlaceDto'];
      /** @enum {string} */
      timeAnchor: 'PICKUP' | 'DROPOFF';
      requestedTime: string;
      /** @enum {string} */
      purpose:
        | 'MEDICAL'
        | 'HAEMODIALYSIS'
        | 'REHABILITATION'
        | 'SOCIAL_SERVICES'
        | 'EDUCATION'
        | 'WORK'
        | 'CULTURE_SPORT'
        | 'OTHER';
      companions: number;
      notes?: string | null;
    };
    PortalOrderDto: {
      orderId: string;
      recipient: components['schemas']['PortalRecipientDto'];
      eligibility: components['schemas']['PortalEligibilityDto'];
      ride: components['schemas']['PortalRideDto'];
    };
    PortalOrderAnswer: {
      orderId: string;
      bookingId: string;
      status: string;
      version: number;
    };
    PortalCancelDto: {
      reason?: string;
    };
    PortalPaymentDto: {
      reference: string;
      /** @enum {string} */
      status: 'REJECTED' | 'PAID' | 'PENDING';
      reason?: string | null;
      paidAt?: string | null;
    };
    PortalPaymentAnswer: {
      actId: string;
      status: string;
    };
    GenerateBillingActDto: {
      /** Format: uuid */
      providerId: string;
      /** @description The region (KATO AB0000000) whose rides the act bills. */
      regionKato: string;
      /** @description YYYY-MM, local. */
      month: string;
    };
    ApproveBillingActDto: {
      version: number;
    };
    CorrectBillingActDto: {
      /** @description The version (optimistic lock) of the act being corrected, as read. */
      version: number;
      /** @description Why the act is corrected: kept with the new version and sent to the Portal with it. */
      reason: string;
    };
    NotificationPreferencesDto: {
      /** Format: uuid */
      beneficiaryId?: string;
      sms?: boolean;
      inApp?: boolean;
      notifyGuardians?: boolean;
    };
    DeliveryReportDto: {
      message_id: string;
      /** Format: uuid */
      client_message_id: string;
      /** @enum {string} */
      status: 'DELIVERED' | 'UNDELIVERED' | 'EXPIRED' | 'REJECTED';
      error_code?: string;
    };
    AssignPreviewDto: {
      /** Format: uuid */
      shiftId: string;
      expectedVersion: number;
    };
    OverrideDto: {
      /**
       * @description Why the dispatcher accepts what the check refuses, from the list: kept in the audit log.
       * @enum {string}
       */
      reason: 'OTHER' | 'MEDICAL_PRIORITY' | 'VEHICLE_EQUIPMENT' | 'RIDER_REQUEST' | 'DRIVER_KNOWS_ADDRESS';
      /** @description The dispatcher's own words (required for OTHER, at least 5 characters): kept in the audit log. */
      note?: string;
    };
    AssignDto: {
      /** Format: uuid */
      shiftId: string;
      expectedVersion: number;
      override?: components['schemas']['OverrideDto'];
      /**
       * @description The preview's `confirmation`, when the override makes other riders late or moves them: the
       *     dispatcher saw them and accepts it. Refused (409 OVERRIDE_PREVIEW_STALE) if the route changed.
       */
      confirm?: string;
    };
    UnassignDto: {
      expectedVersion: number;
      reason?: string;
    };
    BreakdownDto: {
      /** @enum {string} */
      kind: 'DRIVER_ABSENT' | 'BREAKDOWN';
      note?: string;
    };
    StartPlanDto: {
      regionKato: string;
      date: string;
      /** @description Let the re-plan move rides a dispatcher placed by hand and rides confirmed to drivers (kept on their vehicle by default). */
      releasePinned?: boolean;
    };
    ReviewFlagDto: {
      /**
       * @description CONFIRMED: the ride was served as the driver reported (it is billed); REJECTED: it was not (never billed).
       * @enum {string}
       */
      decision: 'REJECTED' | 'CONFIRMED';
      /** @description What the dispatcher checked (a call to the driver or the rider): kept in the audit log. */
      note?: string;
    };
    DriverStatusDto: {
      /** @enum {string} */
      status: 'EN_ROUTE' | 'ARRIVED' | 'ON_BOARD' | 'COMPLETED' | 'NO_SHOW';
      expectedVersion: number;
    };
    DriverMissedDto: {
      /** @enum {string} */
      reason: 'MISSED_ADDRESS_UNREACHABLE' | 'MISSED_VEHICLE_LATE' | 'MISSED_VEHICLE_PROBLEM';
      expectedVersion: number;
    };
    LocationDto: {
      lat: number;
      lon: number;
    };
    LocationPingDto: {
      lat: number;
      lon: number;
      at: string;
    };
    LocationBatchDto: {
      pings: components['schemas']['LocationPingDto'][];
    };
    PhoneCodeRequestDto: {
      /** @description The rider's mobile number: +7 and 10 digits (8 701 123 45 67 is read the same). */
      phone: string;
    };
    PhoneVerifyDto: {
      phone: string;
      /** @description The 6 digits of the SMS (spaces are ignored). */
      code: string;
    };
    PasswordSignInDto: {
      /** @description The staff member's phone (+7...) or e-mail. */
      login: string;
      password: string;
    };
    TotpEnrolDto: {
      /** @description The mfaToken of POST /auth/password (absent when signed in: then the Bearer token is used). */
      mfaToken?: string;
    };
    TotpVerifyDto: {
      mfaToken?: string;
      /** @description The 6 digits the authenticator app shows. */
      code: string;
    };
    AccountPatchDto: {
      displayName?: string;
      /** @enum {string} */
      language?: 'kk' | 'ru' | 'en';
    };
    InvitationCreateDto: {
      /** @enum {string} */
      role:
        | 'BENEFICIARY'
        | 'GUARDIAN'
        | 'PORTAL'
        | 'LEB_OFFICER'
        | 'PROVIDER_ADMIN'
        | 'DISPATCHER'
        | 'DRIVER'
        | 'MINISTRY_ANALYST'
        | 'ADMIN';
      /** @description How the person is called (shown in the user list and the invitation). */
      displayName: string;
      /** @description The invitation goes by SMS to this number (and it is the login)... */
      phone?: string;
      /**
       * Format: email
       * @description ... or by e-mail (then the e-mail is the login).
       */
      email?: string;
      /**
       * @description The invited person's language: the SMS, the invitation page and their account use it (default: the inviter's).
       * @enum {string}
       */
      language?: 'kk' | 'ru' | 'en';
      /** @description LEB officer or a region's dispatcher: the region (KATO). */
      regionKato?: string;
      /**
       * Format: uuid
       * @description Provider admin, a provider's dispatcher or driver: the provider.
       */
      providerId?: string;
      /**
       * Format: uuid
       * @description Driver: the driver record the account is tied to.
       */
      driverId?: string;
    };
    InvitationAcceptDto: {
      /** @description At least 10 characters; a passphrase is welcome. */
      password: string;
      displayName?: string;
      /** @enum {string} */
      language?: 'kk' | 'ru' | 'en';
    };
    UserPatchDto: {
      /** @enum {string} */
      status?: 'ACTIVE' | 'DISABLED';
      /**
       * @description A new role (within what the caller may grant), or null to remove the role.
       * @enum {string|null}
       */
      role?:
        | 'BENEFICIARY'
        | 'GUARDIAN'
        | 'PORTAL'
        | 'LEB_OFFICER'
        | 'PROVIDER_ADMIN'
        | 'DISPATCHER'
        | 'DRIVER'
        | 'MINISTRY_ANALYST'
        | 'ADMIN'
        | null;
      regionKato?: string;
      /** Format: uuid */
      providerId?: string;
    };
    WhatIfDemandDto: {
      /** @description First day, YYYY-MM-DD (a day already past). */
      from: string;
      /** @description Last day (included), YYYY-MM-DD; at most 31 days after from, before today. */
      to: string;
      /** @description 1 = as recorded; 1.2 = a fifth more requests; 0.1 to 5. */
      growth: number;
    };
    WhatIfFleetChangeDto: {
      /** @enum {string} */
      kind: 'WHEELCHAIR_VAN' | 'CAR';
      /** @description -200 to 200, not 0. */
      count: number;
      /** @description An added vehicle's shift start, HH:MM local. */
      shiftStart: string;
      /** @description Its end, HH:MM (at or before the start: past midnight). */
      shiftEnd: string;
    };
    WhatIfHoursDto: {
      from: string;
      /** @description HH:MM, after from ("24:00" for midnight). */
      to: string;
    };
    WhatIfPolicyDto: {
      serviceHours?: components['schemas']['WhatIfHoursDto'] | null;
      /** @description Minutes of notice a booking needs. */
      minLeadMinutes?: number | null;
      /** @description Width of the pickup window, minutes (5 to 120). */
      windowMinutes?: number | null;
      /** @description Longest ride as a multiple of the direct drive (1 to 4). */
      rideTimeFactor?: number | null;
    };
    CreateWhatIfScenarioDto: {
      /** @description The officer's name for it. */
      name: string;
      /** @description The region (KATO); the officer's own when absent. */
      regionKato?: string;
      demand: components['schemas']['WhatIfDemandDto'];
      fleet: components['schemas']['WhatIfFleetChangeDto'][];
      policy: components['schemas']['WhatIfPolicyDto'];
    };
    AccountView: {
      phoneMasked: string | null;
      email: string | null;
      totpRequired: boolean;
      id: string;
      displayName: string;
      /** @enum {string} */
      role:
        | 'BENEFICIARY'
        | 'GUARDIAN'
        | 'PORTAL'
        | 'LEB_OFFICER'
        | 'PROVIDER_ADMIN'
        | 'DISPATCHER'
        | 'DRIVER'
        | 'MINISTRY_ANALYST'
        | 'ADMIN';
      /** @enum {string} */
      language: 'kk' | 'ru' | 'en';
      regionKato: string | null;
      providerId: string | null;
      beneficiaryId: string | null;
      driverId: string | null;
      totpEnabled: boolean;
    };
    AffectedRider: {
      bookingId: string;
      /** @description Surname and initials. */
      riderName: string;
      purpose: string;
      /** @description Haemodialysis: a session that cannot wait. */
      dialysis: boolean;
      /** @description The ride's purpose is in the region's first priority tier. */
      priority: boolean;
      pickupAddress: string;
      dropoffAddress: string;
      /** @description The windows the rider was given. */
      pickupEarliest: string;
      pickupLatest: string;
      dropoffLatest: string;
      /** @description Null: the rider is already aboard. */
      oldPickupAt: string | null;
      newPickupAt: string | null;
      oldDropoffAt: string | null;
      newDropoffAt: string | null;
      /** @description Minutes past the window, the worse of pickup and arrival (0: moved, still within). */
      minutesLate: number;
      /** @description Minutes the pickup comes after the pickup window. */
      pickupMinutesLate: number;
      /** @description Minutes the rider arrives after the latest arrival (the dialysis session's start). */
      dropoffMinutesLate: number;
      /** @description Whether the rider will be told the new pickup time (not when already aboard). */
      willBeTold: boolean;
    };
    AlertView: {
      id: string;
      regionKato: string;
      requestId: string | null;
      providerId: string | null;
      audience: string;
      kind: string;
      text: string;
      params: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      acknowledgedAt: string | null;
    };
    Allowance: {
      beneficiaryId: string;
      month: string;
      /** @description Null: no monthly limit in this region. */
      limit: number | null;
      used: number;
      left: number | null;
      policyId: string | null;
    };
    ApiErrorBody: {
      statusCode: number;
      code: string;
      error: string;
      message: string;
      requestId: string;
      errors?: {
        field: string;
        reason: string;
        code?: string;
      }[];
      reasons?: {
        code: string;
        field?: string;
        message: string;
      }[];
      /**
       * @description What the refused request would do now, when the refusal asks to look again before confirming
       *     (OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE: an AssignPreview).
       */
      preview?: {
        [key: string]: unknown;
      };
      /**
       * @description The ride a driver's refused change was about, when it has left the driver (RIDE_CANCELLED,
       *     RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE): the rider's first name, as on the
       *     manifest, and when it was cancelled (null when it was moved, not cancelled).
       */
      ride?: {
        riderFirstName: string;
        cancelledAt: string | null;
      };
      /**
       * @description Seconds after which the same request may succeed (the Retry-After header's value), e.g. a
       *     no-show reported before the waiting time is over.
       */
      retryAfterSeconds?: number;
      /**
       * @description A conflict's sentence: the key of `message` in the messages' catalogue and the parameters it
       *     names, for a page that says it again later in its reader's language (a driver's refused
       *     change kept on the phone while the driver switches the language).
       */
      said?: {
        key: string;
        params: {
          [key: string]: string | number;
        };
      };
    };
    AppConfigView: {
      /**
       * @description The MapLibre style of the map (MAP_STYLE_URL, issue 23): the board's and the rider's map;
       *     null without one (the pages draw a schematic plot instead).
       */
      mapStyleUrl: string | null;
      /**
       * @description The platform's clock at the answer (ISO 8601). A demo moves it (DEMO_CLOCK_OFFSET_MS): the
       *     pages say "today", countdowns and the phone's position times on it, not on the device's.
       */
      now: string;
    };
    AssignPreview: {
      bookingId: string;
      shiftId: string;
      /** @description The vehicle's plate. */
      vehicle: string;
      /** @description True: the route checks out, no override is needed. */
      feasible: boolean;
      /**
       * @description False: the vehicle lacks equipment or places the ride needs; no override is offered and
       *     `refusal` says why (the plate; `conflicts` say what is missing).
       */
      overridable: boolean;
      refusal: string | null;
      plannedPickupAt: string;
      plannedDropoffAt: string;
      /**
       * @description Null: the vehicle keeps to its plan. Otherwise it is running late now (its next stop's live
       *     estimate), so the pick-up is expected at `pickupAt`; after the window that is a conflict too.
       */
      runningLate: components['schemas']['RunningLate'] | null;
      /** @description What the check refuses, in the caller's language (empty when feasible). */
      conflicts: {
        code: string;
        message: string;
      }[];
      /** @description Every other rider the move makes late or moves by 5 minutes or more. */
      affected: components['schemas']['AffectedRider'][];
      /**
       * @description Send it back as `confirm` with the override when `affected` is not empty: the save refuses
       *     (409 OVERRIDE_PREVIEW_STALE, with a new preview) if the route changed since.
       */
      confirmation: string;
      /** @description The reasons an override may give, in the caller's language. */
      overrideReasons: components['schemas']['OverrideReasonOption'][];
    };
    AssignResult: {
      bookingId: string;
      shiftId: string;
      version: number;
      plannedPickupAt: string;
      plannedDropoffAt: string;
      /** @description What the dispatcher overrode, in the caller's language (empty when the route checks out). */
      overridden: {
        kind: string;
        code: string;
        message: string;
      }[];
      /** @description Other riders whose new pickup time they are being told (booking ids). */
      ridersTold: string[];
    };
    AwardErrorView: {
      code: string;
      text: string;
      at: string | null;
      supplierBin: string | null;
    };
    AwardView: {
      providerId: string | null;
      supplierBin: string;
      supplierName: string | null;
      contractNumber: string | null;
      priceTenge: number | null;
      tariffPerTrip: number | null;
      tariffPerKm: number | null;
      /** @description Local dates YYYY-MM-DD. */
      contractStart: string | null;
      contractEnd: string | null;
      signedAt: string | null;
      contact: {
        name: string | null;
        phone: string | null;
        email: string | null;
        /**
         * @description The language the supplier's administrator is invited in (kk/ru/en).
         * @enum {string|null}
         */
        language: 'kk' | 'ru' | 'en' | null;
      } | null;
      /** @description How far the supplier is with starting (issue 20); null for a request not AWARDED. */
      onboarding: components['schemas']['OnboardingView'] | null;
    };
    BeneficiarySummary: {
      id: string;
      iinMasked: string;
      fullName: string;
      residenceKato: string;
      /**
       * @description Absent for a provider's dispatcher (withoutHealth, README).
       * @enum {string}
       */
      disabilityCategory?:
        | 'CHILD_UNDER_7'
        | 'CHILD_GROUP_1'
        | 'CHILD_GROUP_2'
        | 'CHILD_GROUP_3'
        | 'ADULT_GROUP_1'
        | 'ADULT_GROUP_2'
        | 'ADULT_GROUP_3';
      suspendedUntil: string | null;
    };
    BeneficiaryView: {
      id: string;
      /** @description The full IIN: only to the person, their guardian and the LEB officer of their region. */
      iin?: string;
      iinMasked: string;
      fullName: string;
      birthDate: string;
      /** @enum {string} */
      sex: 'M' | 'F';
      phone: string | null;
      /** @enum {string} */
      language: 'kk' | 'ru' | 'en';
      residence: components['schemas']['ResidenceInput'];
      /**
       * @description Health data: absent for a provider's dispatcher (withoutHealth, README).
       * @enum {string}
       */
      disabilityCategory?:
        | 'CHILD_UNDER_7'
        | 'CHILD_GROUP_1'
        | 'CHILD_GROUP_2'
        | 'CHILD_GROUP_3'
        | 'ADULT_GROUP_1'
        | 'ADULT_GROUP_2'
        | 'ADULT_GROUP_3';
      disabilityValidUntil?: string | null;
      needs?: components['schemas']['NeedEvidenceRecord'][];
      mobility: components['schemas']['MobilityNeeds'];
      companionEntitled: boolean;
      suspendedUntil: string | null;
      smsOptOut: boolean;
      inAppOptOut: boolean;
      notifyGuardians: boolean;
      version: number;
    };
    BillingActView: {
      id: string;
      providerId: string;
      providerBin: string;
      regionKato: string;
      month: string;
      /** @enum {string} */
      status: 'REJECTED' | 'DRAFT' | 'APPROVED' | 'SUBMITTED' | 'PAID';
      completedTrips: number;
      noShows: number;
      plannedMetres: number;
      actualMetres: number;
      amountTenge: number;
      approvedByUserId: string | null;
      submittedAt: string | null;
      portalReference: string | null;
      rejectionReason: string | null;
      paidAt: string | null;
      version: number;
      /** @description 1 for the month's first act, then one more for each correction. */
      actVersion: number;
      /** @description The version this one corrects. */
      supersedesActId: string | null;
      correctionReason: string | null;
      /** @description The approved correction that replaced this act (which stays readable as it was issued). */
      supersededByActId: string | null;
      supersededAt: string | null;
      /** @description Issued with the akimat's signature (false: not yet approved, or no signing key configured). */
      signed: boolean;
      lines: components['schemas']['PortalActLine'][];
    };
    Board: {
      date: string;
      scope: string;
      unassigned: components['schemas']['BoardBooking'][];
      waitlisted: components['schemas']['BoardBooking'][];
      awaitingProcurement: components['schemas']['BoardBooking'][];
      shifts: components['schemas']['BoardShift'][];
      /** @description Rides sent back to dispatch together (a breakdown, a cancelled shift) that this scope can take. */
      alerts: components['schemas']['BoardAlert'][];
      /** @description Driver statuses taken but flagged on the day's routes (issue 18): waiting for a dispatcher first. */
      statusFlags: components['schemas']['StatusFlagView'][];
      /**
       * @description Who rides each ride on the board (surname and initials) and their phone, for a dispatcher,
       *     who calls and places them (issue 18, walk F3; issue 23); empty for other roles.
       */
      riders: {
        bookingId: string;
        riderName: string;
        phone: string | null;
      }[];
    };
    BoardAlert: {
      id: string;
      /** @enum {string} */
      kind:
        | 'VEHICLE_BREAKDOWN'
        | 'DRIVER_ABSENT'
        | 'SHIFT_CANCELLED'
        | 'DRIVER_INACTIVE'
        | 'VEHICLE_OUT_OF_SERVICE';
      shiftId: string;
      /** @description The plate of the vehicle that could not serve them. */
      vehiclePlate: string;
      createdAt: string;
      /** @description The region policy's priority first (purpose tier), then the earliest pickup. */
      rides: components['schemas']['BoardAlertRide'][];
      /** @description How many of them still wait for a vehicle. */
      waiting: number;
      /** @description How many are on other vehicles now, and how many are back on this one (after an undo). */
      elsewhere: number;
      backOnVehicle: number;
      /** @description The breakdown was undone: the vehicle is back in service. */
      undone: boolean;
    };
    BoardAlertRide: {
      bookingId: string;
      status: string;
      purpose: string;
      riderName: string;
      pickupEarliest: string;
      pickupLatest: string;
      wheelchair: boolean;
      /** @description Still without a vehicle (waiting, waitlisted or awaiting procurement). */
      waiting: boolean;
      /** @description Once placed again: the new vehicle's plate and the planned pickup. */
      vehiclePlate: string | null;
      plannedPickupAt: string | null;
    };
    BoardBooking: {
      id: string;
      status: string;
      version: number;
      statusReason: string | null;
      pickupKato: string;
      pickupEarliest: string;
      pickupLatest: string;
      dropoffLatest: string;
      purpose: string;
      load: {
        seats: number;
        wheelchairPlaces: number;
      };
      needs: string[];
    };
    BoardShift: {
      id: string;
      providerId: string;
      /** @description The provider's name, as the vehicle picker shows it. */
      providerName: string;
      vehicleId: string;
      status: string;
      startsAt: string;
      endsAt: string;
      features: string[];
      layouts: number[][];
      stops: components['schemas']['BoardStop'][];
      load: components['schemas']['BoardShiftLoad'];
      warnings: components['schemas']['BoardWarning'][];
      /** @description Where the vehicle last was (its driver's latest ping, issue 23's map); null before the first. */
      position: {
        lat: number;
        lon: number;
        at: string;
      } | null;
    };
    BoardShiftLoad: {
      rides: number;
      peakSeats: number;
      peakWheelchairPlaces: number;
    };
    BoardStop: {
      bookingId: string;
      kind: string;
      sequence: number;
      plannedAt: string;
      actualAt: string | null;
      bookingStatus: string;
      /**
       * @description Not reached yet, off its plan (walk t22 m3): when the vehicle is now expected, from its live
       *     position's ETA, never before now; null while the plan holds.
       */
      estimatedAt: string | null;
      /**
       * @description Whole minutes the estimate runs behind the planned time (0 on time or without one). Not
       *     lateness: a stop is late only past the rider's window (walk t23 M2), which the console
       *     counts from these times and the ride's windows by `stopMinutesLate`.
       */
      minutesBehindPlan: number;
    };
    BoardWarning: {
      /** @enum {string} */
      code: 'LATE_RISK' | 'RIDE_TIME_NEAR_LIMIT' | 'VEHICLE_LACKS_FEATURE' | 'VEHICLE_OVER_CAPACITY';
      bookingId: string;
      detail: string;
    };
    BookedRideView: {
      awaitingProvider: boolean;
      id: string;
      beneficiaryId: string;
      bookedByUserId: string | null;
      /** @enum {string} */
      channel: 'PORTAL' | 'APP' | 'PHONE';
      portalOrderId: string | null;
      /** @enum {string} */
      status:
        | 'EXPIRED'
        | 'REJECTED'
        | 'REQUESTED'
        | 'ACCEPTED'
        | 'SCHEDULED'
        | 'WAITLISTED'
        | 'AWAITING_PROCUREMENT'
        | 'EN_ROUTE'
        | 'ARRIVED'
        | 'ON_BOARD'
        | 'COMPLETED'
        | 'NO_SHOW'
        | 'CANCELLED';
      statusReason: string | null;
      version: number;
      regionKato: string;
      policyId: string | null;
      pickup: components['schemas']['PlaceInput'];
      dropoff: components['schemas']['PlaceInput'];
      /** @enum {string} */
      timeAnchor: 'PICKUP' | 'DROPOFF';
      requestedTime: string;
      /** @enum {string} */
      purpose:
        | 'MEDICAL'
        | 'HAEMODIALYSIS'
        | 'REHABILITATION'
        | 'SOCIAL_SERVICES'
        | 'EDUCATION'
        | 'WORK'
        | 'CULTURE_SPORT'
        | 'OTHER';
      companions: number;
      mobility: components['schemas']['MobilityNeeds'];
      notes: string | null;
      windows: components['schemas']['TimeWindowsView'];
      maxRideSeconds: number;
      directSeconds: number;
      directMetres: number;
      returnOfBookingId: string | null;
      seriesId: string | null;
      seriesDate: string | null;
      shiftId: string | null;
      plannedPickupAt: string | null;
      plannedDropoffAt: string | null;
      cancelledAt: string | null;
      lateCancellation: boolean;
      noShowForgivenAt: string | null;
      /** @description A no-show's evidence and its dispute (issue 23); null unless the ride is a no-show. */
      noShow: components['schemas']['NoShowView'] | null;
      /**
       * @description Why the no-show was forgiven (the LEB officer's reason); null while it is not.
       * @enum {string|null}
       */
      noShowForgivenReason:
        | 'NO_SHOW_VEHICLE_LATE'
        | 'NO_SHOW_RIDER_EMERGENCY'
        | 'NO_SHOW_CANCELLED_IN_TIME'
        | 'NO_SHOW_RECORDED_IN_ERROR'
        | null;
      /**
       * @description In a person's ride list (the phone desk's history) only: why staff changed the ride, when it
       *     was replaced by a change (read from the change's audit entry).
       * @enum {string}
       */
      changeReason?:
        'CHANGED_RIDER_ASKED' | 'CHANGED_APPOINTMENT_MOVED' | 'CHANGED_BOOKED_IN_ERROR' | 'CHANGED_OTHER';
      /**
       * @description In a dispatcher's search only (issue 23): who rides (surname and initials) and the phone to
       *     call them on. Every ride a search returns is in the dispatcher's scope.
       */
      rider?: {
        name: string;
        phone: string | null;
      };
      createdAt: string;
    };
    BookingView: {
      id: string;
      beneficiaryId: string;
      bookedByUserId: string | null;
      /** @enum {string} */
      channel: 'PORTAL' | 'APP' | 'PHONE';
      portalOrderId: string | null;
      /** @enum {string} */
      status:
        | 'EXPIRED'
        | 'REJECTED'
        | 'REQUESTED'
        | 'ACCEPTED'
        | 'SCHEDULED'
        | 'WAITLISTED'
        | 'AWAITING_PROCUREMENT'
        | 'EN_ROUTE'
        | 'ARRIVED'
        | 'ON_BOARD'
        | 'COMPLETED'
        | 'NO_SHOW'
        | 'CANCELLED';
      statusReason: string | null;
      version: number;
      regionKato: string;
      policyId: string | null;
      pickup: components['schemas']['PlaceInput'];
      dropoff: components['schemas']['PlaceInput'];
      /** @enum {string} */
      timeAnchor: 'PICKUP' | 'DROPOFF';
      requestedTime: string;
      /** @enum {string} */
      purpose:
        | 'MEDICAL'
        | 'HAEMODIALYSIS'
        | 'REHABILITATION'
        | 'SOCIAL_SERVICES'
        | 'EDUCATION'
        | 'WORK'
        | 'CULTURE_SPORT'
        | 'OTHER';
      companions: number;
      mobility: components['schemas']['MobilityNeeds'];
      notes: string | null;
      windows: components['schemas']['TimeWindowsView'];
      maxRideSeconds: number;
      directSeconds: number;
      directMetres: number;
      returnOfBookingId: string | null;
      seriesId: string | null;
      seriesDate: string | null;
      shiftId: string | null;
      plannedPickupAt: string | null;
      plannedDropoffAt: string | null;
      cancelledAt: string | null;
      lateCancellation: boolean;
      noShowForgivenAt: string | null;
      /** @description A no-show's evidence and its dispute (issue 23); null unless the ride is a no-show. */
      noShow: components['schemas']['NoShowView'] | null;
      /**
       * @description Why the no-show was forgiven (the LEB officer's reason); null while it is not.
       * @enum {string|null}
       */
      noShowForgivenReason:
        | 'NO_SHOW_VEHICLE_LATE'
        | 'NO_SHOW_RIDER_EMERGENCY'
        | 'NO_SHOW_CANCELLED_IN_TIME'
        | 'NO_SHOW_RECORDED_IN_ERROR'
        | null;
      /**
       * @description In a person's ride list (the phone desk's history) only: why staff changed the ride, when it
       *     was replaced by a change (read from the change's audit entry).
       * @enum {string}
       */
      changeReason?:
        'CHANGED_RIDER_ASKED' | 'CHANGED_APPOINTMENT_MOVED' | 'CHANGED_BOOKED_IN_ERROR' | 'CHANGED_OTHER';
      /**
       * @description In a dispatcher's search only (issue 23): who rides (surname and initials) and the phone to
       *     call them on. Every ride a search returns is in the dispatcher's scope.
       */
      rider?: {
        name: string;
        phone: string | null;
      };
      createdAt: string;
    };
    BreakdownResult: {
      shiftId: string;
      status: string;
      returnedToDispatch: string[];
      /** @description Riders already aboard or met at the door: the driver must finish with them. */
      stillWithVehicle: string[];
    };
    BreakdownUndoResult: {
      shiftId: string;
      /** @description The shift's status again: ACTIVE (it had started) or PLANNED. */
      status: string;
      /** @description Rides put back on this vehicle (their route checks out again). */
      backOnVehicle: string[];
      /** @description Rides already with another vehicle: they stay there. */
      withOtherVehicles: string[];
      /** @description Rides still waiting that the vehicle cannot take back as its route stands now. */
      stillWaiting: string[];
    };
    CancelledShift: {
      shiftId: string;
      startsAt: string;
      endsAt: string;
      /** @description The reason given: a code (VEHICLE_BREAKDOWN, DRIVER_ABSENT, ...) or an admin's own words. */
      reason: string | null;
      /** @description The role of whoever cancelled it (PROVIDER_ADMIN, DISPATCHER, ...), when recorded. */
      byRole: string | null;
    };
    ChangeResult: {
      replaced: components['schemas']['BookingView'];
      booking: components['schemas']['BookingView'];
    };
    ContractView: {
      id: string;
      reference: string;
      tariffPerTrip: number;
      tariffPerKm: number;
      validFrom: string;
      validTo: string | null;
    };
    CoveringProvider: {
      providerId: string;
      bin: string;
      legalName: string;
      regionKato: string;
      /** @description The provider's area codes that matched (the code itself or its ancestors). */
      coveredBy: string[];
      /** @description With `at`: the shifts running then that fit the need; otherwise empty. */
      shiftIds: string[];
    };
    CreateBookingResult: {
      /** @description The bookings created now: the ride (and its return), or a series' first occurrences. */
      bookings: components['schemas']['BookedRideView'][];
      series: components['schemas']['SeriesView'] | null;
    };
    DeadLetterView: {
      id: string;
      queue: string;
      jobName: string;
      jobId: string;
      payload: components['schemas']['JsonObject'];
      error: string;
      attempts: number;
      /** Format: date-time */
      failedAt: string;
      /** Format: date-time */
      retriedAt: string | null;
    };
    DeliveryView: {
      id: string;
      /** @enum {string} */
      recipient: 'GUARDIAN' | 'RIDER';
      channel: string;
      kind: string;
      language: string;
      text: string;
      segments: number;
      status: string;
      attempts: number;
      error: string | null;
      /** Format: date-time */
      sendAfter: string | null;
      /** Format: date-time */
      sentAt: string | null;
      /** Format: date-time */
      deliveredAt: string | null;
      /** Format: date-time */
      readAt: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    /** @enum {string} */
    DriverAccount: 'NONE' | 'ACTIVE' | 'INVITED';
    DriverView: {
      id: string;
      providerId: string;
      fullName: string;
      licenceNumber: string;
      phone: string;
      /** @enum {string} */
      status: 'ACTIVE' | 'INACTIVE';
      /** @description The licence is valid through this local day; null: not recorded. */
      licenceValidUntil: string | null;
      /**
       * @description The licence today, in the provider's words on the page: valid, expiring soon, expired.
       * @enum {string}
       */
      licence: 'EXPIRED' | 'VALID' | 'EXPIRING_SOON' | 'NOT_RECORDED';
      /** @description The driver's sign-in account: a password set (ACTIVE), an open invitation (INVITED), or NONE. */
      account: components['schemas']['DriverAccount'];
    };
    EligibilityAnswer:
      | {
          /** @enum {boolean} */
          registered: true;
          eligibility: components['schemas']['EligibilitySnapshot'];
        }
      | {
          /** @enum {boolean} */
          registered: false;
        };
    EligibilityGrant:
      | {
          /** @enum {string} */
          kind: 'CATEGORY';
          /** @enum {string} */
          category:
            | 'CHILD_UNDER_7'
            | 'CHILD_GROUP_1'
            | 'CHILD_GROUP_2'
            | 'CHILD_GROUP_3'
            | 'ADULT_GROUP_1'
            | 'ADULT_GROUP_2'
            | 'ADULT_GROUP_3';
          act: string;
          from?: string;
          until?: string;
        }
      | {
          /** @enum {string} */
          kind: 'NEED';
          /** @enum {string} */
          need:
            | 'WHEELCHAIR_USER'
            | 'VISUAL_IMPAIRMENT'
            | 'HEARING_IMPAIRMENT'
            | 'INTELLECTUAL_IMPAIRMENT'
            | 'SEVERE_MENTAL_DISORDER'
            | 'AUTISM_SPECTRUM'
            | 'LIMITED_MOBILITY';
          /** @description Only persons younger than this many years (e.g. 18 for "children with ..."). */
          underAgeYears?: number;
          act: string;
          from?: string;
          until?: string;
        };
    EligibilitySnapshot: {
      /** @enum {string} */
      category:
        | 'CHILD_UNDER_7'
        | 'CHILD_GROUP_1'
        | 'CHILD_GROUP_2'
        | 'CHILD_GROUP_3'
        | 'ADULT_GROUP_1'
        | 'ADULT_GROUP_2'
        | 'ADULT_GROUP_3';
      /** @description Last day the disability record applies (local date); null = set without re-examination. */
      validUntil: string | null;
      needs: components['schemas']['PortalNeeds'];
      companionEntitled: boolean;
      /** @description KATO of the akimat that pays for the rides. */
      payerKato: string;
    };
    Eta: {
      bookingId: string;
      kind: string;
      /** @description Seconds from the ping to the vehicle reaching the stop. */
      etaSeconds: number;
      /** @description When the vehicle is expected at the stop: the ping's time + etaSeconds (not to add again). */
      at: string;
    };
    FigureSummary: {
      trips: {
        requested: number;
        accepted: number;
        scheduled: number;
        completed: number;
        refused: number;
        refusedByReason: {
          reason: string;
          count: number;
        }[];
        /** @description No-shows of every cause (the rider's and the provider's, the vehicle-late miss among them). */
        noShows: number;
        /** @description Cancelled, not a no-show: before the pickup, on a route or still waiting for a vehicle. */
        cancelled: number;
        /** @description Of the cancelled, those never put on a route (waitlisted, awaiting procurement, undecided). */
        cancelledBeforeRoute: number;
        waitlistedUntilExpiry: number;
      };
      onTime: {
        arrivals: number;
        onTime: number;
        early: number;
        late: number;
        onTimeShare: number | null;
        /** @description Count per 5-minute bin (the last: 60 minutes or more). */
        earlyMinutes: number[];
        lateMinutes: number[];
        p95LateMinutes: number | null;
      };
      misses: {
        noShowsRider: number;
        noShowsVehicleLate: number;
        noShowsDriverLeftEarly: number;
        lateCancelsRider: number;
        lateCancelsVehicleLate: number;
        lateCancelsAddressUnreachable: number;
        lateCancelsVehicleProblem: number;
        riderCaused: number;
        providerCaused: number;
      };
      unmet: {
        total: number;
        byHour: number[];
      };
      productivity: {
        shifts: number;
        serviceHours: number;
        passengerTrips: number;
        passengerTripsPerServiceHour: number | null;
        deadheadShare: number | null;
        utilisation: number | null;
        vehicleKm: number;
      };
      rideTime: {
        measured: number;
        meanMinutes: number | null;
        p95Minutes: number | null;
        meanRatio: number | null;
        p95Ratio: number | null;
        overLimit: number;
        overLimitShare: number | null;
      };
      accessibility: {
        wheelchairTrips: number;
        companions: number;
      };
      cost: {
        costTenge: number;
        pricedTrips: number;
        unpricedTrips: number;
        passengerKm: number;
        perTripTenge: number | null;
        perPassengerKmTenge: number | null;
      };
    };
    GazetteerEntry: {
      id: string;
      names: components['schemas']['Names'];
      /** @description KATO code of the district the street's main segment lies in. */
      kato: string;
      district: components['schemas']['Names'];
      lat: number;
      lon: number;
      /** @description A house number typed in the query ("Kabanbay Batyr 53"), echoed so the address can carry it. */
      house?: string;
      /**
       * @description How near the point is to the house: ADDRESS a point of that house; INTERPOLATED between the
       *     street's numbered points by the number (approximate); STREET the street's main segment only.
       * @enum {string}
       */
      precision: 'ADDRESS' | 'INTERPOLATED' | 'STREET';
    };
    GeoPoint: {
      lon: number;
      lat: number;
    };
    GuardianView: {
      userId: string;
      displayName: string;
      phone: string | null;
      /** @description When the link was made. */
      since: string;
    };
    InAppNotificationView: {
      id: string;
      bookingId: string | null;
      kind: string;
      text: string;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description When the message reached the reader: sent, else due (sendAfter), else written. The instant a
       *     no-show's evidence names for it (walk t23 m4: the list said 12:18, the dispute card 12:20).
       */
      toldAt: string;
      /** Format: date-time */
      readAt: string | null;
    };
    InvitationAccepted: {
      userId: string;
      login: string;
    };
    InvitationListItem: {
      id: string;
      /** @enum {string} */
      role:
        | 'BENEFICIARY'
        | 'GUARDIAN'
        | 'PORTAL'
        | 'LEB_OFFICER'
        | 'PROVIDER_ADMIN'
        | 'DISPATCHER'
        | 'DRIVER'
        | 'MINISTRY_ANALYST'
        | 'ADMIN';
      displayName: string;
      /** @description The phone or e-mail it went to, masked. */
      sentTo: string;
      /** @enum {string} */
      language: 'kk' | 'ru' | 'en';
      regionKato: string | null;
      regionNames: {
        kk: string;
        ru: string;
        en: string;
      } | null;
      providerName: string | null;
      driverId: string | null;
      /** @description Who sent it (display name). */
      invitedBy: string | null;
      /**
       * Format: date-time
       * @description When the link last went out (a resend replaces the link).
       */
      sentAt: string;
      /** Format: date-time */
      expiresAt: string;
      /** @enum {string} */
      status: 'EXPIRED' | 'PENDING' | 'ACCEPTED' | 'REVOKED';
    };
    InvitationSent: {
      id: string;
      /** @enum {string} */
      role:
        | 'BENEFICIARY'
        | 'GUARDIAN'
        | 'PORTAL'
        | 'LEB_OFFICER'
        | 'PROVIDER_ADMIN'
        | 'DISPATCHER'
        | 'DRIVER'
        | 'MINISTRY_ANALYST'
        | 'ADMIN';
      /** Format: date-time */
      expiresAt: string;
      /** @enum {string} */
      channel: 'SMS' | 'EMAIL';
      /** @description The phone or e-mail, masked. */
      sentTo: string;
      /**
       * @description The language of the SMS and of the invitation page.
       * @enum {string}
       */
      language: 'kk' | 'ru' | 'en';
    };
    InvitationView: {
      /** @enum {string} */
      role:
        | 'BENEFICIARY'
        | 'GUARDIAN'
        | 'PORTAL'
        | 'LEB_OFFICER'
        | 'PROVIDER_ADMIN'
        | 'DISPATCHER'
        | 'DRIVER'
        | 'MINISTRY_ANALYST'
        | 'ADMIN';
      displayName: string;
      /** Format: date-time */
      expiresAt: string;
      /** @description The provider's name, when the role belongs to a provider. */
      organisation: string | null;
      /** @description The login the person will sign in with, masked. */
      login: string;
      totpRequired: boolean;
      /**
       * @description The language the inviter chose for the person: the page opens in it.
       * @enum {string}
       */
      language: 'kk' | 'ru' | 'en';
    };
    InviteOptions: {
      /**
       * @description The language the form starts with for the invited person: the caller's own.
       * @enum {string}
       */
      language: 'kk' | 'ru' | 'en';
      /** @description Regions the caller may name, by name (an administrator: the regions; an LEB officer: theirs and what lies in it). */
      regions: {
        katoCode: string;
        names: {
          kk: string;
          ru: string;
          en: string;
        };
      }[];
      /** @description A provider admin's driver records without a login yet (the invitation gives them one). */
      drivers: {
        id: string;
        fullName: string;
        phone: string;
        /** Format: date-time */
        invitedUntil: string | null;
      }[];
    };
    JsonObject: {
      [key: string]: components['schemas']['JsonValue'];
    };
    JsonValue:
      | (
          | string
          | number
          | false
          | true
          | components['schemas']['JsonValue'][]
          | {
              [key: string]: components['schemas']['JsonValue'];
            }
        )
      | null;
    JwksView: {
      keys: {
        kty: string;
        crv?: string;
        x?: string;
        y?: string;
        kid: string;
        use: string;
        alg: string;
      }[];
    };
    Layout: {
      seats: number;
      wheelchairPlaces: number;
    };
    LotSizing: {
      targetPercent: number;
      /** @description False: even the most vehicles searched did not reach the target (the figures are theirs). */
      reached: boolean;
      vehicles: number;
      wheelchairVehicles: number;
      shift: components['schemas']['SizingShift'];
      /** @description The days of the rides sized on (local dates). */
      firstDay: string;
      lastDay: string;
      /** @description Rides sized on (the request's waiting rides at the run), and those served in the replay. */
      rides: number;
      served: number;
      servedPercent: number;
      /** @description On time against the simulated schedule (pickups planned inside the window); null: none served. */
      onTimePercent: number | null;
      /**
       * @description The expected on-time share of the sized schedule, percent, by the what-if's rule
       *     (expectedOnTimeShare, libs/domain expected-on-time.ts): each planned pickup on time with the
       *     share of the region's observed pickup delays (`delays`) within its slack. null: none served
       *     or no delay observed. Absent: sized before it was computed.
       */
      expectedOnTimePercent?: number | null;
      /**
       * @description The delays it applies: the completed rides with a planned and an actual pickup over these
       *     days, of the region, or of the country when the region had none (a region buying its first
       *     service); absent scope: the region's.
       */
      delays?: {
        rides: number;
        /** @enum {string} */
        scope?: 'REGION' | 'COUNTRY';
        from: string;
        to: string;
      };
      /** @description Hours the vehicles are on shift over the days sized, and the km they drive. */
      serviceHours: number;
      vehicleKm: number;
      /** @description Cost of the served rides at the lot's tariff. */
      costTenge: number;
      perRideTenge: number | null;
      tariffPerTrip: number;
      tariffPerKm: number;
      /** @description Fleet sizes replayed, and how long the search took. */
      replays: number;
      seconds: number;
    };
    /** @enum {string} */
    LotSource:
      | 'WAITING_RIDES'
      | 'BENEFICIARY_REGISTER'
      | 'REGION_HISTORY'
      | 'ASSUMPTION'
      | 'BUDGET_YEAR'
      | 'OFFICER_CHOICE'
      | 'REGION_CONTRACTS_MEDIAN'
      | 'CONFIG_DEFAULT'
      | 'COMPUTED'
      | 'SIZING';
    LotView: {
      start: string;
      end: string;
      days: number;
      /** @description The contract term the period suggests (the default of the officer's term field). */
      suggestedTermDays: number;
      tripsPerMonth: number;
      kmPerMonth: number;
      tripsInPeriod: number;
      wheelchairShare: number;
      vehicles: number;
      vehicleHoursPerMonth: number;
      budgetTenge: number;
      figures: {
        key: string;
        value: number;
        /** @enum {string} */
        unit: 'trips' | 'km' | 'people' | 'share' | 'vehicles' | 'hours' | 'tenge' | 'days' | 'months';
        source: components['schemas']['LotSource'];
        sourceText: string;
      }[];
    };
    Manifest: {
      /**
       * @description The shift under way: begun, or within DRIVER_STATUS_SHIFT_LEAD_MINUTES of its start (the
       *     domain's shiftHasBegun), not ended; null when none is (a shift still ahead is in `coming`).
       */
      shiftId: string | null;
      startsAt: string | null;
      endsAt: string | null;
      stops: components['schemas']['ManifestStop'][];
      /**
       * @description The driver's coming shifts after this one, starting within COMING_SHIFT_DAYS, the earliest
       *     first, with their rides as planned so far (issue 23). Read-only: no rider's phone yet (it is
       *     given only while a stop of the shift under way is open).
       */
      coming: components['schemas']['ManifestShift'][];
      /**
       * @description DRIVER_STATUS_SHIFT_LEAD_MINUTES: a coming shift becomes workable this many minutes before it
       *     starts (the page, showing a kept copy, follows the same rule as the API).
       */
      shiftLeadMinutes: number;
      /**
       * @description DRIVER_STATUS_ARRIVAL_LEAD_MINUTES: "I have arrived" is taken from this many minutes before a
       *     pickup's window opens (the domain's arrivalOpensAt), "On my way" from that less the stop's
       *     travelSeconds (enRouteOpensAt): the page shows each button disabled until then, saying from
       *     when, offline too.
       */
      arrivalLeadMinutes: number;
      /**
       * @description DRIVER_STATUS_MIN_RIDE_PERCENT: "Dropped off" is taken from boarding plus this share of the
       *     ride's direct travel time (the domain's completedOpensAt): the page shows the button disabled
       *     until then, saying from when (no drop-off a tap after "On board").
       */
      minRidePercent: number;
      /**
       * @description The driver's shifts of today (still to run) that were cancelled, with the reason given and
       *     the role of whoever cancelled it (walk t23 m13: the page said only "No open shift.").
       */
      cancelledToday: components['schemas']['CancelledShift'][];
    };
    ManifestShift: {
      shiftId: string;
      startsAt: string;
      endsAt: string;
      stops: components['schemas']['ManifestStop'][];
    };
    ManifestStop: {
      plannedAt: string;
      actualAt: string | null;
      /** @description When the rider boarded (ON_BOARD reported), null before. */
      boardedAt: string | null;
      windowFrom: string;
      windowTo: string;
      /**
       * @description A pickup's drive from the stop before it on the route (the shift's start point for the
       *     first), seconds by the travel model: "On my way" is taken from the window's opening less
       *     arrivalLeadMinutes less this (the domain's enRouteOpensAt). Null for a drop-off.
       */
      travelSeconds: number | null;
      bookingId: string;
      bookingStatus: string;
      version: number;
      kind: string;
      sequence: number;
      address: string;
      lat: number;
      lon: number;
      companions: number;
      mobility: components['schemas']['MobilityNeeds'];
      notes: string | null;
      riderFirstName: string;
      /** @description Only while the ride is open (before it is served or over); null otherwise or when unknown. */
      riderPhone: string | null;
      /** @description The ride's direct travel time, seconds: with boardedAt, when "Dropped off" is taken. */
      directSeconds: number;
    };
    MaxRideTime: {
      factor: number;
      plusMinutes: number;
    };
    MfaAnswer: {
      /** @enum {string} */
      mfa: 'TOTP_REQUIRED' | 'TOTP_ENROLMENT_REQUIRED';
      /** @description Give it to POST /auth/totp/enrol and /auth/totp/verify; good for expiresIn seconds. */
      mfaToken: string;
      expiresIn: number;
    };
    MobilityNeeds: {
      /** @enum {string} */
      wheelchair: 'NONE' | 'MANUAL' | 'ELECTRIC';
      /**
       * @description Step-free boarding: the rider cannot climb the steps, so the vehicle needs a ramp or a lift
       *     (either will do). A wheelchair user always needs it, whether this is set or not.
       */
      stepFree: boolean;
      /**
       * @description A lift specifically: the wheelchair cannot go up a ramp (e.g. a heavy electric one).
       *     Recorded per person, not guessed from the wheelchair type.
       */
      needsLift: boolean;
      visual: boolean;
      hearing: boolean;
      intellectual: boolean;
      guideDog: boolean;
    };
    NamedUnmetDemandRow: {
      regionKato: string;
      districtKato: string;
      /** @description Local month the bookings started waiting, YYYY-MM. */
      month: string;
      enteredAwaiting: number;
      stillWaiting: number;
      servedAfterProcurement: number;
      expired: number;
      cancelled: number;
      avgDaysWaited: number;
      maxDaysWaited: number;
      districtNames: components['schemas']['PlaceNames'] | null;
    };
    NamedWaitingNowRow: {
      regionKato: string;
      districtKato: string;
      waiting: number;
      oldestDaysWaited: number;
      districtNames: components['schemas']['PlaceNames'] | null;
    };
    Names: {
      kk: string;
      ru: string;
      en: string;
    };
    NeedEvidenceRecord: {
      /** @enum {string} */
      kind: 'NEED';
      /** @enum {string} */
      need:
        | 'WHEELCHAIR_USER'
        | 'VISUAL_IMPAIRMENT'
        | 'HEARING_IMPAIRMENT'
        | 'INTELLECTUAL_IMPAIRMENT'
        | 'SEVERE_MENTAL_DISORDER'
        | 'AUTISM_SPECTRUM'
        | 'LIMITED_MOBILITY';
      validUntil: string | null;
      document?: string;
    };
    NoShowEvidence: {
      /** @description The first ping of the unbroken stay within the radius (ISO). */
      arrivedAt: string;
      /**
       * @description The wait counts from the latest of arrival, the window opening, the "arrived" tap and the
       *     pickup time the rider was told (ISO).
       */
      waitFrom: string;
      /** @description The pickup time the rider was last told (ISO); null when none; missing in evidence before t23. */
      toldPickupAt?: string | null;
      /**
       * @description When the "vehicle about to arrive" message reached the rider (ISO) and the time it stood for;
       *     null when none did; missing in evidence kept before they were recorded.
       */
      arrivingToldAt?: string | null;
      arrivingEta?: string | null;
      /**
       * @description When the "vehicle waiting at the door" message reached the rider (ISO); null when none did;
       *     missing in evidence kept before it was recorded.
       */
      atDoorToldAt?: string | null;
      /** @description The stay's last ping (ISO). */
      lastSeenAt: string;
      /** @description Distance of the last ping from the pickup, metres. */
      metres: number;
      /** @description The farthest of the stay's pings from the pickup, metres. */
      maxMetres: number;
      minutesWaited: number;
      radiusMetres: number;
      waitMinutes: number;
      windowFrom: string;
      windowTo: string;
      pingCount: number;
      /** @description The stay's latest pings: time, place and distance. */
      pings: {
        at: string;
        lat: number;
        lon: number;
        metres: number;
      }[];
    };
    NoShowRule: {
      count: number;
      windowDays: number;
      suspensionDays: number;
    };
    NoShowView: {
      /** @description Null for a no-show recorded before evidence was required (issue 23). */
      evidence: components['schemas']['NoShowEvidence'] | null;
      /**
       * @description The last local day (YYYY-MM-DD) the rider may dispute it (the region's noShowDisputeDays from
       *     the day it was recorded); null for a no-show recorded before the deadline existed.
       */
      disputeUntil: string | null;
      disputedAt: string | null;
      disputeText: string | null;
      /** @enum {string|null} */
      decision: 'REJECTED' | 'UPHELD' | null;
      decidedAt: string | null;
      /**
       * @description A rejected dispute: why, as a code (NO_SHOW_DISPUTE_REJECTIONS).
       * @enum {string|null}
       */
      decisionReason:
        | 'DISPUTE_EVIDENCE_CONFIRMS'
        | 'DISPUTE_NOT_AT_ADDRESS'
        | 'DISPUTE_NOT_CANCELLED'
        | 'DISPUTE_OTHER'
        | null;
      /** @description The decider's own words to the rider, if any. */
      decisionNote: string | null;
    };
    OnboardingView: {
      /** @enum {string} */
      invitation:
        'EXPIRED' | 'NONE' | 'ACCEPTED' | 'SENT' | 'NOT_DELIVERED' | 'NO_PHONE' | 'HAS_ADMIN' | 'LOGIN_TAKEN';
      /** Format: date-time */
      invitedAt: string | null;
      /**
       * Format: date-time
       * @description When the invitation's link last went out (later than invitedAt once sent again).
       */
      invitationSentAt: string | null;
      /** Format: date-time */
      invitationExpiresAt: string | null;
      /**
       * @description The invitation the officer can send again (a new link by SMS, the old one void: POST
       *     /invitations/{id}/resend) while it is not accepted; null otherwise.
       */
      resendInvitationId: string | null;
      /** Format: date-time */
      signedInAt: string | null;
      /** Format: date-time */
      fleetAddedAt: string | null;
      /** Format: date-time */
      firstShiftAt: string | null;
      /**
       * @description The step it is on (null: it runs), since when, and whether that is longer than the stall days.
       * @enum {string|null}
       */
      waitingFor: 'NOT_SIGNED_IN' | 'NO_FLEET' | 'NO_SHIFT' | null;
      /** Format: date-time */
      since: string | null;
      stalled: boolean;
      stallDays: number;
    };
    OperationsReport: {
      from: string;
      to: string;
      /** @description The region the report covers; null: the whole country. */
      regionKato: string | null;
      districtKato: string | null;
      /** @description The district filter's names (null: no district filter, or the classifier has none). */
      districtNames: components['schemas']['PlaceNames'] | null;
      providerId: string | null;
      /** @description The provider filter's name (null: no provider filter, or none known). */
      providerName: string | null;
      /**
       * @description 'day' or 'month': the unit of `overTime`.
       * @enum {string}
       */
      overTimeUnit: 'day' | 'month';
      summary: components['schemas']['FigureSummary'];
      overTime: {
        period: string;
        figures: components['schemas']['FigureSummary'];
      }[];
      /** @description Each district with its region, so a country's report never leaves a district's region unsaid. */
      byDistrict: {
        districtKato: string;
        regionKato: string;
        districtNames: components['schemas']['PlaceNames'] | null;
        figures: components['schemas']['FigureSummary'];
      }[];
      /** @description The country's report by region; empty for a region's report. */
      byRegion: {
        regionKato: string;
        figures: components['schemas']['FigureSummary'];
      }[];
      /** @description Rides never on a route are under providerId null. */
      byProvider: {
        providerId: string | null;
        providerName: string | null;
        figures: components['schemas']['FigureSummary'];
      }[];
      /** @description Per rider: the officer's own region only; null for the ministry (no personal data). */
      riders: components['schemas']['RiderMissesRow'][] | null;
      /** @description Days computed from the rides at the time of asking (not rolled up yet). */
      liveDays: number;
      /**
       * @description Who serves the report's region (the country's when none) and since when, whatever the period
       *     and filters: active providers with a service area there (0: none yet), rides waiting for
       *     procurement now and the last day one is for, and the first local day with a ride (null: none yet).
       */
      service: components['schemas']['ServiceOf'];
      /**
       * @description The ride-time limit of the region's policy in force now, the rule 'share over the limit' is
       *     read against (walk t22 m2); null for the country's report (each region has its own).
       */
      rideTimeLimit: {
        factor: number;
        plusMinutes: number;
      } | null;
    };
    OverrideReasonOption: {
      /** @enum {string} */
      code: 'OTHER' | 'MEDICAL_PRIORITY' | 'VEHICLE_EQUIPMENT' | 'RIDER_REQUEST' | 'DRIVER_KNOWS_ADDRESS';
      label: string;
      noteRequired: boolean;
    };
    PageBeneficiarySummary: {
      items: components['schemas']['BeneficiarySummary'][];
      nextCursor: string | null;
    };
    PageBookingView: {
      items: components['schemas']['BookingView'][];
      nextCursor: string | null;
    };
    PageRiderBookingView: {
      items: components['schemas']['RiderBookingView'][];
      nextCursor: string | null;
    };
    PhoneCodeSent: {
      /** @enum {boolean} */
      sent: true;
      /** @description Seconds the code is good for. */
      expiresIn: number;
      /** @description Seconds before another code may be asked for. */
      resendAfter: number;
    };
    PlaceInput: {
      address: string;
      lat: number;
      lon: number;
      kato: string;
    };
    PlaceNames: {
      kk: string;
      ru: string;
      en: string;
    };
    PlanFiguresView: {
      vehiclesUsed: number;
      km: number;
      meanRideRatio: number;
      bookings: number;
    };
    PlanRideView: {
      bookingId: string;
      /**
       * @description MOVED to another vehicle, SERVED from the waitlist, RETIMED on its vehicle, LEFT_OUT (still
       *     waiting); STRANDED: a ride on a route that every better plan would leave without a vehicle
       *     (the WOULD_DROP_SCHEDULED note names it; fromPlate and oldPickupAt are where it is now).
       * @enum {string}
       */
      kind: 'MOVED' | 'RETIMED' | 'SERVED' | 'LEFT_OUT' | 'STRANDED';
      /** @description The rider, surname and initials ("Ким В."), as the override table names them. */
      riderName: string;
      pickupAddress: string;
      dropoffAddress: string;
      purpose: string;
      fromPlate: string | null;
      toPlate: string | null;
      oldPickupAt: string | null;
      newPickupAt: string | null;
    };
    PlanRunView: {
      id: string;
      regionKato: string;
      date: string;
      /**
       * @description QUEUED, RUNNING, PROPOSED (awaits Apply / Discard), APPLIED (may be undone), DISCARDED, UNDONE, DONE (nothing to propose), FAILED.
       * @enum {string}
       */
      status: 'FAILED' | 'QUEUED' | 'RUNNING' | 'PROPOSED' | 'APPLIED' | 'DISCARDED' | 'UNDONE' | 'DONE';
      progress: number;
      currentCost: number | null;
      before: components['schemas']['PlanFiguresView'] | null;
      after: components['schemas']['PlanFiguresView'] | null;
      /** @description Why there is nothing to apply: NO_SHIFTS, NOTHING_TO_PLAN, WOULD_DROP_SCHEDULED, NO_IMPROVEMENT, FAILED; while QUEUED, WAITING_FOR_REGION: another re-plan of the region runs first. */
      note: string | null;
      /** @description Manual assignments and rides confirmed to drivers may move (the dispatcher let them go). */
      releasePinned: boolean;
      /** @description Rides moved, served from the waitlist, re-timed and left out. */
      rides: components['schemas']['PlanRideView'][];
      /** @description retimed: every ride whose pickup minute changes, moved to another vehicle or not (finding t18-6). */
      counts: {
        moved: number;
        served: number;
        retimed: number;
        leftOut: number;
        pinned: number;
      };
      /** @description The mean ride-time ratio (on board / direct) would get worse, as the figures show it (two digits). */
      rideTimeWorse: boolean;
      startedAt: string | null;
      finishedAt: string | null;
      decidedAt: string | null;
    };
    PolicyChange: {
      /** @description Dotted path of the field, e.g. "timeWindows.pickupAfterMinutes" or "serviceHours[5]". */
      field: string;
      before?:
        | (
            | string
            | number
            | false
            | true
            | components['schemas']['JsonValue'][]
            | {
                [key: string]: components['schemas']['JsonValue'];
              }
          )
        | null;
      after?:
        | (
            | string
            | number
            | false
            | true
            | components['schemas']['JsonValue'][]
            | {
                [key: string]: components['schemas']['JsonValue'];
              }
          )
        | null;
      /** @description For lists: the elements only in `after` / only in `before` (order changes show neither). */
      added?: components['schemas']['JsonValue'][];
      removed?: components['schemas']['JsonValue'][];
    };
    PolicyInForceView: {
      id: string | null;
      version: number | null;
      regionKato: string;
      effectiveFrom: string | null;
      /** @description True when the region has no version yet and the national defaults apply. */
      nationalDefault: boolean;
      rules: components['schemas']['ServicePolicyRules'];
    };
    PolicyPreview: {
      against: {
        id: string | null;
        version: number | null;
        nationalDefault: boolean;
      };
      changes: components['schemas']['PolicyChange'][];
    };
    PolicyVersionView: {
      id: string;
      regionKato: string;
      version: number;
      effectiveFrom: string;
      createdByUserId: string | null;
      createdAt: string;
      rules: components['schemas']['ServicePolicyRules'];
    };
    PortalActDocument: {
      /** @enum {string} */
      status: 'REJECTED' | 'DRAFT' | 'APPROVED' | 'SUBMITTED' | 'PAID';
      /** @description The approved correction that replaced this version; null while it is the latest. */
      supersededByActId: string | null;
      supersededAt: string | null;
      /** @description When this version last changed (issued, submitted, paid, superseded): the pull's cursor. */
      updatedAt: string;
      act: components['schemas']['PortalBillingAct'];
      signature: string | null;
      certificate: string | null;
    };
    PortalActLine: {
      /** @enum {string} */
      kind: 'COMPLETED' | 'NO_SHOW';
      bookingId: string;
      portalOrderId: string | null;
      pickupAt: string | null;
      dropoffAt: string | null;
      plannedPickupAt: string | null;
      plannedMetres: number;
      actualMetres: number | null;
      /** @description The contract tariff the line was priced at (whole tenge). */
      tariffPerTrip: number;
      tariffPerKm: number;
      amountTenge: number;
    };
    PortalActPage: {
      acts: components['schemas']['PortalActDocument'][];
      /** @description The last act's `updatedAt` (null when none): the next pull's `since`. */
      until: string | null;
    };
    PortalActPayment: {
      reference: string;
      status: components['schemas']['PortalPaymentStatus'];
      reason: string | null;
      paidAt: string | null;
    };
    PortalActVersion: {
      actId: string;
      actVersion: number;
      /** @enum {string} */
      status: 'REJECTED' | 'DRAFT' | 'APPROVED' | 'SUBMITTED' | 'PAID';
      supersedesActId: string | null;
      supersededByActId: string | null;
    };
    PortalActWithVersions: {
      versions: components['schemas']['PortalActVersion'][];
      /** @enum {string} */
      status: 'REJECTED' | 'DRAFT' | 'APPROVED' | 'SUBMITTED' | 'PAID';
      /** @description The approved correction that replaced this version; null while it is the latest. */
      supersededByActId: string | null;
      supersededAt: string | null;
      /** @description When this version last changed (issued, submitted, paid, superseded): the pull's cursor. */
      updatedAt: string;
      act: components['schemas']['PortalBillingAct'];
      signature: string | null;
      certificate: string | null;
    };
    PortalBillingAct: {
      /** @description This version's id: every version of a period has its own. */
      actId: string;
      /** @description 1, then 2, 3, ... for each correction of the same provider, region and month. */
      actVersion: number;
      /** @description The version this one corrects and replaces; null for version 1. */
      supersedesActId: string | null;
      /** @description Why it was corrected; null for version 1. */
      correctionReason: string | null;
      providerBin: string;
      regionKato: string;
      /** @description YYYY-MM (local). */
      month: string;
      completedTrips: number;
      noShows: number;
      plannedMetres: number;
      actualMetres: number;
      amountTenge: number;
      lines: components['schemas']['PortalActLine'][];
    };
    PortalNeeds: {
      /** @enum {string} */
      wheelchair: 'NONE' | 'MANUAL' | 'ELECTRIC';
      /** @description Step-free boarding: a ramp or a lift, either will do. */
      needsRamp: boolean;
      /** @description A lift specifically: the wheelchair cannot go up a ramp. */
      needsLift: boolean;
      visual: boolean;
      hearing: boolean;
      intellectual: boolean;
      guideDog: boolean;
    };
    PortalOrderHistoryEntry: {
      version: number;
      status: string;
      /** @description Reason code of a refusal, cancellation or expiry; null otherwise. */
      reason: string | null;
      at: string;
    };
    PortalOrderStatus: {
      reason: string | null;
      lateCancellation: boolean;
      requestedTime: string;
      plannedPickupAt: string | null;
      plannedDropoffAt: string | null;
      actualPickupAt: string | null;
      actualDropoffAt: string | null;
      cancelledAt: string | null;
      history: components['schemas']['PortalOrderHistoryEntry'][];
      orderId: string;
      bookingId: string;
      status: string;
      version: number;
    };
    /** @enum {string} */
    PortalPaymentStatus: 'REJECTED' | 'PAID' | 'PENDING';
    PortalStatusAck:
      | {
          /** @enum {boolean} */
          accepted: true;
        }
      | {
          /** @enum {boolean} */
          accepted: false;
          /** @enum {boolean} */
          stale: true;
          currentVersion: number;
        };
    PortalStatusUpdate: {
      orderId: string;
      bookingId: string;
      /** @enum {string} */
      status:
        | 'EXPIRED'
        | 'REJECTED'
        | 'REQUESTED'
        | 'ACCEPTED'
        | 'SCHEDULED'
        | 'WAITLISTED'
        | 'AWAITING_PROCUREMENT'
        | 'EN_ROUTE'
        | 'ARRIVED'
        | 'ON_BOARD'
        | 'COMPLETED'
        | 'NO_SHOW'
        | 'CANCELLED';
      /** @description The booking's version: the Portal drops an update older than one it already has. */
      version: number;
      /** @description A reason code (refusal, hold, unassignment, cancellation) or null. */
      reason: string | null;
      /** @description The vehicle the ride stood on at this version; null before it is scheduled or after unassignment. */
      vehicle: components['schemas']['PortalVehicle'] | null;
      /** @description The driver's first name, with the vehicle. */
      driver: {
        firstName: string;
      } | null;
      plannedPickupAt: string | null;
      plannedDropoffAt: string | null;
      actualPickupAt: string | null;
      actualDropoffAt: string | null;
      /** @description When the vehicle is expected at the pickup; only while EN_ROUTE. */
      etaAt: string | null;
      /** @description Cancelled later before the pickup than the region's policy allows; false unless CANCELLED. */
      lateCancellation: boolean;
      changedAt: string;
    };
    PortalVehicle: {
      plate: string;
      model: string;
      ramp: boolean;
      lift: boolean;
      wheelchairPlaces: number;
    };
    PreferencesView: {
      beneficiaryId: string;
      sms: boolean;
      inApp: boolean;
      notifyGuardians: boolean;
    };
    ProviderChange: {
      providerId: string;
      /** @enum {string} */
      status: 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';
      version: number;
      /** @description Bookings sent back to dispatch by this change. */
      sentBackToDispatch: string[];
    };
    ProviderOverview: {
      id: string;
      bin: string;
      legalName: string;
      /** @enum {string} */
      origin: 'LOCAL_REGISTRY' | 'PROCUREMENT_CONTRACT';
      /** @enum {string} */
      status: 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';
      regionKato: string;
      serviceArea: string[];
      vehicles: number;
      activeVehicles: number;
      /** @description Wheelchair places of ACTIVE vehicles, each in its layout with the most. */
      wheelchairPlaces: number;
      activeShiftsToday: number;
      bookingsServedThisMonth: number;
      currentContract: {
        reference: string;
        tariffPerTrip: number;
        tariffPerKm: number;
      } | null;
    };
    ProviderView: {
      id: string;
      bin: string;
      legalName: string;
      contacts: {
        [key: string]: string;
      };
      /** @enum {string} */
      origin: 'LOCAL_REGISTRY' | 'PROCUREMENT_CONTRACT';
      contractReference: string | null;
      regionKato: string;
      /** @enum {string} */
      status: 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';
      statusReason: string | null;
      /** Format: date-time */
      statusChangedAt: string | null;
      serviceArea: string[];
      contracts: components['schemas']['ContractView'][];
      version: number;
    };
    RequestDetail: {
      /** @description The list behind "uncovered KATO codes": each code, its name, its waiting bookings. */
      kato: {
        code: string;
        name: string | null;
        bookings: number;
        beneficiaries: number;
      }[];
      /**
       * @description The same places as people read them: each code with its district (one KATO convention)
       *     and the names in kk/ru/en (the code's own, else its district's; null: not in the classifier).
       */
      districts: {
        code: string;
        districtKato: string;
        names: components['schemas']['PlaceNames'] | null;
        bookings: number;
        beneficiaries: number;
      }[];
      /** @description Behind "waiting bookings" (officers only): ids, codes and times, no addresses. */
      bookings: {
        id: string;
        status: string;
        pickupKato: string;
        purpose: string;
        /** Format: date-time */
        requestedAt: string;
        /** Format: date-time */
        pickupEarliest: string;
        wheelchair: boolean;
        seriesId: string | null;
        beneficiaryId: string;
      }[];
      /** @description Behind "beneficiaries" (officers only): masked IIN, never a name or address. */
      beneficiaries: {
        id: string;
        iinMasked: string;
        bookings: number;
        wheelchair: boolean;
      }[];
      id: string;
      lot: components['schemas']['LotView'] | null;
      /**
       * @description The fleet sized from evidence that the lot carries (issue 25), with whether the waiting rides
       *     changed since; null: not sized. Given by the list and the detail (absent from a change's answer).
       */
      sizing?: components['schemas']['SizingView'] | null;
      stage: components['schemas']['RequestStage'];
      /** @description Rides waiting now that this request covers (linked to it). */
      coveredWaiting: number;
      award: components['schemas']['AwardView'] | null;
      awardError: components['schemas']['AwardErrorView'] | null;
      /** @description Why it failed or closed, in the reader's language (failureReason is its code). */
      failureReasonText: string | null;
      regionKato: string;
      periodStart: string;
      periodEnd: string;
      /** @enum {string} */
      status: 'DRAFT' | 'SUBMITTED' | 'CANCELLED' | 'PUBLISHED' | 'AWARDED' | 'FAILED';
      /** @enum {string|null} */
      method: 'PRICE_OFFERS' | 'OPEN_TENDER' | 'SINGLE_SOURCE' | null;
      termDays: number | null;
      uncoveredKato: string[];
      figures: components['schemas']['JsonObject'];
      estimatedBudgetTenge: number;
      expectedServiceDate: string | null;
      externalId: string | null;
      supplierBin: string | null;
      awardedPriceTenge: number | null;
      awardedProviderId: string | null;
      failureReason: string | null;
      previousRequestId: string | null;
      /** Format: date-time */
      submittedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    RequestsByStatusRow: {
      regionKato: string;
      status: string;
      count: number;
    };
    /** @enum {string} */
    RequestStage:
      | 'DRAFT'
      | 'SUBMITTED'
      | 'CANCELLED'
      | 'PUBLISHED'
      | 'FAILED'
      | 'RUNNING'
      | 'AWARD_NOT_APPLIED'
      | 'ONBOARDING'
      | 'CLOSED_NO_DEMAND';
    RequestStateRow: {
      id: string;
      regionKato: string;
      periodStart: string;
      periodEnd: string;
      status: string;
      method: string | null;
      waitingBookings: number;
      beneficiaries: number;
      estimatedBudgetTenge: number;
      awardedPriceTenge: number | null;
      /** Format: date-time */
      submittedAt: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    RequestSummary: {
      id: string;
      lot: components['schemas']['LotView'] | null;
      /**
       * @description The fleet sized from evidence that the lot carries (issue 25), with whether the waiting rides
       *     changed since; null: not sized. Given by the list and the detail (absent from a change's answer).
       */
      sizing?: components['schemas']['SizingView'] | null;
      stage: components['schemas']['RequestStage'];
      /** @description Rides waiting now that this request covers (linked to it). */
      coveredWaiting: number;
      award: components['schemas']['AwardView'] | null;
      awardError: components['schemas']['AwardErrorView'] | null;
      /** @description Why it failed or closed, in the reader's language (failureReason is its code). */
      failureReasonText: string | null;
      regionKato: string;
      periodStart: string;
      periodEnd: string;
      /** @enum {string} */
      status: 'DRAFT' | 'SUBMITTED' | 'CANCELLED' | 'PUBLISHED' | 'AWARDED' | 'FAILED';
      /** @enum {string|null} */
      method: 'PRICE_OFFERS' | 'OPEN_TENDER' | 'SINGLE_SOURCE' | null;
      termDays: number | null;
      uncoveredKato: string[];
      figures: components['schemas']['JsonObject'];
      estimatedBudgetTenge: number;
      expectedServiceDate: string | null;
      externalId: string | null;
      supplierBin: string | null;
      awardedPriceTenge: number | null;
      awardedProviderId: string | null;
      failureReason: string | null;
      previousRequestId: string | null;
      /** Format: date-time */
      submittedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    ResidenceInput: {
      kato: string;
      address: string;
      lat: number;
      lon: number;
    };
    RiderBookingView: {
      expectedServiceDate: string | null;
      /**
       * @description The procurement for this ride is over: a supplier was awarded the lot and is starting (its
       *     vehicles and shifts to come); the date above is then its service's start (walk t25 m1).
       */
      providerChosen: boolean;
      /**
       * @description ARRIVED reported far from the pick-up and not yet confirmed by a dispatcher: the page keeps
       *     saying the vehicle is on its way, with the ETA (issue 18).
       */
      arrivalUnderReview: boolean;
      id: string;
      beneficiaryId: string;
      bookedByUserId: string | null;
      /** @enum {string} */
      channel: 'PORTAL' | 'APP' | 'PHONE';
      portalOrderId: string | null;
      /** @enum {string} */
      status:
        | 'EXPIRED'
        | 'REJECTED'
        | 'REQUESTED'
        | 'ACCEPTED'
        | 'SCHEDULED'
        | 'WAITLISTED'
        | 'AWAITING_PROCUREMENT'
        | 'EN_ROUTE'
        | 'ARRIVED'
        | 'ON_BOARD'
        | 'COMPLETED'
        | 'NO_SHOW'
        | 'CANCELLED';
      statusReason: string | null;
      version: number;
      regionKato: string;
      policyId: string | null;
      pickup: components['schemas']['PlaceInput'];
      dropoff: components['schemas']['PlaceInput'];
      /** @enum {string} */
      timeAnchor: 'PICKUP' | 'DROPOFF';
      requestedTime: string;
      /** @enum {string} */
      purpose:
        | 'MEDICAL'
        | 'HAEMODIALYSIS'
        | 'REHABILITATION'
        | 'SOCIAL_SERVICES'
        | 'EDUCATION'
        | 'WORK'
        | 'CULTURE_SPORT'
        | 'OTHER';
      companions: number;
      mobility: components['schemas']['MobilityNeeds'];
      notes: string | null;
      windows: components['schemas']['TimeWindowsView'];
      maxRideSeconds: number;
      directSeconds: number;
      directMetres: number;
      returnOfBookingId: string | null;
      seriesId: string | null;
      seriesDate: string | null;
      shiftId: string | null;
      plannedPickupAt: string | null;
      plannedDropoffAt: string | null;
      cancelledAt: string | null;
      lateCancellation: boolean;
      noShowForgivenAt: string | null;
      /** @description A no-show's evidence and its dispute (issue 23); null unless the ride is a no-show. */
      noShow: components['schemas']['NoShowView'] | null;
      /**
       * @description Why the no-show was forgiven (the LEB officer's reason); null while it is not.
       * @enum {string|null}
       */
      noShowForgivenReason:
        | 'NO_SHOW_VEHICLE_LATE'
        | 'NO_SHOW_RIDER_EMERGENCY'
        | 'NO_SHOW_CANCELLED_IN_TIME'
        | 'NO_SHOW_RECORDED_IN_ERROR'
        | null;
      /**
       * @description In a person's ride list (the phone desk's history) only: why staff changed the ride, when it
       *     was replaced by a change (read from the change's audit entry).
       * @enum {string}
       */
      changeReason?:
        'CHANGED_RIDER_ASKED' | 'CHANGED_APPOINTMENT_MOVED' | 'CHANGED_BOOKED_IN_ERROR' | 'CHANGED_OTHER';
      /**
       * @description In a dispatcher's search only (issue 23): who rides (surname and initials) and the phone to
       *     call them on. Every ride a search returns is in the dispatcher's scope.
       */
      rider?: {
        name: string;
        phone: string | null;
      };
      createdAt: string;
    };
    RiderMissesRow: {
      beneficiaryId: string;
      fullName: string;
      iinMasked: string;
      noShowsRider: number;
      noShowsProvider: number;
      lateCancelsRider: number;
      lateCancelsProvider: number;
    };
    RunningLate: {
      /** @description Whole minutes its next stop is now expected after the check's plan. */
      minutes: number;
      /** @description The ride's pick-up counted with that delay (ISO). */
      pickupAt: string;
    };
    SeriesView: {
      id: string;
      beneficiaryId: string;
      weekdays: number[];
      localTime: string;
      fromDate: string;
      toDate: string;
      /** @enum {string} */
      status: 'CANCELLED' | 'ACTIVE' | 'ENDED';
      materialisedUntil: string | null;
      version: number;
    };
    ServiceInterval: string[];
    ServiceOf: {
      providers: number;
      awaitingProcurement: number;
      /** @description The last local day a ride waiting for procurement is for; null: none waits. */
      awaitingUntil: string | null;
      firstDay: string | null;
    };
    ServicePolicyRules: {
      /** @description Disability categories eligible by themselves (Rules, paragraph 23, as the region applies it). */
      eligibleCategories: (
        | 'CHILD_UNDER_7'
        | 'CHILD_GROUP_1'
        | 'CHILD_GROUP_2'
        | 'CHILD_GROUP_3'
        | 'ADULT_GROUP_1'
        | 'ADULT_GROUP_2'
        | 'ADULT_GROUP_3'
      )[];
      /** @description Further grounds, each with the act that grants it. */
      eligibilityGrants: components['schemas']['EligibilityGrant'][];
      /** @description Trips per local month; null = unlimited. */
      tripsPerMonth: number | null;
      allowedPurposes: (
        | 'MEDICAL'
        | 'HAEMODIALYSIS'
        | 'REHABILITATION'
        | 'SOCIAL_SERVICES'
        | 'EDUCATION'
        | 'WORK'
        | 'CULTURE_SPORT'
        | 'OTHER'
      )[];
      /**
       * @description Priority tiers for waitlisted and awaiting bookings: earlier tiers first; purposes within a
       *     tier and purposes in no tier are equal, first come first served (Karasay practice names
       *     work, study and haemodialysis first without ranking them among themselves).
       */
      purposePriorityTiers: (
        | 'MEDICAL'
        | 'HAEMODIALYSIS'
        | 'REHABILITATION'
        | 'SOCIAL_SERVICES'
        | 'EDUCATION'
        | 'WORK'
        | 'CULTURE_SPORT'
        | 'OTHER'
      )[][];
      minLeadMinutes: number;
      maxHorizonDays: number;
      /** @description Seven entries, 0 = Monday ... 6 = Sunday; each a list of local intervals; [] = closed. */
      serviceHours: components['schemas']['ServiceInterval'][][];
      /** @description KATO area codes the service covers (a region, district, sub-level or settlement code). */
      serviceAreaKato: string[];
      /** @description Optional ring of [lon, lat] (WGS 84) that both points must also be inside. */
      serviceAreaPolygon: number[][] | null;
      /** @description A cancellation less than this many minutes before the pickup window opens is late. */
      lateCancelMinutes: number;
      /** @description null = no-shows never suspend. */
      noShowRule: components['schemas']['NoShowRule'] | null;
      /** @description The driver waits at least this long after the window opens and arrival before NO_SHOW. */
      noShowWaitMinutes: number;
      /**
       * @description A no-show is taken only with the vehicle's pings within this many metres of the pickup for
       *     the whole wait (issue 23). Missing in versions written before it: 150 m applies.
       */
      noShowRadiusMetres?: number;
      /**
       * @description A rider may dispute a no-show until this many days after the day it was recorded (issue 23).
       *     Missing in versions written before it: 14 days apply (NO_SHOW_DISPUTE_DAYS_DEFAULT).
       */
      noShowDisputeDays?: number;
      /** @description The most companions any ride may carry (the person's entitlement may be lower). */
      maxCompanions: number;
      timeWindows: components['schemas']['TimeWindowWidths'];
      maxRideTime: components['schemas']['MaxRideTime'];
      boardingSeconds: {
        default: number;
        wheelchair: number;
      };
      /**
       * @description The number a person calls to book (the region's dispatch centre), as riders dial it; published
       *     in the region's GTFS-Flex feed (issue 25). Optional: versions published before it have none.
       */
      bookingPhone?: string | null;
      /**
       * @description The shortest period a procurement lot may buy, in days (issue 20: three weeks of rides is not
       *     a purchase). The officer's period for a lot is refused below it.
       */
      procurementMinLotDays: number;
      /**
       * @description A lot's default period is the rest of the budget year (the calendar year); from this month
       *     (1-12) on, when too little of the year is left, it runs to the end of the next budget year.
       */
      procurementNextYearFromMonth: number;
    };
    SessionView: {
      id: string;
      /** @enum {string} */
      method: 'PHONE_CODE' | 'PASSWORD' | 'EGOV';
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      lastUsedAt: string;
      userAgent: string | null;
      /** @description The session of the access token that asked. */
      current: boolean;
    };
    ShiftView: {
      id: string;
      providerId: string;
      vehicleId: string;
      driverId: string;
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      start: components['schemas']['GeoPoint'];
      end: components['schemas']['GeoPoint'];
      startKato: string;
      /** @enum {string} */
      status: 'CANCELLED' | 'ACTIVE' | 'PLANNED' | 'CLOSED';
      statusReason: string | null;
      version: number;
    };
    ShiftWithRides: {
      rides: number;
      id: string;
      providerId: string;
      vehicleId: string;
      driverId: string;
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      start: components['schemas']['GeoPoint'];
      end: components['schemas']['GeoPoint'];
      startKato: string;
      /** @enum {string} */
      status: 'CANCELLED' | 'ACTIVE' | 'PLANNED' | 'CLOSED';
      statusReason: string | null;
      version: number;
    };
    SignedBillingAct: {
      act: components['schemas']['PortalBillingAct'];
      signature: string | null;
      certificate: string | null;
    };
    SignedInUser: {
      id: string;
      displayName: string;
      /** @enum {string} */
      role:
        | 'BENEFICIARY'
        | 'GUARDIAN'
        | 'PORTAL'
        | 'LEB_OFFICER'
        | 'PROVIDER_ADMIN'
        | 'DISPATCHER'
        | 'DRIVER'
        | 'MINISTRY_ANALYST'
        | 'ADMIN';
      /** @enum {string} */
      language: 'kk' | 'ru' | 'en';
      regionKato: string | null;
      providerId: string | null;
      beneficiaryId: string | null;
      driverId: string | null;
      totpEnabled: boolean;
    };
    SignInMethods: {
      /** @description The /signin page may offer pasting an `npm run token` token (demo and test configurations only). */
      developerTokenSignIn: boolean;
    };
    SizingShift: {
      weekdays: number[];
      startTime: string;
      endTime: string;
    };
    SizingView: {
      id: string;
      /** @enum {string} */
      status: 'FAILED' | 'QUEUED' | 'RUNNING' | 'DONE';
      /** @description 0..100 while it runs. */
      progress: number;
      targetPercent: number;
      /** @description The lot's specification carries this run. */
      attached: boolean;
      /** @description The figures found (DONE); null otherwise. */
      result: components['schemas']['LotSizing'] | null;
      /** @description The result in the reader's language, sentence by sentence (DONE); empty otherwise. */
      text: string[];
      /** @description Why it failed, in the reader's language (FAILED). */
      failureText: string | null;
      /**
       * @description The rides it was sized on against those waiting now, with the sentence ("Sized on N rides;
       *     M wait now."); null when unchanged or not done.
       */
      demandChanged: {
        sizedOn: number;
        now: number;
        text: string;
      } | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      finishedAt: string | null;
    };
    StatusFlagView: {
      id: string;
      bookingId: string;
      shiftId: string | null;
      /** @description The status the driver reported. */
      status: string;
      /** @description LATE_START, LATE_ARRIVAL or ARRIVED_AWAY: the board words it. */
      code: string;
      /** @description Minutes late, metres away. */
      minutes: number | null;
      metres: number | null;
      reportedAt: string;
      plannedPickupAt: string | null;
      pickupEarliest: string;
      pickupLatest: string;
      /**
       * @description PENDING until a dispatcher confirms the ride (billed) or rejects it (not billed).
       * @enum {string}
       */
      review: 'REJECTED' | 'PENDING' | 'CONFIRMED';
      reviewedAt: string | null;
    };
    TimeWindowsView: {
      pickupEarliest: string;
      pickupLatest: string;
      dropoffEarliest: string;
      dropoffLatest: string;
    };
    TimeWindowWidths: {
      /** @description "Pick me up at T": the vehicle may arrive from T - before to T + after. */
      pickupBeforeMinutes: number;
      pickupAfterMinutes: number;
      /** @description "Get me there by T": arrival from T - before to T + after (after is usually 0). */
      dropoffBeforeMinutes: number;
      dropoffAfterMinutes: number;
    };
    TokenAnswer: {
      accessToken: string;
      /** @enum {string} */
      tokenType: 'Bearer';
      /** @description Seconds the access token is good for (at most 600). */
      expiresIn: number;
      sessionId: string;
      user: components['schemas']['SignedInUser'];
    };
    TotpEnabled: {
      /** @enum {boolean} */
      totpEnabled: true;
    };
    TotpEnrolment: {
      /** @description Base32, for typing into the app by hand. */
      secret: string;
      otpauthUrl: string;
      /** @description The otpauth URL as a QR code (SVG markup). */
      qrSvg: string;
    };
    UnacknowledgedView: {
      bookingId: string;
      orderId: string;
      status: string;
      version: number;
      lastSentVersion: number;
      updatedAt: string;
    };
    UnmetDemandReport: {
      from: string;
      to: string;
      byDistrictAndMonth: components['schemas']['NamedUnmetDemandRow'][];
      waitingNow: components['schemas']['NamedWaitingNowRow'][];
      requests: components['schemas']['RequestStateRow'][];
      requestsByStatus: components['schemas']['RequestsByStatusRow'][];
    };
    UserView: {
      id: string;
      displayName: string;
      /** @enum {string|null} */
      role:
        | 'BENEFICIARY'
        | 'GUARDIAN'
        | 'PORTAL'
        | 'LEB_OFFICER'
        | 'PROVIDER_ADMIN'
        | 'DISPATCHER'
        | 'DRIVER'
        | 'MINISTRY_ANALYST'
        | 'ADMIN'
        | null;
      /** @enum {string} */
      status: 'ACTIVE' | 'DISABLED';
      regionKato: string | null;
      providerId: string | null;
      driverId: string | null;
      phoneMasked: string | null;
      email: string | null;
      totpEnabled: boolean;
      /**
       * @description A password is set. False for a staff account made without one (a driver added on the fleet
       *     page): it cannot sign in until the person accepts an invitation. Riders and guardians sign in
       *     with a code by SMS and have none.
       */
      passwordSet: boolean;
      /** Format: date-time */
      createdAt: string;
    };
    VehicleView: {
      id: string;
      providerId: string;
      plate: string;
      /** @enum {string} */
      status: 'ACTIVE' | 'OUT_OF_SERVICE';
      statusReason: string | null;
      version: number;
      model: string;
      seats: number;
      wheelchairPlaces: number;
      alternativeLayouts: components['schemas']['Layout'][];
      hasRamp: boolean;
      hasLift: boolean;
      hasRestraints: boolean;
    };
    WhatIfFleetChange: {
      /** @enum {string} */
      kind: 'WHEELCHAIR_VAN' | 'CAR';
      /** @description Vehicles added (> 0) or taken away (< 0), every day of the period. */
      count: number;
      /** @description An added vehicle's shift, local time (an end at or before the start runs past midnight). */
      shiftStart: string;
      shiftEnd: string;
    };
    WhatIfPolicyVariant: {
      /** @description The service's hours on every open day; null: as in force. */
      serviceHours: {
        from: string;
        to: string;
      } | null;
      /** @description The shortest notice a booking needs, minutes; null: as in force. */
      minLeadMinutes: number | null;
      /** @description How wide the pickup window is, minutes (the drop-off window scaled alike); null: as in force. */
      windowMinutes: number | null;
      /** @description The longest ride as a multiple of the direct drive; null: as in force. */
      rideTimeFactor: number | null;
    };
    WhatIfRulesApplied: {
      /** @description The day's hours, earliest opening to latest closing of the week; null: closed every day. */
      serviceHours: {
        from: string;
        to: string;
      } | null;
      minLeadMinutes: number;
      /** @description The pickup window's width, minutes. */
      windowMinutes: number;
      /** @description The longest ride: rideTimeFactor × the direct drive + ridePlusMinutes. */
      rideTimeFactor: number;
      ridePlusMinutes: number;
    };
    WhatIfRunResult: {
      /**
       * @description Requests of the scenario (the demand base times the growth factor): those replayed and those
       *     the rules refused at the time (counted as requested and refused, as the reports count them).
       */
      requests: number;
      /** @description Scheduled / requested; null with no request. */
      servedShare: number | null;
      /** @description Waitlisted by the real-time insertion and then served by an evening re-plan. */
      servedByReplan: number;
      /**
       * @description The expected on-time share (expectedOnTimeShare, expected-on-time.ts): each planned pickup
       *     on time with the share of the base period's observed pickup delays within its slack (window
       *     end minus planned pickup). null: nothing planned, or no delay observed. (figures.onTime is
       *     against the simulated plan itself: pickups planned inside the window, 100% by construction.)
       */
      expectedOnTimeShare?: number | null;
      /** @description How many completed rides of the base period the observed delays come from. */
      observedDelays?: number;
      replans: {
        run: number;
        applied: number;
      };
      /** @description Vehicles working at least one shift of the period, by kind, and their shifts. */
      fleet: {
        vehicles: number;
        wheelchairVans: number;
        cars: number;
        shifts: number;
      };
      /**
       * @description The fleet's shifts cut to the scenario's service hours, present when its policy variant sets
       *     them (walk t25 minor 1): the hours outside are not bought, so the vehicle hours and the trips
       *     per hour follow. The fleet's vehicle hours before the cut, and the shifts dropped as lying
       *     wholly outside the hours.
       */
      shiftsCut?: {
        vehicleHoursBefore: number;
        shiftsDropped: number;
      };
      /** @description The operations figures of the replay (the reports' definitions). */
      figures: components['schemas']['FigureSummary'];
      /**
       * @description The parameters of each refusal reason's message under the scenario's rules (LEAD_TIME_TOO_SHORT:
       *     { minutes }, BEYOND_HORIZON: { days }), so its text says the value, never a placeholder.
       */
      reasonParams?: {
        [key: string]: {
          [key: string]: string | number;
        };
      };
      /**
       * @description The demand base as recorded, before the growth factor: requests, the days of the period and
       *     those of them holding any request (a month of which 4 days hold data is said so); `refused`:
       *     of the requests, those the rules refused at the time; `replayed`: of those, the ones refused
       *     for service hours, notice or horizon only, whose asked trip is kept (refused_request) and
       *     replayed under the scenario's rules (the others are counted, not replayed).
       */
      recorded?: {
        requests: number;
        days: number;
        daysWithRequests: number;
        refused?: number;
        replayed?: number;
      };
      /**
       * @description The rules the replay applied (the policy in force with the variant's changes), each value
       *     spelled out: a baseline "as in force" says what was in force (walk t25 m6). Missing in runs
       *     stored before it.
       */
      rules?: components['schemas']['WhatIfRulesApplied'];
      /** @description How long the replay took, seconds. */
      seconds: number;
    };
    WhatIfScenarioParams: {
      /**
       * @description The recorded requests whose pickup falls on these local days (both included): requests already
       *     made, so the period starts by today (days ahead hold what has been booked for them so far).
       */
      demand: {
        from: string;
        to: string;
        growth: number;
      };
      fleet: components['schemas']['WhatIfFleetChange'][];
      policy: components['schemas']['WhatIfPolicyVariant'];
    };
    WhatIfScenarioView: {
      id: string;
      regionKato: string;
      name: string;
      params: components['schemas']['WhatIfScenarioParams'];
      /** @enum {string} */
      status: 'FAILED' | 'QUEUED' | 'RUNNING' | 'DONE';
      /** @description 0..100 while running. */
      progress: number;
      /** @description Why it failed (a code). */
      note: string | null;
      /** @description Replays started: more than one when a dispatcher died and another took it over. */
      attempts: number;
      createdAt: string;
      startedAt: string | null;
      finishedAt: string | null;
      /** @description The figures, once DONE (absent from lists). */
      result: components['schemas']['WhatIfRunResult'] | null;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
  HealthController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ok';
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @description The overall status of the Health Check
             * @enum {string}
             */
            status: 'ok' | 'error' | 'shutting_down';
            /**
             * @description The info object contains information of each health indicator
             *     which is of status "up"
             */
            info?: {
              [key: string]: {
                /** @enum {string} */
                status: 'up' | 'down';
              } & {
                [key: string]: unknown;
              };
            };
            /**
             * @description The error object contains information of each health indicator
             *     which is of status "down"
             */
            error?: {
              [key: string]: {
                /** @enum {string} */
                status: 'up' | 'down';
              } & {
                [key: string]: unknown;
              };
            };
            /** @description The details object contains information of every health indicator. */
            details: {
              [key: string]: {
                /** @enum {string} */
                status: 'up' | 'down';
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  DeadLetterController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadLetterView'][];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  DeadLetterController_retry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {boolean} */
            retried: true;
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  ProvidersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderOverview'][];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  ProvidersController_register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterProviderDto'];
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  ProvidersController_coverage: {
    parameters: {
      query: {
        kato: string;
        at?: string;
        seats?: number;
        wheelchairPlaces?: number;
        ramp?: boolean;
        lift?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoveringProvider'][];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  ProvidersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  ProvidersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProviderDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderChange'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  ProvidersController_changeStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeProviderStatusDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProviderChange'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  ProvidersController_addContract: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ContractTermsDto'];
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            contractId: string;
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  FleetController_listVehicles: {
    parameters: {
      query?: {
        /** @description For a region's officer or dispatch centre: whose fleet. */
        providerId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VehicleView'][];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  FleetController_createVehicle: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateVehicleDto'];
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VehicleView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  FleetController_getVehicle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VehicleView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  FleetController_updateVehicle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateVehicleDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            providerId: string;
            plate: string;
            /** @enum {string} */
            status: 'ACTIVE' | 'OUT_OF_SERVICE';
            statusReason: string | null;
            version: number;
            model: string;
            seats: number;
            wheelchairPlaces: number;
            alternativeLayouts: components['schemas']['Layout'][];
            hasRamp: boolean;
            hasLift: boolean;
            hasRestraints: boolean;
            sentBackToDispatch: string[];
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  FleetController_changeVehicleStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeVehicleStatusDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            providerId: string;
            plate: string;
            /** @enum {string} */
            status: 'ACTIVE' | 'OUT_OF_SERVICE';
            statusReason: string | null;
            version: number;
            model: string;
            seats: number;
            wheelchairPlaces: number;
            alternativeLayouts: components['schemas']['Layout'][];
            hasRamp: boolean;
            hasLift: boolean;
            hasRestraints: boolean;
            sentBackToDispatch: string[];
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  FleetController_listDrivers: {
    parameters: {
      query?: {
        /** @description For a region's officer or dispatch centre: whose fleet. */
        providerId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DriverView'][];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  FleetController_createDriver: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDriverDto'];
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            providerId: string;
            fullName: string;
            licenceNumber: string;
            phone: string;
            /** @enum {string} */
            status: 'ACTIVE' | 'INACTIVE';
            /** @description The licence is valid through this local day; null: not recorded. */
            licenceValidUntil: string | null;
            /**
             * @description The licence today, in the provider's words on the page: valid, expiring soon, expired.
             * @enum {string}
             */
            licence: 'EXPIRED' | 'VALID' | 'EXPIRING_SOON' | 'NOT_RECORDED';
            /** @description The driver's sign-in account: a password set (ACTIVE), an open invitation (INVITED), or NONE. */
            account: components['schemas']['DriverAccount'];
            userId: string;
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  FleetController_getDriver: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DriverView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  FleetController_updateDriver: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDriverDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DriverView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  FleetController_changeDriverStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeDriverStatusDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            providerId: string;
            fullName: string;
            licenceNumber: string;
            phone: string;
            /** @enum {string} */
            status: 'ACTIVE' | 'INACTIVE';
            /** @description The licence is valid through this local day; null: not recorded. */
            licenceValidUntil: string | null;
            /**
             * @description The licence today, in the provider's words on the page: valid, expiring soon, expired.
             * @enum {string}
             */
            licence: 'EXPIRED' | 'VALID' | 'EXPIRING_SOON' | 'NOT_RECORDED';
            /** @description The driver's sign-in account: a password set (ACTIVE), an open invitation (INVITED), or NONE. */
            account: components['schemas']['DriverAccount'];
            sentBackToDispatch: string[];
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  FleetController_listShifts: {
    parameters: {
      query?: {
        providerId?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShiftWithRides'][];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  FleetController_createShift: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateShiftDto'];
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShiftView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  FleetController_createShiftPattern: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateShiftPatternDto'];
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            shifts: components['schemas']['ShiftView'][];
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  FleetController_getShift: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShiftView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  FleetController_changeShift: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeShiftDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShiftView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  FleetController_cancelShift: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelShiftDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            providerId: string;
            vehicleId: string;
            driverId: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            start: components['schemas']['GeoPoint'];
            end: components['schemas']['GeoPoint'];
            startKato: string;
            /** @enum {string} */
            status: 'CANCELLED' | 'ACTIVE' | 'PLANNED' | 'CLOSED';
            statusReason: string | null;
            version: number;
            sentBackToDispatch: string[];
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  GazetteerController_search: {
    parameters: {
      query: {
        q: string;
        /** @description A region's KATO code (9 digits): only streets in that region, e.g. the rider's own. */
        region?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GazetteerEntry'][];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  AppConfigController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AppConfigView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  PoliciesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kato: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyVersionView'][];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  PoliciesController_publish: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key for a retried request: the work is done once and its answer repeated. */
        'Idempotency-Key'?: string;
      };
      path: {
        kato: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublishPolicyDto'];
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyVersionView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  PoliciesController_inForce: {
    parameters: {
      query?: {
        at?: string;
      };
      header?: never;
      path: {
        kato: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyInForceView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  PoliciesController_preview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kato: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PreviewPolicyDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyPreview'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BeneficiariesController_list: {
    parameters: {
      query?: {
        /** @description KATO area to list (within the caller's region); the caller's region when omitted. */
        kato?: string;
        /** @description The last id of the previous page (the list is ordered by id). */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageBeneficiarySummary'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BeneficiariesController_register: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key for a retried request: the work is done once and its answer repeated. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateBeneficiaryDto'];
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BeneficiaryView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BeneficiariesController_lookup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LookupBeneficiaryDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BeneficiarySummary'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Over the rate limit; `Retry-After` says when to try again. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BeneficiariesController_search: {
    parameters: {
      query: {
        q: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['BeneficiarySummary'][];
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Over the rate limit; `Retry-After` says when to try again. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BeneficiariesController_wards: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BeneficiarySummary'][];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BeneficiariesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BeneficiaryView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BeneficiariesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateBeneficiaryDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BeneficiaryView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BeneficiariesController_guardians: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['GuardianView'][];
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BeneficiariesController_linkGuardian: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key for a retried request: the work is done once and its answer repeated. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LinkGuardianDto'];
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            guardianUserId: string;
            beneficiaryId: string;
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BeneficiariesController_unlinkGuardian: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BeneficiariesController_signInUser: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key for a retried request: the work is done once and its answer repeated. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            userId: string;
            /** @enum {string} */
            role: 'BENEFICIARY';
            beneficiaryId: string;
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BookingsController_search: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
        /** @description Local date YYYY-MM-DD of the pickup window. */
        day?: string;
        /** @description One status or several, comma-separated. */
        status?: (
          | 'EXPIRED'
          | 'REJECTED'
          | 'REQUESTED'
          | 'ACCEPTED'
          | 'SCHEDULED'
          | 'WAITLISTED'
          | 'AWAITING_PROCUREMENT'
          | 'EN_ROUTE'
          | 'ARRIVED'
          | 'ON_BOARD'
          | 'COMPLETED'
          | 'NO_SHOW'
          | 'CANCELLED'
        )[];
        region?: string;
        provider?: string;
        /** @description One person's rides (the phone desk). */
        beneficiaryId?: string;
        /**
         * @description Free text (issue 23): part of the rider's name, some digits of their phone, or the booking's
         *     number (its id, or the first 8 or more of its characters) or Portal order number. Never logged.
         */
        q?: string;
        /** @description Rides with every one of these needs (comma-separated): wheelchair, stepFree, needsLift, visual, hearing, intellectual, guideDog. */
        needs?: (
          'wheelchair' | 'stepFree' | 'needsLift' | 'visual' | 'hearing' | 'intellectual' | 'guideDog'
        )[];
        /** @description By pickup window: `asc` (default, earliest first) or `desc` (latest first: a person's history). */
        order?: 'asc' | 'desc';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageBookingView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BookingsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key for a retried request: the work is done once and its answer repeated. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateBookingDto'];
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateBookingResult'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Over the rate limit; `Retry-After` says when to try again. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BookingsController_mine: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PageRiderBookingView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BookingsController_allowance: {
    parameters: {
      query: {
        beneficiaryId: string;
        month?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Allowance'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BookingsController_openDisputes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BookingView'][];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BookingsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BookingView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BookingsController_cancel: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key for a retried request: the work is done once and its answer repeated. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelBookingDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BookingView'][];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Over the rate limit; `Retry-After` says when to try again. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BookingsController_change: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key for a retried request: the work is done once and its answer repeated. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeBookingDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangeResult'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Over the rate limit; `Retry-After` says when to try again. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BookingsController_cancelSeries: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key for a retried request: the work is done once and its answer repeated. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelSeriesDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            series: components['schemas']['SeriesView'];
            cancelled: components['schemas']['BookingView'][];
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BookingsController_forgive: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key for a retried request: the work is done once and its answer repeated. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ForgiveNoShowDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BookingView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BookingsController_dispute: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key for a retried request: the work is done once and its answer repeated. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DisputeNoShowDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BookingView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BookingsController_decideDispute: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key for a retried request: the work is done once and its answer repeated. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideNoShowDisputeDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BookingView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  ProcurementController_list: {
    parameters: {
      query?: {
        status?: 'DRAFT' | 'SUBMITTED' | 'CANCELLED' | 'PUBLISHED' | 'AWARDED' | 'FAILED';
        /** @description Analysts: one region; officers see their own region anyway. */
        regionKato?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestSummary'][];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  ProcurementController_detail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestDetail'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  ProcurementController_review: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviewRequestDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestSummary'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  ProcurementController_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitRequestDto'];
      };
    };
    responses: {
      /** @description OK */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestSummary'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  ProcurementController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelRequestDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestSummary'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  ProcurementController_resubmit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResubmitRequestDto'];
      };
    };
    responses: {
      /** @description OK */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestSummary'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  ProcurementController_retryAward: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequestSummary'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  ProcurementController_listSizings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SizingView'][];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  ProcurementController_startSizing: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartSizingDto'];
      };
    };
    responses: {
      /** @description OK */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SizingView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  ProcurementController_attachSizing: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        sizingId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AttachSizingDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SizingView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  ProcurementController_listAlerts: {
    parameters: {
      query?: {
        /** @description Only alerts nobody acknowledged yet (default true). */
        open?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlertView'][];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  ProcurementController_acknowledge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AlertView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  ProcurementController_unmetDemand: {
    parameters: {
      query: {
        from: string;
        to: string;
        regionKato?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnmetDemandReport'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  ProcurementController_callback: {
    parameters: {
      query?: never;
      header: {
        'x-procurement-timestamp': string;
        'x-procurement-signature': string;
      };
      path: {
        lotId: string;
        status: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            accepted: true;
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  PortalInboundController_order: {
    parameters: {
      query?: never;
      header: {
        /** @description hex HMAC-SHA256, see libs/portal/SIGNING.md */
        'X-Portal-Signature': string;
        /** @description Accepted once; a replay gets the first answer */
        'X-Portal-Event-Id': string;
        /** @description Unix seconds; at most 5 minutes off */
        'X-Portal-Timestamp': string;
        'X-Portal-Key-Id': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "orderId": "PO-2027-000123",
         *       "recipient": {
         *         "iin": "900101300811",
         *         "fullName": "Айгерим Садыкова",
         *         "phone": "+77011234567",
         *         "language": "kk",
         *         "residence": {
         *           "kato": "710000000",
         *           "address": "пр. Мәңгілік Ел, 8, кв. 12",
         *           "lat": 51.0909,
         *           "lon": 71.4187
         *         }
         *       },
         *       "eligibility": {
         *         "category": "ADULT_GROUP_1",
         *         "validUntil": null,
         *         "needs": {
         *           "wheelchair": "MANUAL",
         *           "needsRamp": true,
         *           "needsLift": false,
         *           "visual": false,
         *           "hearing": false,
         *           "intellectual": false,
         *           "guideDog": false
         *         },
         *         "companionEntitled": true,
         *         "payerKato": "710000000"
         *       },
         *       "ride": {
         *         "pickup": {
         *           "kato": "710000000",
         *           "address": "пр. Мәңгілік Ел, 8",
         *           "lat": 51.0909,
         *           "lon": 71.4187
         *         },
         *         "dropoff": {
         *           "kato": "710000000",
         *           "address": "ул. Сыганак, 2 (поликлиника)",
         *           "lat": 51.1282,
         *           "lon": 71.4304
         *         },
         *         "timeAnchor": "PICKUP",
         *         "requestedTime": "2027-03-03T06:00:00.000Z",
         *         "purpose": "HAEMODIALYSIS",
         *         "companions": 1,
         *         "notes": "Подъезд со стороны парковки"
         *       }
         *     }
         */
        'application/json': components['schemas']['PortalOrderDto'];
      };
    };
    responses: {
      /** @description The order id was already booked with this ride (sent again): its booking. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PortalOrderAnswer'];
        };
      };
      /** @description Booked; 200 with the same body: already booked */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PortalOrderAnswer'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Over the rate limit; `Retry-After` says when to try again. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  PortalInboundController_status: {
    parameters: {
      query?: never;
      header: {
        /** @description hex HMAC-SHA256, see libs/portal/SIGNING.md */
        'X-Portal-Signature': string;
        /** @description Accepted once; a replay gets the first answer */
        'X-Portal-Event-Id': string;
        /** @description Unix seconds; at most 5 minutes off */
        'X-Portal-Timestamp': string;
        'X-Portal-Key-Id': string;
      };
      path: {
        orderId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PortalOrderStatus'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Over the rate limit; `Retry-After` says when to try again. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  PortalInboundController_cancel: {
    parameters: {
      query?: never;
      header: {
        /** @description hex HMAC-SHA256, see libs/portal/SIGNING.md */
        'X-Portal-Signature': string;
        /** @description Accepted once; a replay gets the first answer */
        'X-Portal-Event-Id': string;
        /** @description Unix seconds; at most 5 minutes off */
        'X-Portal-Timestamp': string;
        'X-Portal-Key-Id': string;
      };
      path: {
        orderId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "reason": "Отменено на Портале"
         *     }
         */
        'application/json': components['schemas']['PortalCancelDto'];
      };
    };
    responses: {
      /** @description Cancelled (or already cancelled) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PortalOrderAnswer'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Over the rate limit; `Retry-After` says when to try again. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  PortalInboundController_payment: {
    parameters: {
      query?: never;
      header: {
        /** @description hex HMAC-SHA256, see libs/portal/SIGNING.md */
        'X-Portal-Signature': string;
        /** @description Accepted once; a replay gets the first answer */
        'X-Portal-Event-Id': string;
        /** @description Unix seconds; at most 5 minutes off */
        'X-Portal-Timestamp': string;
        'X-Portal-Key-Id': string;
      };
      path: {
        actId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PortalPaymentDto'];
      };
    };
    responses: {
      /** @description Recorded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PortalPaymentAnswer'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Over the rate limit; `Retry-After` says when to try again. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  PortalBillingActsController_list: {
    parameters: {
      query?: {
        /** @description ISO 8601 instant: acts issued or changed at or after it (default: all); pass the last answer's `until`. */
        since?: string;
      };
      header: {
        /** @description hex HMAC-SHA256 over the path with its query */
        'X-Portal-Signature': string;
        'X-Portal-Event-Id': string;
        /** @description Unix seconds; at most 5 minutes off */
        'X-Portal-Timestamp': string;
        'X-Portal-Key-Id': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PortalActPage'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Over the rate limit; `Retry-After` says when to try again. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  PortalBillingActsController_get: {
    parameters: {
      query?: never;
      header: {
        /** @description hex HMAC-SHA256 over the path with its query */
        'X-Portal-Signature': string;
        'X-Portal-Event-Id': string;
        /** @description Unix seconds; at most 5 minutes off */
        'X-Portal-Timestamp': string;
        'X-Portal-Key-Id': string;
      };
      path: {
        actId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PortalActWithVersions'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Over the rate limit; `Retry-After` says when to try again. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  PortalAdminController_unacknowledged: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnacknowledgedView'][];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  PortalAdminController_resend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bookingId: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BillingActsController_list: {
    parameters: {
      query?: {
        regionKato?: string;
        month?: string;
        status?: 'REJECTED' | 'DRAFT' | 'APPROVED' | 'SUBMITTED' | 'PAID';
        providerId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BillingActView'][];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BillingActsController_generate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GenerateBillingActDto'];
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BillingActView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BillingActsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BillingActView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BillingActsController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApproveBillingActDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BillingActView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BillingActsController_correct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CorrectBillingActDto'];
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BillingActView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  BillingActsController_export: {
    parameters: {
      query: {
        format: 'csv' | 'xlsx';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  NotificationsController_forBooking: {
    parameters: {
      query: {
        bookingId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryView'][];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  NotificationsController_resend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            status: string;
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  NotificationsController_mine: {
    parameters: {
      query?: {
        /** @description Only messages not yet marked read. */
        unread?: boolean;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InAppNotificationView'][];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  NotificationsController_markRead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** Format: date-time */
            readAt: string;
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  NotificationsController_preferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NotificationPreferencesDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PreferencesView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  NotificationsController_live: {
    parameters: {
      query?: {
        /**
         * @description Also follow this rider's bookings (`event: booking` per change): the rider's own id, or a
         *     guardian's ward. Without it a rider follows their own; a guardian, their messages only.
         */
        beneficiaryId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A stream of server-sent events: `notification` per new in-app message, `booking` per change of the rider's bookings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  DeliveryReportController_report: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeliveryReportDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            status: string;
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  DispatchController_board: {
    parameters: {
      query: {
        /** @description Local date, YYYY-MM-DD. */
        date: string;
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Board'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  DispatchController_previewAssign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignPreviewDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssignPreview'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  DispatchController_assign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssignResult'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  DispatchController_reassign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssignResult'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  DispatchController_unassign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UnassignDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bookingId: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  DispatchController_breakdown: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BreakdownDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BreakdownResult'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  DispatchController_undoBreakdown: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BreakdownUndoResult'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  DispatchController_latestPlan: {
    parameters: {
      query: {
        regionKato: string;
        date: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            run: components['schemas']['PlanRunView'] | null;
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  DispatchController_startPlan: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartPlanDto'];
      };
    };
    responses: {
      /** @description OK */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanRunView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  DispatchController_plan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        runId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanRunView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  DispatchController_applyPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        runId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanRunView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  DispatchController_discardPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        runId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanRunView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  DispatchController_undoPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        runId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanRunView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  LiveController_bookingEvents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A stream of server-sent events: `snapshot` first, then `update` per status change or position */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  LiveController_boardEvents: {
    parameters: {
      query?: {
        region?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A stream of server-sent events: `snapshot` first, then `update` per route change */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  StatusFlagsController_review: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviewFlagDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            bookingId: string;
            /** @enum {string} */
            review: 'REJECTED' | 'CONFIRMED';
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  DriverController_manifest: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Manifest'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  DriverController_events: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A stream of server-sent events: `snapshot` first, then `update` per change of a ride on the shifts */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  DriverController_status: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key for a retried request: the work is done once and its answer repeated. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DriverStatusDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bookingId: string;
            status: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  DriverController_missed: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key for a retried request: the work is done once and its answer repeated. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DriverMissedDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bookingId: string;
            status: string;
            version: number;
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  DriverController_location: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LocationDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            shiftId: string;
            etas: components['schemas']['Eta'][];
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  DriverController_locations: {
    parameters: {
      query?: never;
      header?: {
        /** @description The same key for a retried request: the work is done once and its answer repeated. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LocationBatchDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            recorded: number;
            outsideShift: number;
          };
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  AuthController_methods: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignInMethods'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  AuthController_phoneCode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PhoneCodeRequestDto'];
      };
    };
    responses: {
      /** @description OK */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PhoneCodeSent'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  AuthController_phoneVerify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PhoneVerifyDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenAnswer'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  AuthController_password: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordSignInDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenAnswer'] | components['schemas']['MfaAnswer'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  AuthController_totpEnrol: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TotpEnrolDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TotpEnrolment'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  AuthController_totpVerify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TotpVerifyDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenAnswer'] | components['schemas']['TotpEnabled'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  AuthController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenAnswer'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  AuthController_signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  AuthController_signOutEverywhere: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  JwksController_jwks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JwksView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  AccountController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  AccountController_patch: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AccountPatchDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  AccountController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionView'][];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  AccountController_end: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  InvitationsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationListItem'][];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  InvitationsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InvitationCreateDto'];
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationSent'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  InvitationsController_options: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InviteOptions'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  InvitationsController_resend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationSent'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  InvitationsController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  InvitationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  InvitationsController_accept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InvitationAcceptDto'];
      };
    };
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationAccepted'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        status?: 'ACTIVE' | 'DISABLED';
        role?:
          | 'BENEFICIARY'
          | 'GUARDIAN'
          | 'PORTAL'
          | 'LEB_OFFICER'
          | 'PROVIDER_ADMIN'
          | 'DISPATCHER'
          | 'DRIVER'
          | 'MINISTRY_ANALYST'
          | 'ADMIN';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'][];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  UsersController_patch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UserPatchDto'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  OperationsReportsController_report: {
    parameters: {
      query: {
        /** @description First local day, YYYY-MM-DD. */
        from: string;
        /** @description Last local day (included), YYYY-MM-DD; the period at most REPORT_MAX_DAYS (366) days. */
        to: string;
        /** @description A region (KATO); an officer's own region when absent; the country for an analyst. */
        regionKato?: string;
        /** @description A district (KATO) of the pickup (of the shift's start, for productivity). */
        districtKato?: string;
        providerId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OperationsReport'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  OperationsReportsController_export: {
    parameters: {
      query: {
        /** @description First local day, YYYY-MM-DD. */
        from: string;
        /** @description Last local day (included), YYYY-MM-DD; the period at most REPORT_MAX_DAYS (366) days. */
        to: string;
        /** @description A region (KATO); an officer's own region when absent; the country for an analyst. */
        regionKato?: string;
        /** @description A district (KATO) of the pickup (of the shift's start, for productivity). */
        districtKato?: string;
        providerId?: string;
        /** @description Which report the workbook holds. */
        report:
          'trips' | 'onTime' | 'misses' | 'unmet' | 'productivity' | 'rideTime' | 'accessibility' | 'cost';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  OperationsReportsController_monthly: {
    parameters: {
      query: {
        /** @description YYYY-MM */
        month: string;
        /** @description The akimat's region (KATO); an officer's own region when absent. Required for an analyst. */
        regionKato?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  GtfsController_feed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/zip': string;
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  WhatIfController_list: {
    parameters: {
      query?: {
        /** @description A region (KATO); the officer's own; every region for the ministry when absent. */
        regionKato?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WhatIfScenarioView'][];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  WhatIfController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWhatIfScenarioDto'];
      };
    };
    responses: {
      /** @description OK */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WhatIfScenarioView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  WhatIfController_export: {
    parameters: {
      query: {
        /** @description One or two scenario ids, comma-separated: the workbook puts them side by side. */
        ids: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  WhatIfController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WhatIfScenarioView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  WhatIfController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
  WhatIfController_rerun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WhatIfScenarioView'];
        };
      };
      /** @description Invalid input: `errors` lists each field and reason. Codes: VALIDATION. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description No valid credentials (missing, expired or forged token; a missing or wrong signature). Codes: UNAUTHORIZED, MISSING_HEADERS, BAD_EVENT_ID, UNKNOWN_KEY, BAD_TIMESTAMP, STALE_TIMESTAMP, BAD_SIGNATURE. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The caller's role or scope does not allow this. Codes: FORBIDDEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The record does not exist or is outside the caller's scope. Codes: NOT_FOUND. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Conflicts with the record's current state; `Retry-After` when sending it again may succeed. Codes: CONFLICT, STALE_VERSION, ILLEGAL_TRANSITION, REQUEST_IN_PROGRESS. A conflict with a reason of its own answers under it: OVERLAPPING_BOOKING, PORTAL_ORDER_CHANGED, EVENT_IN_FLIGHT, CONCURRENT_DELETE, NO_WAITING_DEMAND, ONLY_FAILED_REQUESTS_ARE_RESUBMITTED, ALREADY_RESUBMITTED, NO_AWARD_TO_RETRY, SIZING_RUNNING, SIZING_NOT_DRAFT, SIZING_NOT_DONE, ACT_ALREADY_APPROVED, ACT_NOT_ISSUED, ACT_ALREADY_CORRECTED, NO_CONTRACT_FOR_RIDES, PORTAL_REFERENCE_MISMATCH, ROUTE_INFEASIBLE, OVERRIDE_NEEDS_CONFIRMATION, OVERRIDE_PREVIEW_STALE, OVERRIDE_NOT_ALLOWED, NO_SHOW_TOO_EARLY, NO_SHOW_NO_POSITION, NO_SHOW_AWAY, NO_SHOW_ARRIVED_LATE, ALREADY_ON_SHIFT, SHIFT_NOT_OPEN, NO_BREAKDOWN_TO_UNDO, BREAKDOWN_UNDO_EXPIRED, NOT_ON_ROUTE, NO_OPEN_SHIFT, NOT_A_NO_SHOW, NO_SHOW_ALREADY_FORGIVEN, NO_SHOW_ALREADY_DISPUTED, NO_SHOW_NOT_DISPUTED, NO_SHOW_DISPUTE_DECIDED, NO_SHOW_DISPUTE_TOO_LATE, ONLY_FAILED_MESSAGES_RESENT, WHATIF_NOT_FAILED, WHATIF_RUNNING, UNKNOWN_JOB, IIN_ALREADY_REGISTERED, REPLAN_RUNNING, PROVIDER_TERMINATED, PROVIDER_NOT_ACTIVE, PROVIDER_BIN_EXISTS, CONTRACT_PERIOD_OVERLAP, PLATE_EXISTS, LICENCE_EXISTS, STATUS_UNCHANGED, VEHICLE_OUT_OF_SERVICE, DRIVER_INACTIVE, SHIFT_NOT_CANCELLABLE, SHIFT_ENDED, SHIFT_NOT_PLANNED, SHIFT_CARRIES_RIDES, RIDE_UNDER_WAY, RIDE_FINISHED, RIDE_STARTED, VEHICLE_SHIFT_OVERLAP, DRIVER_SHIFT_OVERLAP, RIDE_CANCELLED, RIDE_MOVED_TO_OTHER_VEHICLE, RIDE_TAKEN_OFF_ROUTE, SHIFT_NOT_STARTED, SHIFT_OVER, RIDE_NOT_OF_SHIFT_DAY, EN_ROUTE_TOO_EARLY, ARRIVED_TOO_EARLY, COMPLETED_TOO_SOON, ANOMALY_ALREADY_REVIEWED, LOGIN_TAKEN, OWN_ACCOUNT, PLAN_STALE, PLAN_NOT_PROPOSED, PLAN_NOT_APPLIED, PLAN_DRIVER_ACTED, PLAN_CHANGED_SINCE, RIDE_NOT_CHANGEABLE, NOTHING_CHANGED. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description Refused by a rule: `reasons` lists each reason with its code. Codes: BOOKING_REJECTED, IDEMPOTENCY_KEY_REUSED. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description An unexpected failure; only the request id is returned. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
      /** @description The database or Redis is unavailable; `Retry-After` says when to try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorBody'];
        };
      };
    };
  };
}
