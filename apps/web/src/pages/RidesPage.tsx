import { pickupEtaOf } from '../pickup-time';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  Button,
  Dialog,
  DialogTrigger,
  Heading,
  Modal,
  Radio,
  RadioGroup,
  Label,
} from 'react-aria-components';
import type { Session } from '../auth';
import { bookableFromDate, FINAL_STATUSES, IN_PROGRESS_STATUSES, type BookingStatus } from '@invataxi/domain';
import { ApiError, call, client, subscribe, type Schema } from '../api/client';
import { Announcer, LoadError, Loading, PageTitle, StatusBadge, useLoad, useLoadFor } from '../components';
import { reasonText } from '../reason-text';
import { FormField } from '../form';
import { fmtDateShort, fmtDateTime, fmtDateYear, fmtTime, kzDateOf, kzToday, minutesUntil } from '../format';
import { regionOf, useRider, WhoseRide } from '../rider';
import type { PlotPoint } from '../PointsPlot';
import { LiveMap } from '../map/LiveMap';
import { placeIn } from '../place-names';
import { NoShowEvidenceText } from './officer/DisputeDecision';

export type Ride = Schema<'BookingView'> & {
  expectedServiceDate?: string | null;
  arrivalUnderReview?: boolean;
  providerChosen?: boolean;
};

/**
 * The status a rider is shown: an arrival reported far from the pick-up that a dispatcher has
 * not confirmed is not "the vehicle has arrived"; the vehicle is still on its way (issue 18).
 */
function riderStatus(status: BookingStatus, arrivalUnderReview: boolean | undefined): BookingStatus {
  return status === 'ARRIVED' && arrivalUnderReview ? 'EN_ROUTE' : status;
}

const asRiderSees = (r: Ride): Ride => ({ ...r, status: riderStatus(r.status, r.arrivalUnderReview) });

const FINAL = FINAL_STATUSES;
const LIVE: readonly BookingStatus[] = ['SCHEDULED', ...IN_PROGRESS_STATUSES];
const POLL_MS = 15000;

/** The rider's unread in-app messages (the newest 20). */
function useMessages() {
  return useLoad(
    (signal) =>
      call(client.GET('/notifications/mine', { params: { query: { unread: true, limit: 20 } }, signal })),
    [],
  );
}

