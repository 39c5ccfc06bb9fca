import { LANGUAGES, minutesLateAsShown, REASON_CODES } from '@invataxi/domain';
import { composeMessage, type RideFacts } from './compose';
import { NOTIFICATION_KINDS, isUrgentFor, kindForStatusChange, pairSituation } from './kinds';
import { countSegments } from './segments';
import {
  addressFragment,
  ARRIVE_BY,
  PAIRED_TEMPLATES,
  PLACE_MAX_CHARS,
  PROCUREMENT_TEMPLATES,
  procurementSituation,
  reasonText,
  renderTemplate,
  SHORT_REASONS,
  TEMPLATES,
  templateParams,
  type PairSituation,
  type TemplateParams,
} from './templates';

const ALLOWED_PARAMS = [
  'date',
  'ride',
  'time',
  'pickup',
  'other',
  'reason',
  'minutes',
  'expected',
  'bookFrom',
  'place',
];

/** The longest value each parameter can take, in the widest (UCS-2) script. */
function worstCase(lang: (typeof LANGUAGES)[number]): TemplateParams {
  const longestReason = Math.max(
    ...REASON_CODES.map((r) => SHORT_REASONS[r][lang].length),
    reasonText(null, lang).length,
  );
  const place = 'ж'.repeat(PLACE_MAX_CHARS);
  return {
    date: '31.12',
    // The longer form: a ride booked by its arrival (rideLabel).
    ride: `31.12, ${ARRIVE_BY[lang].replace('{time}', '23:45')}, ${place}${lang === 'en' ? ' to ' : ' → '}${place}`,
    time: '23:45',
    pickup: '23:45-23:59',
    other: '31.12 23:59',
    reason: 'ж'.repeat(longestReason),
    minutes: 120,
    expected: '31.12.2026',
    bookFrom: '31.12.2026',
    phone: '+7 (7222) 55-55-55',
  };
}

const PAIRS = Object.keys(PAIRED_TEMPLATES) as PairSituation[];

const ride = (over: Partial<RideFacts> = {}): RideFacts => ({
  requestedTime: new Date('2026-03-02T04:00:00Z'),
  pickupEarliest: new Date('2026-03-02T03:45:00Z'),
  pickupLatest: new Date('2026-03-02T04:15:00Z'),
  plannedPickupAt: null,
  pickupAddress: 'г. Астана, пр. Абая 10, кв. 5',
  dropoffAddress: 'г. Астана, ул. Сыганак 2',
  statusReason: null,
  ...over,
});

