import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  FieldError,
  Input,
  Label,
  NumberField,
  Group,
  Text,
  TextField,
} from 'react-aria-components';
import type { Session } from '../../auth';
import {
  DISABILITY_CATEGORIES,
  TRIP_PURPOSES,
  type DisabilityCategory,
  type TripPurpose,
} from '@invataxi/domain';
import { ApiError, call, client, newKey, type Schema } from '../../api/client';
import {
  Announcer,
  ErrorSummary,
  focusField,
  LoadError,
  Loading,
  PageTitle,
  splitErrors,
  useLoad,
  type FieldErrors,
} from '../../components';
import { fmtDate, fmtDateTime, kzInstant, kzToday } from '../../format';
import { regionOf } from '../../rider';
import { DateField, TimeField } from '../../DateTimeFields';

type Rules = Schema<'ServicePolicyRules'>;
type Change = Schema<'PolicyChange'>;

const PURPOSES = TRIP_PURPOSES;
const CATEGORIES = DISABILITY_CATEGORIES;
const NUMBERS = [
  'tripsPerMonth',
  'minLeadMinutes',
  'maxHorizonDays',
  'lateCancelMinutes',
  'noShowWaitMinutes',
  'noShowRadiusMetres',
  'noShowDisputeDays',
  'maxCompanions',
] as const;
/** How the akimat buys the service where no provider serves (issue 20): the lot's period. */
const PROCUREMENT = ['procurementMinLotDays', 'procurementNextYearFromMonth'] as const;