export function RidesPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const rider = useRider(session);
  const profile = rider.profile.data ?? null;
  const rides = useLoad(
    (signal) => call(client.GET('/bookings/mine', { params: { query: { limit: 200 } }, signal })),
    [],
  );
  const allowance = useLoadFor(rider.riderId, (beneficiaryId, signal) =>
    call(client.GET('/bookings/allowance', { params: { query: { beneficiaryId } }, signal })),
  );
  const policy = useLoadFor(profile && regionOf(profile.residence.kato), (kato, signal) =>
    call(client.GET('/regions/{kato}/policies/in-force', { params: { path: { kato } }, signal })),
  );
  const msgs = useMessages();
  const [announce, setAnnounce] = useState('');
  // The live panel's ETA: the ride's card says the same time (one source, issue 18).
  const [liveEta, setLiveEta] = useState<LiveEta | null>(null);
  const lastStatus = useRef(new Map<string, string>());

  // The rider's event stream: a new message, or a change of any of the rider's rides (booked,
  // scheduled, cancelled, done: the trips left change too), reads the panels again at once.
  const reloads = useRef({ rides: rides.reload, allowance: allowance.reload, msgs: msgs.reload });
  reloads.current = { rides: rides.reload, allowance: allowance.reload, msgs: msgs.reload };
  const riderId = rider.riderId;
  useEffect(() => {
    const ctl = new AbortController();
    const query = riderId ? `?beneficiaryId=${encodeURIComponent(riderId)}` : '';
    subscribe(
      `/notifications/stream${query}`,
      (type) => {
        const r = reloads.current;
        r.msgs();
        if (type === 'booking') {
          r.rides();
          r.allowance();
        }
      },
      ctl.signal,
    );
    return () => ctl.abort();
  }, [riderId]);

  // Status changes arrive by polling (and by the live stream for today's ride); each is announced.
  useEffect(() => {
    const timer = setInterval(() => rides.reload(), POLL_MS);
    return () => clearInterval(timer);
  }, [rides.reload]);
  useEffect(() => {
    const changed: string[] = [];
    for (const r of (rides.data?.items ?? []).map(asRiderSees)) {
      const before = lastStatus.current.get(r.id);
      if (before && before !== r.status)
        changed.push(
          t('rides.statusChanged', { time: fmtDateTime(r.requestedTime), status: t(`status.${r.status}`) }),
        );
      lastStatus.current.set(r.id, r.status);
    }
    if (changed.length) setAnnounce(changed.join(' '));
  }, [rides.data, t]);

  const mine = (rides.data?.items ?? [])
    .map(asRiderSees)
    .filter((r) => !rider.riderId || r.beneficiaryId === rider.riderId);
  const upcoming = mine
    .filter((r) => !FINAL.includes(r.status))
    .sort((a, b) => a.requestedTime.localeCompare(b.requestedTime));
  const past = mine.filter((r) => FINAL.includes(r.status));
  const today = kzToday();
  const live = upcoming.find((r) => LIVE.includes(r.status) && kzDateOf(r.requestedTime) === today);

  // Busy while any of its lists loads (the event stream stays open: "network idle" never comes).
  const busy = rides.loading || allowance.loading || msgs.loading;
  return (
    <section aria-busy={busy} data-testid="rides-page">
      <PageTitle>{t('rides.title')}</PageTitle>
      <Announcer text={announce} />
      <WhoseRide
        session={session}
        wards={rider.wards.data}
        riderId={rider.riderId}
        onChoose={rider.choose}
        profileName={profile?.fullName}
      />
      {allowance.data && (
        <p className="allowance" data-testid="allowance">
          {allowance.data.limit === null
            ? t('rides.noLimit', { used: allowance.data.used })
            : t('rides.left', { left: allowance.data.left, limit: allowance.data.limit })}
        </p>
      )}
      {allowance.error && <LoadError error={allowance.error} />}
      {rides.error && <LoadError error={rides.error} />}
      {rides.loading && !rides.data && <Loading />}
      {/* Keyed by the ride: its ETA and status belong to it, never to the next one. */}
      {live && <LiveRide key={live.id} ride={live} onStatus={() => rides.reload()} onEta={setLiveEta} />}
      <Messages msgs={msgs} />
      <h2>{t('rides.upcoming')}</h2>
      {rides.data && upcoming.length === 0 && <p>{t('rides.noneUpcoming')}</p>}
      <ul className="cards" aria-label={t('rides.upcoming')}>
        {upcoming.map((r) => (
          <RideCard
            key={r.id}
            ride={r}
            pair={pairOf(r, mine)}
            eta={liveEta && liveEta.bookingId === r.id ? liveEta : null}
            lateCancelMinutes={policy.data?.rules.lateCancelMinutes ?? null}
            booking={policy.data ? policy.data.rules : null}
            onChanged={() => rides.reload()}
          />
        ))}
      </ul>
      <h2>{t('rides.past')}</h2>
      {rides.data && past.length === 0 && <p>{t('rides.nonePast')}</p>}
      <ul className="cards" aria-label={t('rides.past')}>
        {past.map((r) => (
          <RideCard key={r.id} ride={r} lateCancelMinutes={null} onChanged={() => rides.reload()} />
        ))}
      </ul>
    </section>
  );
}

/** Statuses in which a leg "has a vehicle" for the pair notice: planned and not over yet. */
const LEG_SET: readonly BookingStatus[] = ['SCHEDULED', 'EN_ROUTE', 'ARRIVED'];

