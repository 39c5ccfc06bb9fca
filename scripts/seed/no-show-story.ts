/**
 * The demo's no-show story (issue 23, walk t23): two named riders who sign in have, in the
 * history's last days, a no-show the driver recorded with the vehicle's own positions as its
 * evidence; one of them has disputed it in the app, and the dispute waits for the dispatch
 * centre or the LEB officer. The history plays it through the API (the rider books, the driver
 * waits at the door with pings, the rider disputes); this file says who, when, and what the demo
 * prints about where to see it.
 */
import type { AppConfig } from '@invataxi/config';
import { signToken } from '@invataxi/auth';
import type { FatedRide } from '../../apps/simulators/src/city/city';
import { ASTANA, BENEFICIARIES, PLACES } from './astana';
import type { DemoLogin } from './demo-sign-in';
import { Api } from './seed-via-api';

interface StoryRide {
  key: string;
  /** The first day (days before today) the ride is booked for; again each day until it is a no-show. */
  fromDaysAgo: number;
  time: string;
  place: keyof typeof PLACES;
  purpose: string;
  dispute: string | null;
}

/**
 * In the evening, when the vehicles are mostly free: at 10:30 one was planned at the window's
 * last minute and came 2 minutes after it (the provider's miss, not a no-show).
 * Гульнара (blind, with a guide dog) disputes hers: she cannot see a vehicle standing at the
 * kerb, and nobody came to the door. Нурлан's is undisputed: he can dispute it himself.
 */
const STORY: StoryRide[] = [
  {
    key: 'gulnara',
    fromDaysAgo: 4,
    time: '19:30',
    place: 'library',
    purpose: 'CULTURE_SPORT',
    dispute:
      'Я ждала у подъезда с собакой-поводырём. Я не вижу машину: водитель не позвонил и не подошёл к двери.',
  },
  {
    key: 'nurlan',
    fromDaysAgo: 3,
    time: '19:30',
    place: 'university',
    purpose: 'EDUCATION',
    dispute: null,
  },
];

/** The story's rides for the history, its riders' sign-in accounts made (or found) by the LEB officer. */
export async function noShowStory(
  config: AppConfig,
  apiUrl: string,
  officerUserId: string,
  beneficiaryIds: Record<string, string>,
): Promise<(FatedRide & { fromDaysAgo: number })[]> {
  const officer = new Api(
    apiUrl,
    signToken(
      { secret: config.JWT_SECRET, issuer: config.JWT_ISSUER },
      { userId: officerUserId, role: 'LEB_OFFICER', regionKato: ASTANA },
      config.JWT_TTL_SECONDS,
    ),
  );
  const out: (FatedRide & { fromDaysAgo: number })[] = [];
  for (const s of STORY) {
    const b = BENEFICIARIES.find((x) => x.key === s.key)!;
    const beneficiaryId = beneficiaryIds[s.key]!;
    const user = await officer.call<{ userId: string }>(
      'POST',
      `/beneficiaries/${beneficiaryId}/sign-in-user`,
      {},
    );
    out.push({
      rider: { beneficiaryId, userId: user.body.userId, home: b.home },
      place: PLACES[s.place],
      purpose: s.purpose,
      time: s.time,
      dispute: s.dispute,
      fromDaysAgo: s.fromDaysAgo,
    });
  }
  return out;
}

/** How a person walks the no-show story, in the demo's output (as the procurement story's). */
export function noShowStoryLines(logins: DemoLogin[]): string[] {
  const rider = (disputes: boolean) =>
    BENEFICIARIES.find((b) => b.key === STORY.find((s) => !!s.dispute === disputes)!.key)!;
  const seat = (label: string) => logins.find((l) => l.label === label)?.phone ?? '';
  const [disputed, recorded] = [rider(true), rider(false)];
  return [
    "The no-show story: a driver's no-show counts only with the vehicle's own positions as evidence, and the rider can dispute it.",
    `  1. Sign in as the rider ${recorded.fullName} (${recorded.phone}, "sign in by phone") and open "My rides": a ride of the`,
    '     last week is a no-show with its evidence (when the vehicle reached the pick-up, how long it waited, how far from',
    '     the address). Under it he can dispute the no-show in his own words.',
    `  2. The rider ${disputed.fullName} (${disputed.phone}) has disputed her no-show of the last week in the app. Sign in as the`,
    `     dispatcher (Astana centre) (${seat('dispatcher (Astana centre)')}, the password) or the LEB officer (Astana) (${seat('LEB officer (Astana)')},`,
    '     the password and the TOTP code), and open "No-show disputes": her words beside the evidence. Uphold it (the no-show is forgiven',
    '     and no longer counts towards a suspension) or reject it with a reason; she is told, and her "My rides" shows it.',
  ];
}
