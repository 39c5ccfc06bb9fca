import { LANGUAGES } from '@invataxi/domain';
import { PROCUREMENT_MESSAGES, procurementMessage, serviceBeingProcuredText } from './messages';

describe('procurement messages', () => {
  it('has every text in kk, ru and en, with the same parameters in each', () => {
    for (const [key, texts] of Object.entries(PROCUREMENT_MESSAGES)) {
      const params = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      for (const lang of LANGUAGES) {
        expect(texts[lang].length).toBeGreaterThan(10);
        expect([key, params(texts[lang])]).toEqual([key, params(texts.en)]);
      }
    }
  });

  it('signs an SMS with the service name in the reader\'s script (walk t25: "Invataxi:" in ru and kk)', () => {
    for (const [key, texts] of Object.entries(PROCUREMENT_MESSAGES)) {
      if (!texts.en.startsWith('Invataxi:')) continue;
      expect([key, texts.ru.slice(0, 10), texts.kk.slice(0, 10)]).toEqual([key, 'Инватакси:', 'Инватакси:']);
    }
  });

  it('fills the expected date in', () => {
    expect(procurementMessage('SERVICE_BEING_PROCURED', 'ru', { date: '2026-06-12' })).toContain(
      'с 2026-06-12',
    );
    expect(procurementMessage('SERVICE_BEING_PROCURED', 'en', {})).toContain('{date}');
  });

  it('tells the rider the expected date, or says nothing about a date it does not know', () => {
    expect(serviceBeingProcuredText('kk', '2026-06-12')).toContain('2026-06-12 бастап');
    expect(serviceBeingProcuredText('en', null)).not.toMatch(/\{date\}|expected from/);
  });
});