/** What a ride waiting for procurement needs of the region's policy. */
interface BookingRules {
  maxHorizonDays: number;
  bookingPhone?: string | null;
}

type PairNotice = 'waitingReturnSet' | 'waitingOutboundSet' | 'setReturnWaiting' | 'setOutboundWaiting';

/**
 * A ride there and its return in opposite states (one has a vehicle, the other waits): said on
 * both cards, as the messages say it.
 */
function pairOf(ride: Ride, all: readonly Ride[]): { notice: PairNotice; other: Ride } | null {
  const isReturn = !!ride.returnOfBookingId;
  const other = isReturn
    ? all.find((r) => r.id === ride.returnOfBookingId)
    : all.find((r) => r.returnOfBookingId === ride.id);
  if (!other) return null;
  if (ride.status === 'WAITLISTED' && LEG_SET.includes(other.status))
    return { notice: isReturn ? 'waitingOutboundSet' : 'waitingReturnSet', other };
  if (LEG_SET.includes(ride.status) && other.status === 'WAITLISTED')
    return { notice: isReturn ? 'setOutboundWaiting' : 'setReturnWaiting', other };
  return null;
}

/** A ride as its card names it: "Pick-up at Wed 9 December, 10:00" or "Arrive by …, 11:00". */
function rideWhen(t: TFunction, ride: Pick<Ride, 'timeAnchor' | 'requestedTime'>): string {
  return `${ride.timeAnchor === 'PICKUP' ? t('rides.pickupAt') : t('rides.arriveBy')} ${fmtDateTime(ride.requestedTime)}`;
}

function RideCard({
  ride,
  pair,
  eta,
  lateCancelMinutes,
  booking = null,
  onChanged,
}: {
  ride: Ride;
  pair?: { notice: PairNotice; other: Ride } | null;
  /** The region's booking rules, for a ride waiting for procurement (when it can be booked). */
  booking?: BookingRules | null;
  /** The live panel's ETA of this ride, if it is the one followed live. */
  eta?: LiveEta | null;
  lateCancelMinutes: number | null;
  onChanged: () => void;
}) {
  const dropoffAt = eta?.kind === 'DROPOFF' ? eta.at : ride.plannedDropoffAt;
  const { t } = useTranslation();
  const cancellable = !FINAL.includes(ride.status) && ride.status !== 'ON_BOARD';
  return (
    <li
      className="card ride"
      data-testid="ride"
      data-status={ride.status}
      data-booking={ride.id}
      data-version={ride.version}
    >
      <h3 className="h3">
        <span className="ride-when">{rideWhen(t, ride)}</span>
        {ride.returnOfBookingId && <span className="tag">{t('book.returnLeg')}</span>}
        {ride.seriesId && <span className="tag">{t('rides.repeating')}</span>}
      </h3>
      <p>
        <span className="visually-hidden">{t('book.from')}: </span>
        <span translate="no">{placeIn(ride.pickup.address)}</span> <span aria-hidden="true">→</span>
        <span className="visually-hidden"> {t('book.to')}: </span>{' '}
        <span translate="no">{placeIn(ride.dropoff.address)}</span>
      </p>
      <p>
        {t('rides.status')}: <StatusBadge status={ride.status} />
        {ride.statusReason && (
          <span className="muted" data-testid="status-reason">
            {' '}
            — {/* The award ends the procurement its reason speaks of (walk t25 m1). */}
            {ride.status === 'AWAITING_PROCUREMENT' && ride.providerChosen
              ? t('rides.procurement.chosenReason')
              : reasonText(ride.statusReason, undefined, true)}
          </span>
        )}
        {ride.lateCancellation && <span className="tag">{t('rides.lateMarked')}</span>}
      </p>
      {/* What the live panel says, never the planned pickup once the vehicle is there or the rider
          aboard (walk F7/F14: "vehicle planned at 11:30" while she sat in it). */}
      {ride.status === 'ARRIVED' ? (
        <p>{t('rides.vehicleHere')}</p>
      ) : ride.status === 'ON_BOARD' ? (
        dropoffAt && <p>{t('rides.etaDropoff', { time: fmtTime(dropoffAt) })}</p>
      ) : (
        ride.plannedPickupAt &&
        !FINAL.includes(ride.status) &&
        // The live ETA is said as an ETA, never as the plan beside the planned arrival (a tester in
        // the demo read "planned 19:29, arrival about 12:27" for a 12:20 pickup, issue 23).
        (eta?.kind === 'PICKUP' ? (
          <p>{t('rides.eta', { time: fmtTime(pickupEtaOf(ride, eta.at)) })}</p>
        ) : (
          <p>
            {t('rides.planned', {
              pickup: fmtTime(ride.plannedPickupAt),
              dropoff: fmtTime(ride.plannedDropoffAt),
            })}
          </p>
        ))
      )}
      {eta?.kind === 'PICKUP' && !FINAL.includes(ride.status) && <VehicleLate ride={ride} eta={eta.at} />}
      {!FINAL.includes(ride.status) && <LateArrival ride={ride} arrival={dropoffAt} />}
      {!ride.plannedPickupAt && !FINAL.includes(ride.status) && (
        <p className="muted">
          {t('rides.window', {
            from: fmtTime(ride.windows.pickupEarliest),
            to: fmtTime(ride.windows.pickupLatest),
          })}
        </p>
      )}
      {ride.status === 'AWAITING_PROCUREMENT' && <ProcurementNotice ride={ride} booking={booking} />}
      {ride.status === 'NO_SHOW' && <NoShowPanel ride={ride} onDone={onChanged} />}
      {pair && (
        <p className="notice notice-warning" data-testid="pair-notice">
          <span aria-hidden="true">⚠ </span>
          {t(`rides.pair.${pair.notice}`, { time: fmtDateTime(pair.other.requestedTime) })}
        </p>
      )}
      {cancellable && <CancelRide ride={ride} lateCancelMinutes={lateCancelMinutes} onDone={onChanged} />}
    </li>
  );
}

