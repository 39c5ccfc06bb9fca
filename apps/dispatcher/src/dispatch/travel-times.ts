// Moved to @invataxi/routing (OneHourTravelTime, slowestHour) and @invataxi/dispatch
// (createTravelTimeProvider, TRAVEL_TIME). Kept only for bench/dispatch, which another engineer
// is changing now: delete once it imports @invataxi/routing.
export { OneHourTravelTime, slowestHour } from '@invataxi/routing';
