/**
 * apps/web/src/alert-fates.ts: the breakdown banner says what became of every ride (walk t22 m1:
 * "Rides back to dispatch: 7. No ride is left without a vehicle: 6 went to other vehicles.").
 */
import i18next from 'i18next';
import { alertFates, alertFatesText, type AlertFacts } from '../../apps/web/src/alert-fates';
import en from '../../apps/web/src/locales/en.json';
import ru from '../../apps/web/src/locales/ru.json';
import kk from '../../apps/web/src/locales/kk.json';

const placed = { waiting: false, vehiclePlate: '102AAA01', status: 'SCHEDULED' };

describe('what became of the rides of a dispatch alert', () => {
  const seven = (seventh: AlertFacts['rides'][number], waiting = 0): AlertFacts => ({
    waiting,
    elsewhere: 6,
    backOnVehicle: 0,
    rides: [...Array.from({ length: 6 }, () => placed), seventh],
  });

  it("says each ride's fate once: 6 on other vehicles and the seventh waiting, cancelled, or sent back again", () => {
    expect(alertFates(seven({ waiting: true, vehiclePlate: null, status: 'WAITLISTED' }, 1))).toEqual([
      { fate: 'waiting', n: 1 },
      { fate: 'elsewhere', n: 6 },
    ]);
    expect(alertFates(seven({ waiting: false, vehiclePlate: null, status: 'CANCELLED' }))).toEqual([
      { fate: 'elsewhere', n: 6 },
      { fate: 'over', n: 1 },
    ]);
    // Its new vehicle broke down too: the ride waits on the later alert.
    expect(alertFates(seven({ waiting: false, vehiclePlate: null, status: 'SCHEDULED' }))).toEqual([
      { fate: 'elsewhere', n: 6 },
      { fate: 'later', n: 1 },
    ]);
  });

  it('in kk, ru and en, every ride counted, no key shown', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { en: { translation: en }, ru: { translation: ru }, kk: { translation: kk } },
      lng: 'en',
      interpolation: { escapeValue: false },
    });
    const a = seven({ waiting: false, vehiclePlate: null, status: 'CANCELLED' });
    const said = (lng: string) => {
      const t = i18n.getFixedT(lng);
      return t('board.alerts.allPlaced', { fates: alertFatesText((k, o) => t(k, o), a) });
    };
    expect(said('en')).toBe(
      'None waits for a vehicle now: went to other vehicles — 6; cancelled or expired, no vehicle needed — 1.',
    );
    expect(said('ru')).toBe(
      'Сейчас ни одна поездка не ждёт машину: переданы другим машинам — 6; отменены или истекли, машина не нужна — 1.',
    );
    for (const lng of ['en', 'ru', 'kk']) expect(said(lng)).not.toMatch(/board\.|\{\{/);
  });
});