describe('templates', () => {
  it('has every kind in kk, ru and en, with the same placeholders in each language', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const ru = templateParams(TEMPLATES[kind].ru).sort();
      for (const lang of LANGUAGES) {
        expect(TEMPLATES[kind][lang]).toEqual(expect.any(String));
        expect(TEMPLATES[kind][lang].length).toBeGreaterThan(10);
        expect(templateParams(TEMPLATES[kind][lang]).sort()).toEqual(ru);
      }
    }
    expect(Object.keys(TEMPLATES).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });

  it('uses no placeholder beyond the ride facts: no name, IIN, diagnosis, category or phone', () => {
    for (const texts of [
      ...Object.values(TEMPLATES),
      ...Object.values(PAIRED_TEMPLATES),
      ...Object.values(PROCUREMENT_TEMPLATES),
    ])
      for (const lang of LANGUAGES)
        for (const p of templateParams(texts[lang])) expect(ALLOWED_PARAMS).toContain(p);
    const all = JSON.stringify(TEMPLATES) + JSON.stringify(PAIRED_TEMPLATES) + JSON.stringify(SHORT_REASONS);
    expect(all).not.toMatch(/\{(name|fullName|iin|diagnosis|category|group|phone|birth\w*)\}/i);
    // Nor words that disclose health: the reasons say "documents", not "disability".
    expect(JSON.stringify([...Object.values(SHORT_REASONS), ...Object.values(TEMPLATES)])).not.toMatch(
      /инвалид|мүгедек|disabilit|диагноз|diagnos/i,
    );
  });

  // Three parts at worst: both ends of the ride with street and house as booked (walk F16: two
  // parts left room for 20 characters a place, and "улица Кудайбергена Жубанова, 4" came out as
  // another street). Most rides still fit in two.
  it('fits every message in three SMS parts at worst, and the Kazakh/Russian ones are UCS-2', () => {
    for (const kind of NOTIFICATION_KINDS)
      for (const lang of LANGUAGES) {
        const text = renderTemplate(kind, lang, worstCase(lang));
        const count = countSegments(text);
        expect({ kind, lang, segments: count.segments }).toEqual({
          kind,
          lang,
          segments: expect.any(Number),
        });
        expect(count.segments).toBeLessThanOrEqual(3);
        if (lang !== 'en') expect(count.encoding).toBe('UCS2');
      }
    for (const pair of PAIRS)
      for (const lang of LANGUAGES) {
        // The leg that has a vehicle is planned: its pickup is one time, not a window.
        const params = { ...worstCase(lang), pickup: '23:45' };
        const count = countSegments(renderTemplate('BOOKING_WAITLISTED', lang, params, pair));
        expect({ pair, lang, fits: count.segments <= 3 }).toEqual({ pair, lang, fits: true });
      }
  });

  it('names the ride in every message: date and time, and from -> to where it fits', () => {
    for (const kind of NOTIFICATION_KINDS)
      for (const lang of LANGUAGES) {
        const ps = templateParams(TEMPLATES[kind][lang]);
        expect({ kind, lang, named: ps.includes('ride') || ps.includes('time') }).toEqual({
          kind,
          lang,
          named: true,
        });
      }
    for (const pair of PAIRS)
      for (const lang of LANGUAGES) expect(templateParams(PAIRED_TEMPLATES[pair][lang])).toContain('other');
  });

  it('keeps the urgent ones to a single part', () => {
    for (const kind of ['VEHICLE_ARRIVING', 'DRIVER_ARRIVED'] as const)
      for (const lang of LANGUAGES)
        expect(countSegments(renderTemplate(kind, lang, worstCase(lang))).segments).toBe(1);
  });

  // Issue 18: "the vehicle is here" for which of a rider's two rides that day? Its time and its
  // pickup's place, in one SMS part (a Cyrillic place makes even English UCS-2: 70 characters).
  it("names the urgent ones by the ride's time and pickup place within one SMS part, in kk/ru/en", () => {
    const at = (pickupAddress: string) => ride({ pickupAddress });
    expect(
      LANGUAGES.map((lang) => [
        composeMessage('VEHICLE_ARRIVING', lang, at('г. Алматы, ул. Кенесары 40, кв. 12'), 5).text,
        composeMessage('DRIVER_ARRIVED', lang, at('г. Алматы, ул. Кенесары 40, кв. 12')).text,
      ]),
    ).toEqual([
      [
        'Инватакси: 09:00, ул. Кенесары 40: көлік 5 минутта келеді.',
        'Инватакси: 09:00, ул. Кенесары 40: көлік күтіп тұр.',
      ],
      [
        'Инватакси: 09:00, ул. Кенесары 40: машина через 5 мин.',
        'Инватакси: 09:00, ул. Кенесары 40: машина ждёт вас.',
      ],
      [
        'Invataxi: 09:00, ул. Кенесары 40: vehicle in about 5 min.',
        'Invataxi: 09:00, ул. Кенесары 40: your vehicle is waiting.',
      ],
    ]);
    const places = [
      'пр. Абая 10',
      'г. Алматы, ул. Кенесары 40, кв. 12',
      // 30 characters, the longest place (PLACE_MAX_CHARS): whole, or without "улица", or none
      'улица Кудайбергена Жубанова, 4',
      'ж'.repeat(PLACE_MAX_CHARS),
      'Abay Avenue 10',
    ];
    for (const lang of LANGUAGES)
      for (const place of places)
        for (const [kind, minutes] of [
          ['VEHICLE_ARRIVING', 5],
          ['VEHICLE_ARRIVING', 120],
          ['DRIVER_ARRIVED', undefined],
        ] as const) {
          const m = composeMessage(kind, lang, at(place), minutes);
          const limit = m.segments.encoding === 'UCS2' ? 70 : 160;
          expect({
            lang,
            place,
            kind,
            minutes,
            units: m.segments.units <= limit,
            parts: m.segments.segments,
          }).toEqual({
            lang,
            place,
            kind,
            minutes,
            units: true,
            parts: 1,
          });
          expect(m.text).toContain('09:00');
          // The place whole or not at all: never a street cut inside its name (walk F16).
          expect(m.text).not.toMatch(/Кудайбергена(?! Жубанова, 4)/);
          if (place !== 'ж'.repeat(PLACE_MAX_CHARS))
            expect(m.text).toContain(addressFragment(place).replace(/^улица /, ''));
        }
    // Kazakh and Russian are UCS-2; an English one with a Latin place is GSM-7.
    expect(composeMessage('DRIVER_ARRIVED', 'kk', at('пр. Абая 10')).segments.encoding).toBe('UCS2');
    expect(composeMessage('DRIVER_ARRIVED', 'en', at('Abay Avenue 10')).segments.encoding).toBe('GSM7');
    // A place too long for one part: the time alone names the ride.
    expect(composeMessage('VEHICLE_ARRIVING', 'kk', at('ж'.repeat(PLACE_MAX_CHARS)), 120).text).toBe(
      'Инватакси: 09:00 сапарына көлік 120 минуттан соң келеді.',
    );
  });

  it('has a short reason for every refusal reason code in every language', () => {
    for (const r of REASON_CODES)
      for (const lang of LANGUAGES) expect(reasonText(r, lang)).toBe(SHORT_REASONS[r][lang]);
    expect(reasonText('QUOTA_EXCEEDED,OVERLAPPING_BOOKING', 'ru')).toBe('исчерпан месячный лимит');
    expect(reasonText('something else', 'en')).toBe('details in the app');
  });

  it('refuses to render with a placeholder left unfilled', () => {
    expect(() => renderTemplate('BOOKING_SCHEDULED', 'ru', { date: '01.02' })).toThrow(/\{ride\}/);
  });

  it('names the ride in local time (UTC+5) and says the planned pickup, as the page does', () => {
    const m = composeMessage(
      'BOOKING_SCHEDULED',
      'ru',
      ride({ plannedPickupAt: new Date('2026-03-02T03:52:00Z') }),
    );
    expect(m.text).toBe(
      'Инватакси: поездка 02.03 09:00, пр. Абая 10 → ул. Сыганак 2: машина придёт около 08:52.',
    );
    expect(m.segments).toEqual({ encoding: 'UCS2', units: m.text.length, segments: 2 });
    // Not planned yet: the window.
    expect(composeMessage('REMINDER', 'en', ride({ pickupAddress: 'Abay Ave 10' })).text).toBe(
      'Invataxi: reminder, tomorrow ride 02.03 09:00, Abay Ave 10 to ул. Сыганак 2, the vehicle comes at about 08:45-09:15.',
    );
    // 19:10 UTC is already 00:10 the next day locally.
    const late = composeMessage('BOOKING_WAITLISTED', 'en', {
      ...ride({ requestedTime: new Date('2026-03-01T19:10:00Z') }),
      pickupAddress: 'Abay Ave 10',
      dropoffAddress: 'Clinic',
    });
    expect(late.text).toBe(
      'Invataxi: no vehicle is free yet for your ride 02.03 00:10, Abay Ave 10 to Clinic. You are on the waiting list.',
    );
    expect(late.segments.encoding).toBe('GSM7');
    // The urgent ones say which ride by its time and its pickup's place.
    expect(composeMessage('DRIVER_ARRIVED', 'ru', ride()).text).toBe(
      'Инватакси: 09:00, пр. Абая 10: машина ждёт вас.',
    );
  });

  it('names a ride booked by its arrival by its pickup in the day-of messages (walk t23 M5: "поездка 10:20" for a 09:36 pickup)', () => {
    const asel = ride({
      timeAnchor: 'DROPOFF',
      requestedTime: new Date('2026-03-02T05:20:00Z'), // arrive by 10:20
      plannedPickupAt: new Date('2026-03-02T04:36:00Z'), // pickup 09:36
      pickupAddress: 'г. Астана, ул. Кенесары 40, кв. 12, подъезд 3, этаж 4, домофон 12',
    });
    const arriving = composeMessage('VEHICLE_ARRIVING', 'ru', asel, 8).text;
    expect(arriving).toContain('09:36');
    expect(arriving).not.toContain('10:20');
    expect(composeMessage('DRIVER_ARRIVED', 'kk', asel).text).toContain('09:36');
    // running late: the ride by its pickup, the new estimate, one SMS part in each language
    const late = (lang: 'kk' | 'ru' | 'en') =>
      composeMessage(
        'VEHICLE_LATE',
        lang,
        asel,
        undefined,
        undefined,
        undefined,
        undefined,
        new Date('2026-03-02T04:50:00Z'),
      );
    expect(late('ru').text).toBe('Инватакси: машина на поездку 09:36 опаздывает, будет около 09:50.');
    for (const lang of ['kk', 'ru', 'en'] as const) {
      expect(late(lang).text).toContain('09:50');
      expect(late(lang).segments.segments).toBe(1);
    }
    // a ride booked by its pickup keeps the time booked
    expect(
      composeMessage('DRIVER_ARRIVED', 'ru', ride({ plannedPickupAt: new Date('2026-03-02T04:10:00Z') }))
        .text,
    ).toBe('Инватакси: 09:00, пр. Абая 10: машина ждёт вас.');
  });

  it("tells the new pickup time of a ride a dispatcher's override moved, naming the ride (issue 18)", () => {
    const m = composeMessage(
      'PICKUP_TIME_CHANGED',
      'ru',
      ride({ plannedPickupAt: new Date('2026-03-02T04:13:00Z') }),
    );
    expect(m.text).toBe(
      'Инватакси: время поездки 02.03 09:00, пр. Абая 10 → ул. Сыганак 2 изменилось: машина придёт около 09:13.',
    );
  });

  it('names a ride booked by its arrival as "arrive by", so an earlier pickup does not read as early (t22 finding 13)', () => {
    // Booked to arrive by 11:00 (06:00Z); the vehicle is planned at 10:06.
    const byArrival = ride({
      requestedTime: new Date('2026-12-08T06:00:00Z'),
      timeAnchor: 'DROPOFF',
      plannedPickupAt: new Date('2026-12-08T05:06:00Z'),
      plannedDropoffAt: new Date('2026-12-08T05:52:00Z'),
      pickupAddress: 'улица Сыганак, 29',
      dropoffAddress: 'проспект Достык, 11',
    });
    expect(composeMessage('BOOKING_SCHEDULED', 'en', byArrival).text).toBe(
      'Invataxi: ride 08.12, arrive by 11:00, улица Сыганак, 29 to проспект Достык, 11: the vehicle comes at about 10:06.',
    );
    expect(composeMessage('BOOKING_SCHEDULED', 'ru', byArrival).text).toBe(
      'Инватакси: поездка 08.12, прибытие к 11:00, улица Сыганак, 29 → проспект Достык, 11: машина придёт около 10:06.',
    );
    expect(composeMessage('REMINDER', 'kk', byArrival).text).toBe(
      'Инватакси: ертең 08.12, жету уақыты 11:00, улица Сыганак, 29 → проспект Достык, 11 сапары, көлік 10:06 шамасында келеді.',
    );
    // Booked by its pickup time: the time is the pickup's, as before.
    expect(composeMessage('BOOKING_SCHEDULED', 'en', { ...byArrival, timeAnchor: 'PICKUP' }).text).toBe(
      'Invataxi: ride 08.12 11:00, улица Сыганак, 29 to проспект Достык, 11: the vehicle comes at about 10:06.',
    );
  });

  it('says plainly when the planned arrival is after the rider\'s "arrive by" time, in kk/ru/en (issue 18)', () => {
    // Due at 08:00 (03:00Z), planned to arrive 08:09: the new pickup and the lateness.
    const late = ride({
      requestedTime: new Date('2026-03-02T03:00:00Z'),
      timeAnchor: 'DROPOFF',
      plannedPickupAt: new Date('2026-03-02T02:37:00Z'),
      plannedDropoffAt: new Date('2026-03-02T03:09:00Z'),
    });
    expect(composeMessage('PICKUP_TIME_CHANGED', 'en', late).text).toContain(
      'the vehicle comes at about 07:37. You will arrive about 08:09, 9 min after 08:00.',
    );
    expect(composeMessage('PICKUP_TIME_CHANGED', 'ru', late).text).toContain(
      'Вы прибудете около 08:09, на 9 мин позже 08:00.',
    );
    expect(composeMessage('BOOKING_SCHEDULED', 'kk', late).text).toContain('08:09');
    expect(composeMessage('BOOKING_SCHEDULED', 'kk', late).text).toContain('9 мин');
    // Counted as the times read and as the override preview counts it (walk t18, finding 4):
    // 08:45:40 against 08:30 reads "08:45, 15 min", never 16.
    const seconds = {
      ...late,
      requestedTime: new Date('2026-03-02T03:30:00Z'),
      plannedDropoffAt: new Date('2026-03-02T03:45:40Z'),
    };
    expect(composeMessage('PICKUP_TIME_CHANGED', 'en', seconds).text).toContain(
      'You will arrive about 08:45, 15 min after 08:30.',
    );
    expect(minutesLateAsShown(seconds.plannedDropoffAt.getTime(), seconds.requestedTime.getTime())).toBe(15);
    // In time, or a pickup-time booking: nothing added.
    const inTime = { ...late, plannedDropoffAt: new Date('2026-03-02T02:58:00Z') };
    expect(composeMessage('PICKUP_TIME_CHANGED', 'en', inTime).text).not.toContain('You will arrive');
    expect(composeMessage('PICKUP_TIME_CHANGED', 'en', { ...late, timeAnchor: 'PICKUP' }).text).not.toContain(
      'You will arrive',
    );
  });

  it('says plainly when the ride there waits while the return has a vehicle, and the other way round', () => {
    const back = { requestedTime: new Date('2026-03-02T10:00:00Z') };
    expect(
      composeMessage('BOOKING_WAITLISTED', 'ru', ride(), undefined, {
        ...back,
        situation: 'OUTBOUND_WAITING_RETURN_SET',
      }).text,
    ).toBe(
      'Инватакси: туда (02.03 09:00, пр. Абая 10 → ул. Сыганак 2) машины пока нет. Обратно (15:00) машина есть.',
    );
    expect(pairSituation('BOOKING_WAITLISTED', false, 'SCHEDULED')).toBe('OUTBOUND_WAITING_RETURN_SET');
    expect(pairSituation('BOOKING_WAITLISTED', true, 'EN_ROUTE')).toBe('RETURN_WAITING_OUTBOUND_SET');
    expect(pairSituation('BOOKING_SCHEDULED', true, 'WAITLISTED')).toBe('RETURN_SET_OUTBOUND_WAITING');
    expect(pairSituation('BOOKING_SCHEDULED', false, 'WAITLISTED')).toBe('OUTBOUND_SET_RETURN_WAITING');
    expect(pairSituation('BOOKING_SCHEDULED', false, 'SCHEDULED')).toBeNull();
    expect(pairSituation('BOOKING_WAITLISTED', true, 'COMPLETED')).toBeNull();
    expect(pairSituation('BOOKING_CANCELLED', true, 'WAITLISTED')).toBeNull();
  });

  it('cuts the address to a short fragment without the flat', () => {
    expect(addressFragment('г. Алматы, ул. Жибек Жолы 135, кв. 12')).toBe('ул. Жибек Жолы 135');
    // Street and house as booked, never a name cut in two (walk F16); a landmark goes first.
    expect(addressFragment('улица Кудайбергена Жубанова, 4')).toBe('улица Кудайбергена Жубанова, 4');
    expect(addressFragment('улица Бейбитшилик, 25')).toBe('улица Бейбитшилик, 25');
    expect(addressFragment('проспект Абая, 38 (центр гемодиализа)')).toBe('проспект Абая, 38');
    expect(
      addressFragment('проспект Мәңгілік Ел, 55/11 (Национальный научный кардиохирургический центр)'),
    ).toBe('проспект Мәңгілік Ел, 55/11');
    expect(addressFragment('Астана қ., Қабанбай батыр даңғылы 53, пәтер 7').length).toBeLessThanOrEqual(
      PLACE_MAX_CHARS,
    );
    expect(addressFragment('Республиканский диагностический центр, корпус 2').length).toBeLessThanOrEqual(
      PLACE_MAX_CHARS,
    );
  });
});