/**
 * A no-show (issue 23): what the vehicle's own positions showed (arrival, wait, distance), and
 * the rider's dispute: sent once, in their words; until it is decided the no-show does not count.
 */
function NoShowPanel({ ride, onDone }: { ride: Ride; onDone: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const n = ride.noShow;
  if (!n) return null;
  const e = n.evidence;
  return (
    <div className="notice" data-testid="no-show">
      {e ? <NoShowEvidenceText evidence={e} audience="rider" /> : <p>{t('rides.noShow.noEvidence')}</p>}
      {ride.noShowForgivenAt ? (
        <p>
          {t('rides.noShow.forgiven')}
          {n.decisionNote && (
            <>
              {' '}
              {t('rides.noShow.decisionNote')} <q>{n.decisionNote}</q>
            </>
          )}
        </p>
      ) : n.decision === 'REJECTED' ? (
        <p>
          {t('rides.noShow.rejected')}
          {n.decisionReason && <> {t(`rides.noShow.rejection.${n.decisionReason}`)}.</>}
          {n.decisionNote && (
            <>
              {' '}
              {t('rides.noShow.decisionNote')} <q>{n.decisionNote}</q>
            </>
          )}
        </p>
      ) : n.disputedAt ? (
        <p>{t('rides.noShow.pending', { date: fmtDateTime(n.disputedAt) })}</p>
      ) : n.disputeUntil && n.disputeUntil < kzToday() ? (
        <p>{t('rides.noShow.disputeOver', { date: fmtDateYear(n.disputeUntil) })}</p>
      ) : (
        <form
          onSubmit={(ev) => {
            ev.preventDefault();
            setBusy(true);
            setError(null);
            call(
              client.POST('/bookings/{id}/no-show-dispute', {
                params: { path: { id: ride.id } },
                body: { text },
              }),
            )
              .then(onDone)
              .catch((x: unknown) => {
                if (!(x instanceof ApiError)) throw x;
                setError(x.fields[0]?.message ?? x.message);
              })
              .finally(() => setBusy(false));
          }}
        >
          <FormField
            name={`dispute-${ride.id}`}
            label={t('rides.noShow.disputeLabel')}
            hint={
              n.disputeUntil
                ? `${t('rides.noShow.disputeUntil', { date: fmtDateYear(n.disputeUntil) })} ${t('rides.noShow.disputeHint')}`
                : t('rides.noShow.disputeHint')
            }
            value={text}
            onChange={setText}
            rows={3}
            error={error ?? undefined}
          />
          <button type="submit" className="btn" disabled={busy}>
            {t('rides.noShow.dispute')}
          </button>
        </form>
      )}
    </div>
  );
}

/**
 * A ride waiting for procurement: the date service is expected from, the same as the rider's
 * message; a ride before that date is told plainly it cannot be served, and what to do. Once a
 * provider is chosen, the date it is expected by and that the ride waits for its vehicle.
 */
function ProcurementNotice({ ride, booking }: { ride: Ride; booking: BookingRules | null }) {
  const { t } = useTranslation();
  const expected = ride.expectedServiceDate ?? null;
  if (!expected)
    return (
      <p className="notice" data-testid="procurement-notice">
        {t('rides.procurement.noDate')}
      </p>
    );
  const date = fmtDateShort(expected);
  // Awarded: a provider is starting, and the ride is scheduled as soon as it has a vehicle for it,
  // perhaps before the date (walk t25 M1: "book again" was told to a ride served the next day).
  if (ride.providerChosen)
    return (
      <p className="notice" data-testid="procurement-notice" data-chosen="true">
        {t('rides.procurement.expectedChosen', { date })}
      </p>
    );
  const before = kzDateOf(ride.requestedTime) < expected;
  if (!before)
    return (
      <p className="notice" data-testid="procurement-notice" data-before="false">
        {t('rides.procurement.expected', { date })}
      </p>
    );
  // Walk 20: "book a later date" was refused by the booking horizon, and the dispatcher it
  // named does not exist. Say from which day that date can be booked; a phone only if the
  // region has one.
  const bookFrom = booking ? bookableFromDate(expected, kzToday(), booking.maxHorizonDays) : null;
  const phone = booking?.bookingPhone ?? null;
  return (
    <p className="notice notice-warning" data-testid="procurement-notice" data-before="true">
      <span aria-hidden="true">⚠ </span>
      {bookFrom
        ? t('rides.procurement.beforeBookFrom', { date, bookFrom: fmtDateShort(bookFrom) })
        : t('rides.procurement.before', { date })}
      {phone && ` ${t('rides.procurement.phone', { phone })}`}
    </p>
  );
}

function CancelRide({
  ride,
  lateCancelMinutes,
  onDone,
}: {
  ride: Ride;
  lateCancelMinutes: number | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [scope, setScope] = useState<'THIS' | 'THIS_AND_FOLLOWING'>('THIS');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const minutesLeft = minutesUntil(ride.windows.pickupEarliest);
  const late = lateCancelMinutes !== null && minutesLeft < lateCancelMinutes;
  return (
    <DialogTrigger>
      <Button className="btn btn-danger">{t('rides.cancel')}</Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog" role="alertdialog">
          {({ close }) => (
            <>
              <Heading slot="title" className="h2">
                {/* The ride as its card names it (walk t23 m7: "arrive by 11:00" on the card, 10:06 here). */}
                {t('rides.cancelTitle', { ride: rideWhen(t, ride) })}
              </Heading>
              {lateCancelMinutes === null ? (
                <p>{t('rides.cancelUnknownRule')}</p>
              ) : late ? (
                <p className="notice notice-warning">
                  <span aria-hidden="true">⚠ </span>
                  {t('rides.lateWarning', { minutes: lateCancelMinutes })}
                </p>
              ) : (
                <p>{t('rides.freeCancel', { minutes: lateCancelMinutes })}</p>
              )}
              {ride.seriesId && (
                <RadioGroup className="field" value={scope} onChange={(v) => setScope(v as typeof scope)}>
                  <Label>{t('rides.cancelScope')}</Label>
                  <Radio value="THIS" className="radio">
                    {t('rides.onlyThis')}
                  </Radio>
                  <Radio value="THIS_AND_FOLLOWING" className="radio">
                    {t('rides.thisAndFollowing')}
                  </Radio>
                </RadioGroup>
              )}
              {error && (
                <p className="field-error" role="alert">
                  {error}
                </p>
              )}
              <div className="button-row">
                <Button
                  className="btn btn-danger"
                  isDisabled={busy}
                  onPress={async () => {
                    setBusy(true);
                    setError(null);
                    try {
                      await call(
                        client.POST('/bookings/{id}/cancel', {
                          params: { path: { id: ride.id } },
                          body: { version: ride.version, ...(ride.seriesId ? { scope } : {}) },
                        }),
                      );
                      close();
                      onDone();
                    } catch (e) {
                      setError(e instanceof ApiError ? (e.fields[0]?.message ?? e.message) : String(e));
                    } finally {
                      setBusy(false);
                    }
                  }}
                >
                  {t('rides.confirmCancel')}
                </Button>
                <Button className="btn" onPress={close} autoFocus>
                  {t('rides.keep')}
                </Button>
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}

/** Which stop's ETA the rider is shown: the pickup while the vehicle comes, the destination on board. */
/**
 * A planned arrival after the rider's "arrive by" time, said plainly with the minutes (issue 18:
 * "arrival by 08:00 ... arrival about 08:09" with no warning); the SMS says the same.
 */
function LateArrival({ ride, arrival }: { ride: Ride; arrival: string | null | undefined }) {
  const { t } = useTranslation();
  if (ride.timeAnchor !== 'DROPOFF' || !arrival) return null;
  const ms = new Date(arrival).getTime() - new Date(ride.requestedTime).getTime();
  if (ms < 60_000) return null;
  return (
    <p className="notice notice-warning" data-testid="late-arrival">
      <span aria-hidden="true">⚠ </span>
      {t('rides.lateArrival', {
        arrival: fmtTime(arrival),
        late: Math.ceil(ms / 60_000),
        time: fmtTime(ride.requestedTime),
      })}
    </p>
  );
}

/** Whole minutes (about) the vehicle's ETA is after the promised pick-up window; null when not late. */
function vehicleLateMinutes(ride: Ride, eta: string): number | null {
  const ms = new Date(eta).getTime() - new Date(ride.windows.pickupLatest).getTime();
  return ms >= 60_000 ? Math.round(ms / 60_000) : null;
}

/** The lateness in words ("the vehicle is late: expected about 12:40, about 8 min after 12:32"). */
function vehicleLateText(t: TFunction, ride: Ride, eta: string): string | null {
  const late = vehicleLateMinutes(ride, eta);
  return late === null
    ? null
    : t('rides.vehicleLate', { time: fmtTime(eta), late, until: fmtTime(ride.windows.pickupLatest) });
}

/**
 * The vehicle expected after the promised window, said in words on the card (the live panel
 * announces the same words); the colour is not the message.
 */
function VehicleLate({ ride, eta }: { ride: Ride; eta: string }) {
  const { t } = useTranslation();
  const text = vehicleLateText(t, ride, eta);
  if (!text) return null;
  return (
    <p className="notice notice-warning" data-testid="vehicle-late">
      <span aria-hidden="true">⚠ </span>
      {text}
    </p>
  );
}

function etaKindOf(status: BookingStatus): 'PICKUP' | 'DROPOFF' | null {
  if (status === 'SCHEDULED' || status === 'EN_ROUTE') return 'PICKUP';
  if (status === 'ON_BOARD') return 'DROPOFF';
  return null;
}

/** GET /bookings/:id/events: a snapshot, then updates (status, vehicle position with ETAs). */
interface LiveEvent {
  type?: 'status' | 'position' | 'route';
  status?: BookingStatus;
  /** ARRIVED reported far from the pick-up, not yet confirmed by a dispatcher. */
  arrivalUnderReview?: boolean;
  position?: { lat: number; lon: number; at: string };
  etas?: { bookingId: string; kind: string; etaSeconds: number; at: string }[];
}

/**
 * On the day: the vehicle's position and ETA from the booking's event stream, announced
 * politely (status changes always; the ETA only when it moves by two minutes or more). The
 * ETA is the API's (`at`, computed once from the vehicle's last position and the route), shown
 * as it is; it belongs to this ride and to the stop ahead: the pickup until the vehicle is
 * there, then nothing, then the destination once the rider is on board.
 */
/** The live ETA of a ride: of its pickup, or of its drop-off once the rider is on board. */
interface LiveEta {
  bookingId: string;
  kind: 'PICKUP' | 'DROPOFF';
  at: string;
}

/** What the live panel announces: a new status, a new ETA, a vehicle late after its window. */
interface LiveNews {
  status?: BookingStatus;
  eta?: { kind: 'PICKUP' | 'DROPOFF'; at: string };
  lateEta?: string;
}

/** The announcement in the page's language now. */
function liveNewsText(t: TFunction, ride: Ride, news: LiveNews): string {
  return [
    news.status && t('rides.liveStatus', { status: t(`status.${news.status}`) }),
    news.eta &&
      t(news.eta.kind === 'PICKUP' ? 'rides.liveEta' : 'rides.etaDropoff', {
        time: fmtTime(news.eta.kind === 'PICKUP' ? pickupEtaOf(ride, news.eta.at) : news.eta.at),
      }),
    news.lateEta && vehicleLateText(t, ride, news.lateEta),
  ]
    .filter(Boolean)
    .join(' ');
}

function LiveRide({
  ride,
  onStatus,
  onEta,
}: {
  ride: Ride;
  onStatus: () => void;
  onEta: (eta: LiveEta | null) => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState(ride.status);
  const statusRef = useRef(ride.status);
  const [vehicle, setVehicle] = useState<{ lat: number; lon: number } | null>(null);
  const [eta, setEta] = useState<{ kind: 'PICKUP' | 'DROPOFF'; at: string } | null>(null);
  const [state, setState] = useState<'open' | 'closed' | 'unavailable' | 'connecting'>('connecting');
  // What was last announced, kept as what happened and said at render in the page's language
  // (walk t23 m1: the words of the language the page was opened in stayed after a switch).
  const [news, setNews] = useState<LiveNews | null>(null);
  const lastEta = useRef<number | null>(null);
  const wasLate = useRef(false);
  // The ride's card shows the same ETA (one time per ride on the page); gone with the panel.
  const onEtaRef = useRef(onEta);
  onEtaRef.current = onEta;
  useEffect(() => {
    onEtaRef.current(eta ? { bookingId: ride.id, ...eta } : null);
  }, [eta, ride.id]);
  useEffect(() => () => onEtaRef.current(null), []);
  useEffect(() => {
    const ctl = new AbortController();
    subscribe(
      `/bookings/${ride.id}/events`,
      (_type, data) => {
        const d = data as LiveEvent;
        const shown = d.status && riderStatus(d.status, d.arrivalUnderReview);
        // One announcement per event: the new status, then the ETA it came with (on board: the
        // arrival at the destination, sent with the status itself).
        const words: LiveNews = {};
        if (shown && shown !== statusRef.current) {
          statusRef.current = shown;
          setStatus(shown);
          // An ETA was for the stop ahead before this change: the next one comes with it or a ping.
          setEta(null);
          lastEta.current = null;
          words.status = shown;
          onStatus();
        }
        if (d.position) setVehicle(d.position);
        const kind = etaKindOf(statusRef.current);
        const e = kind && d.etas?.find((x) => x.bookingId === ride.id && x.kind === kind);
        if (kind && e) {
          const at = new Date(e.at).getTime();
          setEta({ kind, at: e.at });
          if (lastEta.current === null || Math.abs(at - lastEta.current) >= 120_000) {
            lastEta.current = at;
            words.eta = { kind, at: e.at };
          }
          // Late after the promised window: said with the ETA, and the moment it becomes late.
          const late = kind === 'PICKUP' && vehicleLateMinutes(ride, e.at) !== null;
          if (late && (words.status || words.eta || !wasLate.current)) words.lateEta = e.at;
          wasLate.current = late;
        }
        if (words.status || words.eta || words.lateEta) setNews(words);
      },
      ctl.signal,
      setState,
    );
    return () => ctl.abort();
  }, [ride.id]);
  const kind = etaKindOf(status);
  const shown = eta && eta.kind === kind ? (kind === 'PICKUP' ? pickupEtaOf(ride, eta.at) : eta.at) : null;
  const points: PlotPoint[] = [
    { id: 'pickup', lat: ride.pickup.lat, lon: ride.pickup.lon, label: t('book.from'), kind: 'pickup' },
    { id: 'dropoff', lat: ride.dropoff.lat, lon: ride.dropoff.lon, label: t('book.to'), kind: 'dropoff' },
    ...(vehicle
      ? [
          {
            id: 'vehicle',
            lat: vehicle.lat,
            lon: vehicle.lon,
            label: t('rides.vehicle'),
            kind: 'vehicle' as const,
          },
        ]
      : []),
  ];
  return (
    <section className="card live" aria-labelledby="live-title" data-booking={ride.id}>
      <h2 id="live-title">{t('rides.today')}</h2>
      <Announcer text={news ? liveNewsText(t, ride, news) : ''} />
      <p>
        {t('rides.status')}: <StatusBadge status={status} />
      </p>
      <p data-testid="live-eta">
        {kind === 'PICKUP'
          ? shown
            ? t('rides.eta', { time: fmtTime(shown) })
            : ride.plannedPickupAt
              ? t('rides.planned', {
                  pickup: fmtTime(ride.plannedPickupAt),
                  dropoff: fmtTime(ride.plannedDropoffAt),
                })
              : null
          : kind === 'DROPOFF'
            ? shown || ride.plannedDropoffAt
              ? t('rides.etaDropoff', { time: fmtTime(shown ?? ride.plannedDropoffAt) })
              : null
            : status === 'ARRIVED'
              ? t('rides.vehicleHere')
              : null}
      </p>
      {state === 'unavailable' && <p className="muted">{t('rides.liveUnavailable')}</p>}
      <LiveMap points={points} title={t('rides.mapTitle')} />
    </section>
  );
}

/** Unread in-app messages (the notifications API writes them in the person's language). */
function Messages({ msgs }: { msgs: ReturnType<typeof useMessages> }) {
  const { t } = useTranslation();
  if (!msgs.data || msgs.data.length === 0) return null;
  return (
    <section aria-labelledby="messages-title" className="card" data-testid="messages">
      <h2 id="messages-title" className="h3">
        {t('rides.messages', { count: msgs.data.length })}
      </h2>
      <ul className="stack">
        {msgs.data.map((m) => (
          <li key={m.id}>
            {/* When it reached the rider, the instant a no-show's evidence names (walk t23 m4). */}
            <span className="small muted">{fmtDateTime(m.toldAt)}</span> <span translate="no">{m.text}</span>{' '}
            <Button
              className="btn btn-small"
              onPress={async () => {
                await call(client.POST('/notifications/{id}/read', { params: { path: { id: m.id } } }));
                msgs.reload();
              }}
            >
              {t('rides.markRead')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