/** A new effective-dated version of the region's service policy, with a preview of what changes. */
export function PolicyPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const region = regionOf(session.principal.regionKato ?? '710000000');
  const path = { path: { kato: region } };
  const inForce = useLoad(
    (signal) => call(client.GET('/regions/{kato}/policies/in-force', { params: path, signal })),
    [region],
  );
  const versions = useLoad(
    (signal) => call(client.GET('/regions/{kato}/policies', { params: path, signal })),
    [region],
  );
  const [rules, setRules] = useState<Rules | null>(null);
  const [from, setFrom] = useState(kzToday(1));
  const [changes, setChanges] = useState<Change[] | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState(newKey);

  useEffect(() => {
    if (inForce.data && !rules) setRules(structuredClone(inForce.data.rules));
  }, [inForce.data, rules]);
  useEffect(() => {
    setChanges(null);
    setKey(newKey());
  }, [rules, from]);

  const labels: Record<string, string> = Object.fromEntries([
    ...[...NUMBERS, ...PROCUREMENT].map((n) => [n, t(`policy.${n}`)]),
    ['allowedPurposes', t('policy.allowedPurposes')],
    ['eligibleCategories', t('policy.eligibleCategories')],
    ['serviceHours', t('policy.serviceHours')],
    ['bookingPhone', t('policy.bookingPhone')],
    ['effectiveFrom', t('policy.effectiveFrom')],
  ]);
  const fieldOf = (f: string) => {
    const k = f.replace(/^(body\.)?(rules\.)?/, '').split(/[.[]/)[0];
    return k in labels ? k : null;
  };
  const fail = (e: unknown) => {
    if (!(e instanceof ApiError)) throw e;
    const s = splitErrors(e, fieldOf);
    setErrors(s.fields);
    setGeneral(s.general);
    focusField(Object.keys(labels).find((k) => s.fields[k]));
  };

  const preview = async () => {
    setBusy(true);
    try {
      if (!rules) return;
      const r = await call(
        client.POST('/regions/{kato}/policies/preview', { params: path, body: { rules } }),
      );
      setErrors({});
      setGeneral([]);
      setChanges(r.changes);
      setSaid(t('policy.previewReady', { count: r.changes.length }));
      requestAnimationFrame(() => document.getElementById('preview-title')?.focus());
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const publish = async () => {
    setBusy(true);
    try {
      if (!rules) return;
      const v = await call(
        client.POST('/regions/{kato}/policies', {
          params: path,
          body: { rules, effectiveFrom: kzInstant(from, '00:00') },
          headers: { 'Idempotency-Key': key },
        }),
      );
      setSaid(t('policy.published', { version: v.version, date: fmtDateTime(v.effectiveFrom) }));
      setChanges(null);
      versions.reload();
      inForce.reload();
      requestAnimationFrame(() => document.getElementById('versions-title')?.focus());
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const show = (v: unknown) =>
    v === null
      ? t('policy.unlimited')
      : v === undefined
        ? '—'
        : typeof v === 'object'
          ? JSON.stringify(v)
          : String(v);

  const numberField = (n: (typeof NUMBERS)[number] | (typeof PROCUREMENT)[number]) =>
    rules && (
      <NumberField
        key={n}
        className="field"
        value={(rules[n] as number | null) ?? NaN}
        onChange={(v) =>
          setRules({ ...rules, [n]: Number.isNaN(v) ? (n === 'tripsPerMonth' ? null : 0) : v })
        }
        minValue={0}
        isInvalid={!!errors[n]}
        validationBehavior="aria"
      >
        <Label>{t(`policy.${n}`)}</Label>
        {n === 'tripsPerMonth' && (
          <Text slot="description" className="hint">
            {t('policy.emptyUnlimited')}
          </Text>
        )}
        <Group className="number">
          <Input id={`field-${n}`} />
        </Group>
        <FieldError className="field-error">{errors[n]}</FieldError>
      </NumberField>
    );

  return (
    <section>
      <PageTitle>{t('policy.title')}</PageTitle>
      <Announcer text={said} />
      <p className="status-line" role="status">
        {said}
      </p>
      {inForce.error && <LoadError error={inForce.error} />}
      {inForce.loading && !inForce.data && <Loading />}
      {inForce.data && (
        <p>
          {inForce.data.nationalDefault
            ? t('policy.nationalDefault')
            : t('policy.inForce', {
                version: inForce.data.version,
                date: fmtDateTime(inForce.data.effectiveFrom),
              })}
        </p>
      )}
      <ErrorSummary general={general} fields={errors} labels={labels} />
      {rules && (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void preview();
          }}
        >
          <fieldset>
            <legend>{t('policy.limits')}</legend>
            <div className="grid-2">{NUMBERS.map(numberField)}</div>
            <TextField
              className="field"
              value={rules.bookingPhone ?? ''}
              onChange={(v) => setRules({ ...rules, bookingPhone: v.trim() === '' ? null : v })}
              isInvalid={!!errors.bookingPhone}
              validationBehavior="aria"
            >
              <Label>{t('policy.bookingPhone')}</Label>
              <Text slot="description" className="hint">
                {t('policy.bookingPhoneHint')}
              </Text>
              <Input id="field-bookingPhone" type="tel" autoComplete="off" />
              <FieldError className="field-error">{errors.bookingPhone}</FieldError>
            </TextField>
          </fieldset>
          <fieldset>
            <legend>{t('policy.procurement')}</legend>
            <p className="hint">{t('policy.procurementHint')}</p>
            <div className="grid-2">{PROCUREMENT.map(numberField)}</div>
          </fieldset>
          <CheckboxGroup
            className="field"
            value={rules.allowedPurposes}
            onChange={(v) => setRules({ ...rules, allowedPurposes: v as TripPurpose[] })}
            isInvalid={!!errors.allowedPurposes}
            validationBehavior="aria"
            id="field-allowedPurposes"
          >
            <Label>{t('policy.allowedPurposes')}</Label>
            {PURPOSES.map((p) => (
              <Checkbox key={p} value={p} className="checkbox">
                <span className="box" aria-hidden="true" />
                {t(`purpose.${p}`)}
              </Checkbox>
            ))}
            <FieldError className="field-error">{errors.allowedPurposes}</FieldError>
          </CheckboxGroup>
          <CheckboxGroup
            className="field"
            value={rules.eligibleCategories}
            onChange={(v) => setRules({ ...rules, eligibleCategories: v as DisabilityCategory[] })}
            isInvalid={!!errors.eligibleCategories}
            validationBehavior="aria"
            id="field-eligibleCategories"
          >
            <Label>{t('policy.eligibleCategories')}</Label>
            {CATEGORIES.map((c) => (
              <Checkbox key={c} value={c} className="checkbox">
                <span className="box" aria-hidden="true" />
                {t(`category.${c}`)}
              </Checkbox>
            ))}
            <FieldError className="field-error">{errors.eligibleCategories}</FieldError>
          </CheckboxGroup>
          <fieldset id="field-serviceHours">
            <legend>{t('policy.serviceHours')}</legend>
            <p className="hint">{t('policy.hoursHint', { format: t('dateField.timeFormat') })}</p>
            {rules.serviceHours.map((day, i) => (
              <div key={i} className="row hours">
                <span className="day">{t(`weekday.${i + 1}`)}</span>
                {([0, 1] as const).map((end) => (
                  <TimeField
                    key={end}
                    id={`hours-${i}-${end}`}
                    label={
                      <>
                        <span className="visually-hidden">{t(`weekday.${i + 1}`)}: </span>
                        {t(end === 0 ? 'policy.opens' : 'policy.closes')}
                      </>
                    }
                    terse
                    value={day[0]?.[end] ?? ''}
                    onChange={(v) => {
                      // A day with both ends empty is closed; a day just opened takes the other
                      // end from 09:00-18:00.
                      const hours = rules.serviceHours.map((d) => [...d]);
                      const [open, close] = hours[i][0] ?? ['09:00', '18:00'];
                      const next: [string, string] = end === 0 ? [v, close] : [open, v];
                      hours[i] = next[0] || next[1] ? [next] : [];
                      setRules({ ...rules, serviceHours: hours });
                    }}
                  />
                ))}
                {day.length === 0 && <span className="tag">{t('policy.closed')}</span>}
              </div>
            ))}
            {errors.serviceHours && <p className="field-error">{errors.serviceHours}</p>}
          </fieldset>
          <DateField
            id="field-effectiveFrom"
            className="field-short"
            label={t('policy.effectiveFrom')}
            value={from}
            onChange={setFrom}
            isRequired
            error={errors.effectiveFrom}
          />
          <Button type="submit" className="btn" isDisabled={busy}>
            {t('policy.preview')}
          </Button>
        </form>
      )}
      {changes && (
        <section className="card" aria-labelledby="preview-title">
          <h2 id="preview-title" tabIndex={-1}>
            {t('policy.previewTitle')}
          </h2>
          {changes.length === 0 ? (
            <p>{t('policy.noChanges')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('policy.field')}</th>
                  <th scope="col">{t('policy.before')}</th>
                  <th scope="col">{t('policy.after')}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c) => (
                  <tr key={c.field}>
                    <th scope="row">
                      {labels[c.field.split(/[.[]/)[0]] ?? c.field}{' '}
                      <span className="small muted">{c.field}</span>
                    </th>
                    <td>{show(c.before)}</td>
                    <td>{show(c.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Button
            className="btn btn-primary"
            onPress={() => void publish()}
            isDisabled={busy || changes.length === 0}
          >
            {t('policy.publish', { date: fmtDate(from) })}
          </Button>
        </section>
      )}
      <h2 id="versions-title" tabIndex={-1}>
        {t('policy.versions')}
      </h2>
      {versions.error && <LoadError error={versions.error} />}
      {versions.data && versions.data.length === 0 && <p>{t('policy.noVersions')}</p>}
      <ul className="stack" data-testid="policy-versions">
        {(versions.data ?? []).map((v) => (
          <li key={v.id}>
            {t('policy.versionLine', { version: v.version, date: fmtDateTime(v.effectiveFrom) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