describe('which message a status change calls for', () => {
  it('tells the rider about an operator cancellation, not about their own', () => {
    expect(kindForStatusChange({ to: 'CANCELLED', from: 'SCHEDULED', actorRole: 'DISPATCHER' })).toBe(
      'BOOKING_CANCELLED',
    );
    expect(kindForStatusChange({ to: 'CANCELLED', from: 'SCHEDULED', actorRole: 'BENEFICIARY' })).toBeNull();
    expect(kindForStatusChange({ to: 'CANCELLED', from: 'SCHEDULED', actorRole: 'GUARDIAN' })).toBeNull();
  });

  it('reads ACCEPTED after SCHEDULED as a change, otherwise as an acceptance', () => {
    expect(kindForStatusChange({ to: 'ACCEPTED', from: 'SCHEDULED', actorRole: 'DISPATCHER' })).toBe(
      'BOOKING_CHANGED',
    );
    expect(kindForStatusChange({ to: 'ACCEPTED', from: 'REQUESTED', actorRole: 'SYSTEM' })).toBe(
      'BOOKING_ACCEPTED',
    );
    expect(kindForStatusChange({ to: 'ON_BOARD', from: 'ARRIVED', actorRole: 'DRIVER' })).toBeNull();
  });
});

describe('a ride waiting for procurement (issue 20)', () => {
  const waiting = ride({ requestedTime: new Date('2026-12-07T04:02:00Z') }); // 7 Dec, 09:02 local

  it('says the expected date; a ride before it cannot be served, what to do and what happens to it', () => {
    expect(procurementSituation('2026-12-07', '2026-12-16')).toBe('BEFORE_EXPECTED');
    expect(procurementSituation('2026-12-16', '2026-12-16')).toBe('SERVED_FROM_EXPECTED');
    expect(procurementSituation('2026-12-07', null)).toBeNull();
    const before = composeMessage('AWAITING_PROCUREMENT', 'ru', waiting, undefined, undefined, '2026-12-16');
    expect(before.text).toBe(
      'Инватакси: поездку 07.12 09:02 выполнить не сможем: перевозчик будет только с 16.12.2026. ' +
        'Закажите поездку на 16.12.2026 или позже, когда дата войдёт в срок записи. ' +
        'Заявка ждёт до своего времени, затем закроется.',
    );
    // No dispatcher is promised (walk 20: the Abai region has none).
    for (const lang of LANGUAGES)
      expect(
        composeMessage('AWAITING_PROCUREMENT', lang, waiting, undefined, undefined, '2026-12-16').text,
      ).not.toMatch(/диспетчер|dispatcher/i);
    const kept = composeMessage('AWAITING_PROCUREMENT', 'en', waiting, undefined, undefined, '2026-12-05');
    expect(kept.text).toContain('service is expected from 05.12.2026. We keep your ride 07.12 09:02');
    // Beyond the booking horizon (walk 20: 29.12 was refused on 07.12 with 14 days): from when
    // that date can be booked; the region's phone only when it has one.
    const rules = { today: '2026-12-07', maxHorizonDays: 14, phone: null };
    const far = composeMessage(
      'AWAITING_PROCUREMENT',
      'ru',
      waiting,
      undefined,
      undefined,
      '2026-12-29',
      rules,
    );
    expect(far.text).toBe(
      'Инватакси: поездку 07.12 09:02 выполнить не сможем: перевозчик будет только с 29.12.2026. ' +
        'Поездку на 29.12.2026 можно заказать с 15.12.2026. Заявка ждёт до своего времени, затем закроется.',
    );
    const withPhone = { ...rules, phone: '+7 7222 55 55 55' };
    for (const lang of LANGUAGES) {
      const m = composeMessage(
        'AWAITING_PROCUREMENT',
        lang,
        waiting,
        undefined,
        undefined,
        '2026-12-29',
        withPhone,
      );
      expect(m.text).toContain('15.12.2026');
      expect(m.text.endsWith(': +7 7222 55 55 55.')).toBe(true);
      expect(m.segments.segments).toBeLessThanOrEqual(4);
    }
    // Within the horizon: book that date now; a kept ride gets no phone.
    expect(
      composeMessage('AWAITING_PROCUREMENT', 'en', waiting, undefined, undefined, '2026-12-16', withPhone)
        .text,
    ).toContain('Book a ride on 16.12.2026 or later');
    expect(
      composeMessage('AWAITING_PROCUREMENT', 'en', waiting, undefined, undefined, '2026-12-05', withPhone)
        .text,
    ).not.toContain('phone');
    // Unknown date: no guess.
    expect(composeMessage('AWAITING_PROCUREMENT', 'en', waiting).text).not.toMatch(/expected|\{/);
  });

  it('tells a ride whose request is awarded that a provider is starting, never to book again (walk t25 M1)', () => {
    const chosen = {
      today: '2026-12-07',
      maxHorizonDays: 14,
      phone: '+7 7222 55 55 55',
      providerChosen: true,
    };
    expect(procurementSituation('2026-12-07', '2026-12-16', null, true)).toBe('PROVIDER_CHOSEN');
    const en = composeMessage(
      'AWAITING_PROCUREMENT',
      'en',
      waiting,
      undefined,
      undefined,
      '2026-12-16',
      chosen,
    );
    expect(en.text).toBe(
      'Invataxi: your ride 07.12 09:02, пр. Абая 10 to ул. Сыганак 2: a provider has been chosen; service is ' +
        'expected by 16.12.2026. We will schedule the ride and text you as soon as the provider has a vehicle for it.',
    );
    for (const lang of LANGUAGES) {
      const m = composeMessage(
        'AWAITING_PROCUREMENT',
        lang,
        waiting,
        undefined,
        undefined,
        '2026-12-29',
        chosen,
      );
      expect(m.text).toContain('29.12.2026');
      expect(m.text).not.toMatch(/cannot|не сможем|алмаймыз|55 55|15\.12/);
    }
  });

  it('has the same placeholders in kk, ru and en, and fits four SMS parts at worst', () => {
    for (const texts of Object.values(PROCUREMENT_TEMPLATES)) {
      const ru = templateParams(texts.ru).sort();
      for (const lang of LANGUAGES) {
        expect(templateParams(texts[lang]).sort()).toEqual(ru);
        const text = texts[lang].replace(/\{(\w+)\}/g, (_, n: string) =>
          String(worstCase(lang)[n as keyof TemplateParams]),
        );
        expect(countSegments(text).segments).toBeLessThanOrEqual(4);
      }
    }
  });

  it('is urgent (sent in quiet hours) for a ride within the next 24 hours only', () => {
    const now = new Date('2026-12-06T18:00:00Z'); // 23:00 local
    expect(isUrgentFor('AWAITING_PROCUREMENT', new Date('2026-12-07T04:02:00Z'), now)).toBe(true);
    expect(isUrgentFor('AWAITING_PROCUREMENT', new Date('2026-12-08T04:02:00Z'), now)).toBe(false);
    expect(isUrgentFor('BOOKING_WAITLISTED', new Date('2026-12-07T04:02:00Z'), now)).toBe(false);
    expect(isUrgentFor('DRIVER_ARRIVED', new Date('2026-12-09T04:02:00Z'), now)).toBe(true);
  });
});
