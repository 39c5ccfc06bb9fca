import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, FieldError, Form, Input, Label, TextField } from 'react-aria-components';
import {
  checkEligibility,
  DISABILITY_CATEGORIES,
  ELIGIBILITY_NEEDS,
  LANGUAGES,
  NO_SHOW_FORGIVE_REASONS,
  WHEELCHAIR_TYPES,
  type DisabilityCategory,
  type EligibilityNeed,
  type Language,
  type NoShowForgiveReason,
  type WheelchairType,
} from '@invataxi/domain';
import type { Session } from '../../auth';
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
  useLoadFor,
  type FieldErrors,
} from '../../components';
import { PlacePicker, type SavedPlace } from '../../PlacePicker';
import { fmtDateTimeYear, fmtDateYear, kzToday } from '../../format';
import { reasonText } from '../../reason-text';
import { regionOf, type Place } from '../../rider';
import { DateField } from '../../DateTimeFields';
import { DisputeDecision, disputeSaid, NoShowEvidenceText, useSaidLine } from './DisputeDecision';
import { placeIn } from '../../place-names';

type View = Schema<'BeneficiaryView'>;
type Summary = Schema<'BeneficiarySummary'>;

const LANGUAGE_NAMES: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
const MOBILITY_FLAGS = ['stepFree', 'needsLift', 'visual', 'hearing', 'intellectual', 'guideDog'] as const;
type MobilityFlag = (typeof MOBILITY_FLAGS)[number];
/** The same empty list on every render: the address search recomputes its options when it changes. */
const NO_SAVED: SavedPlace[] = [];

type Mode =
  { kind: 'list' } | { kind: 'new' } | { kind: 'person'; id: string } | { kind: 'edit'; view: View };

/**
 * The beneficiary registry (issue 21): the LEB officer registers and changes the people the
 * service is for and their guardians; the region's dispatch centre reads. Health data (category,
 * its validity, evidence) is shown only when the API sends it (it leaves it out for a provider's
 * dispatcher).
 */
export function BeneficiariesPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const officer = session.principal.role === 'LEB_OFFICER';
  // The region's list for the officer and the centre's dispatcher; a provider's dispatcher searches.
  const region = session.principal.providerId ? null : session.principal.regionKato;
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  const [said, setSaid] = useState('');
  const list = useLoad(
    async (signal): Promise<Summary[]> => {
      if (searched)
        return (
          await call(client.GET('/beneficiaries/search', { params: { query: { q: searched } }, signal }))
        ).items;
      if (!region) return [];
      return (await call(client.GET('/beneficiaries', { params: { query: { limit: 50 } }, signal }))).items;
    },
    [searched, region],
  );

  if (mode.kind === 'new' || mode.kind === 'edit')
    return (
      <section>
        <PageTitle>{mode.kind === 'new' ? t('registry.register') : t('registry.edit')}</PageTitle>
        <PersonForm
          session={session}
          editing={mode.kind === 'edit' ? mode.view : null}
          onDone={(v, msg) => {
            setSaid(msg);
            list.reload();
            setMode({ kind: 'person', id: v.id });
          }}
          onCancel={() =>
            setMode(mode.kind === 'edit' ? { kind: 'person', id: mode.view.id } : { kind: 'list' })
          }
        />
      </section>
    );

  if (mode.kind === 'person')
    return (
      <section>
        <Announcer text={said} />
        <Person
          id={mode.id}
          session={session}
          said={said}
          onBack={() => {
            setSaid('');
            setMode({ kind: 'list' });
          }}
          onEdit={(view) => {
            setSaid('');
            setMode({ kind: 'edit', view });
          }}
        />
      </section>
    );

  return (
    <section>
      <PageTitle>{t('registry.title')}</PageTitle>
      {!officer && <p className="muted">{t('registry.readOnly')}</p>}
      <Announcer text={said} />
      <form
        className="inline-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setSearched(query.trim());
        }}
      >
        <TextField className="field" value={query} onChange={setQuery}>
          <Label>{t('registry.search')}</Label>
          <Input id="field-search" />
        </TextField>
        <div className="button-row">
          <Button type="submit" className="btn">
            {t('registry.find')}
          </Button>
          {searched && (
            <Button
              className="btn"
              onPress={() => {
                setQuery('');
                setSearched('');
              }}
            >
              {t('registry.clear')}
            </Button>
          )}
          {officer && (
            <Button className="btn btn-primary" onPress={() => setMode({ kind: 'new' })}>
              {t('registry.register')}
            </Button>
          )}
        </div>
      </form>
      {list.error && <LoadError error={list.error} />}
      {list.loading && !list.data && <Loading />}
      {list.data && list.data.length === 0 && (
        <p role="status">{searched ? t('registry.noMatch') : t('registry.none')}</p>
      )}
      {list.data && list.data.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="registry-caption">
          <table className="table">
            <caption id="registry-caption">
              {searched ? t('registry.found', { count: list.data.length }) : t('registry.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('registry.fullName')}</th>
                <th scope="col">{t('registry.iin')}</th>
                <th scope="col">{t('registry.category')}</th>
                <th scope="col">{t('registry.suspension')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((b) => (
                <tr key={b.id}>
                  <th scope="row">
                    <a
                      href={`#${b.id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        setSaid('');
                        setMode({ kind: 'person', id: b.id });
                      }}
                    >
                      {b.fullName}
                    </a>
                  </th>
                  <td translate="no">{b.iinMasked}</td>
                  <td>{b.disabilityCategory ? t(`category.${b.disabilityCategory}`) : '—'}</td>
                  <td>
                    {b.suspendedUntil
                      ? t('registry.suspendedUntil', { date: fmtDateTimeYear(b.suspendedUntil) })
                      : t('registry.notSuspended')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Whether the person may ride today under the region's policy in force, and why not. */
export function Eligibility({ view }: { view: View }) {
  const { t } = useTranslation();
  const region = regionOf(view.residence.kato);
  const policy = useLoad(
    (signal) =>
      call(client.GET('/regions/{kato}/policies/in-force', { params: { path: { kato: region } }, signal })),
    [region],
  );
  if (!view.disabilityCategory && !view.needs) return null;
  if (policy.error) return <LoadError error={policy.error} />;
  if (!policy.data) return <Loading />;
  const today = kzToday();
  const outcome = checkEligibility(
    {
      birthDate: view.birthDate,
      disability: view.disabilityCategory
        ? {
            category: view.disabilityCategory,
            validFrom: null,
            validUntil: view.disabilityValidUntil ?? null,
          }
        : null,
      needs: (view.needs ?? []).map((n) => ({ need: n.need, validUntil: n.validUntil ?? null })),
    },
    policy.data.rules,
    today,
  );
  if (outcome.eligible) {
    const until =
      outcome.basis === 'CATEGORY'
        ? view.disabilityValidUntil
        : view.needs?.find((n) => n.need === outcome.need)?.validUntil;
    return (
      <p className="notice" data-testid="eligibility">
        <span aria-hidden="true">✓ </span>
        {outcome.basis === 'CATEGORY'
          ? t('registry.eligibleByCategory', { category: t(`category.${outcome.category}`) })
          : t('registry.eligibleByNeed', { need: t(`eligibilityNeed.${outcome.need}`) })}{' '}
        {until ? t('registry.eligibleUntil', { date: fmtDateYear(until) }) : t('registry.noEnd')}
      </p>
    );
  }
  return (
    <p className="notice notice-error" data-testid="eligibility">
      <span aria-hidden="true">✗ </span>
      {t('registry.notEligible')} {reasonText(outcome.reason)}
      {outcome.reason === 'DISABILITY_EXPIRED' && view.disabilityValidUntil
        ? ` ${t('registry.expiredOn', { date: fmtDateYear(view.disabilityValidUntil) })}`
        : ''}
    </p>
  );
}

function Person(props: {
  id: string;
  session: Session;
  said: string;
  onBack: () => void;
  onEdit: (v: View) => void;
}) {
  const { t } = useTranslation();
  const officer = props.session.principal.role === 'LEB_OFFICER';
  const person = useLoadFor(props.id, (id, signal) =>
    call(client.GET('/beneficiaries/{id}', { params: { path: { id } }, signal })),
  );
  const v = person.data;
  const mobility = v ? MOBILITY_FLAGS.filter((f) => v.mobility[f]).map((f) => t(`need.${f}`)) : [];
  return (
    <>
      <PageTitle>{v ? v.fullName : t('registry.person')}</PageTitle>
      <p>
        <Button className="btn btn-small" onPress={props.onBack}>
          <span aria-hidden="true">← </span>
          {t('registry.backToList')}
        </Button>
      </p>
      {props.said && (
        <p className="notice" role="status">
          {props.said}
        </p>
      )}
      {person.error && <LoadError error={person.error} />}
      {!v && !person.error && <Loading />}
      {v && (
        <>
          {v.suspendedUntil && (
            <p className="notice notice-error" data-testid="suspension">
              <span aria-hidden="true">⚠ </span>
              {t('registry.suspendedUntil', { date: fmtDateTimeYear(v.suspendedUntil) })}
            </p>
          )}
          <Eligibility view={v} />
          <dl className="facts">
            <dt>{t('registry.iin')}</dt>
            <dd translate="no">{v.iin ?? v.iinMasked}</dd>
            <dt>{t('registry.birthDate')}</dt>
            <dd>{fmtDateYear(v.birthDate)}</dd>
            <dt>{t('registry.phone')}</dt>
            <dd translate="no">{v.phone ?? '—'}</dd>
            <dt>{t('registry.language')}</dt>
            <dd>{LANGUAGE_NAMES[v.language]}</dd>
            <dt>{t('registry.residence')}</dt>
            <dd>{placeIn(v.residence.address)}</dd>
            {v.disabilityCategory && (
              <>
                <dt>{t('registry.category')}</dt>
                <dd>
                  {t(`category.${v.disabilityCategory}`)}
                  {', '}
                  {v.disabilityValidUntil
                    ? t('registry.validUntilDate', { date: fmtDateYear(v.disabilityValidUntil) })
                    : t('registry.noReexamination')}
                </dd>
              </>
            )}
            {v.needs && (
              <>
                <dt>{t('registry.evidence')}</dt>
                <dd>
                  {v.needs.length === 0 ? (
                    '—'
                  ) : (
                    <ul>
                      {v.needs.map((n) => (
                        <li key={n.need}>
                          {t(`eligibilityNeed.${n.need}`)}
                          {n.document ? ` (${n.document})` : ''}
                          {', '}
                          {n.validUntil
                            ? t('registry.validUntilDate', { date: fmtDateYear(n.validUntil) })
                            : t('registry.noEnd')}
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
              </>
            )}
            <dt>{t('registry.mobility')}</dt>
            <dd>{[t(`wheelchair.${v.mobility.wheelchair}`), ...mobility].join(', ')}</dd>
            <dt>{t('registry.companion')}</dt>
            <dd>{v.companionEntitled ? t('registry.yes') : t('registry.no')}</dd>
          </dl>
          {officer && (
            <Button className="btn btn-primary" onPress={() => props.onEdit(v)}>
              {t('registry.edit')}
            </Button>
          )}
          <NoShows
            beneficiaryId={v.id}
            officer={officer}
            // The region's dispatch centre decides disputes too; a provider's dispatcher never (a party to it).
            mayDecide={
              officer ||
              (props.session.principal.role === 'DISPATCHER' && !props.session.principal.providerId)
            }
            onForgiven={person.reload}
          />
          <Guardians beneficiaryId={v.id} officer={officer} />
        </>
      )}
    </>
  );
}

/**
 * The person's no-shows, latest first, and whether each still counts towards a suspension; the
 * LEB officer forgives one (audited; the suspension is worked out again at once).
 */
function NoShows(props: {
  beneficiaryId: string;
  officer: boolean;
  mayDecide: boolean;
  onForgiven: () => void;
}) {
  const { t } = useTranslation();
  const [said, setSaid] = useSaidLine();
  const [error, setError] = useState<string | null>(null);
  // The no-show being forgiven: the officer says why (required) before confirming.
  const [forgiving, setForgiving] = useState<string | null>(null);
  const [reason, setReason] = useState<NoShowForgiveReason | ''>('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const list = useLoad(
    (signal) =>
      call(
        client.GET('/bookings', {
          params: {
            query: { beneficiaryId: props.beneficiaryId, status: ['NO_SHOW'], order: 'desc', limit: 200 },
          },
          signal,
        }),
      ),
    [props.beneficiaryId],
  );
  const forgive = async (id: string, when: string) => {
    if (!reason) {
      setReasonError(t('registry.forgiveWhyMissing'));
      focusField(`forgive-reason-${id}`);
      return;
    }
    try {
      await call(
        client.POST('/bookings/{id}/forgive-no-show', {
          params: { path: { id } },
          body: { reason },
          headers: { 'Idempotency-Key': newKey() },
        }),
      );
      setError(null);
      setReasonError(null);
      setForgiving(null);
      setReason('');
      setSaid({ key: 'registry.forgivenSaid', date: when });
      list.reload();
      props.onForgiven();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.fields[0]?.message ?? e.message);
    }
  };
  /** A disputed no-show decided (issue 23): upheld forgives it, rejected lets it count. */
  const decided = (when: string, upheld: boolean) => {
    setError(null);
    setSaid(disputeSaid(upheld, when));
    list.reload();
    props.onForgiven();
  };
  return (
    <section className="card" aria-labelledby="noshows-title">
      <h2 id="noshows-title">{t('registry.noShows')}</h2>
      <Announcer text={said} />
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {list.error && <LoadError error={list.error} />}
      {!list.data && !list.error && <Loading />}
      {list.data && list.data.items.length === 0 && <p>{t('registry.noNoShows')}</p>}
      {list.data && list.data.items.length > 0 && (
        <ul>
          {list.data.items.map((b) => (
            <li key={b.id}>
              {fmtDateTimeYear(b.requestedTime)}
              {' · '}
              {b.noShowForgivenAt
                ? t('registry.forgivenOn', { date: fmtDateYear(b.noShowForgivenAt) })
                : t('registry.counts')}
              {b.noShowForgivenReason &&
                ` ${t('registry.forgivenWhy', { why: reasonText(b.noShowForgivenReason) })}`}
              <NoShowEvidenceText evidence={b.noShow?.evidence} audience="decider" className="small" />
              {b.noShow?.disputedAt && (
                <blockquote className="small">
                  {t('registry.disputed', { date: fmtDateTimeYear(b.noShow.disputedAt) })}{' '}
                  <q>{b.noShow.disputeText}</q>
                  {b.noShow.decision && <> · {t(`registry.dispute${b.noShow.decision}`)}</>}
                  {b.noShow.decisionReason && (
                    <> · {t(`rides.noShow.rejection.${b.noShow.decisionReason}`)}</>
                  )}
                  {b.noShow.decisionNote && (
                    <>
                      {' '}
                      <q>{b.noShow.decisionNote}</q>
                    </>
                  )}
                </blockquote>
              )}
              {props.mayDecide && (
                <DisputeDecision
                  booking={b}
                  onDecided={(upheld) => decided(b.requestedTime, upheld)}
                  onError={setError}
                />
              )}
              {props.officer && !b.noShowForgivenAt && !b.noShow?.disputedAt && forgiving !== b.id && (
                <>
                  {' '}
                  <Button
                    className="btn btn-small"
                    aria-label={`${t('registry.forgive')}: ${fmtDateTimeYear(b.requestedTime)}`}
                    onPress={() => {
                      setForgiving(b.id);
                      setReason('');
                      setReasonError(null);
                      focusField(`forgive-reason-${b.id}`);
                    }}
                  >
                    {t('registry.forgive')}
                  </Button>
                </>
              )}
              {props.officer && forgiving === b.id && (
                <div
                  className="field"
                  role="group"
                  aria-label={`${t('registry.forgive')}: ${fmtDateTimeYear(b.requestedTime)}`}
                >
                  <label htmlFor={`field-forgive-reason-${b.id}`}>{t('registry.forgiveWhy')}</label>
                  <select
                    id={`field-forgive-reason-${b.id}`}
                    value={reason}
                    onChange={(e) => setReason(e.target.value as NoShowForgiveReason | '')}
                    aria-invalid={reasonError ? true : undefined}
                    aria-describedby={reasonError ? `forgive-reason-${b.id}-error` : undefined}
                  >
                    <option value="">{t('registry.forgiveChoose')}</option>
                    {NO_SHOW_FORGIVE_REASONS.map((r) => (
                      <option key={r} value={r}>
                        {reasonText(r)}
                      </option>
                    ))}
                  </select>
                  {reasonError && (
                    <p id={`forgive-reason-${b.id}-error`} className="field-error">
                      {reasonError}
                    </p>
                  )}
                  <div className="button-row">
                    <Button
                      className="btn btn-small btn-primary"
                      onPress={() => void forgive(b.id, b.requestedTime)}
                    >
                      {t('registry.forgiveConfirm')}
                    </Button>
                    <Button className="btn btn-small" onPress={() => setForgiving(null)}>
                      {t('common.back')}
                    </Button>
                  </div>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {list.data?.nextCursor && <p className="muted">{t('registry.moreNoShows')}</p>}
    </section>
  );
}

/** The person's guardians (from the API); the LEB officer links a new one or removes one. */
function Guardians({ beneficiaryId, officer }: { beneficiaryId: string; officer: boolean }) {
  const { t } = useTranslation();
  const list = useLoad(
    (signal) =>
      call(client.GET('/beneficiaries/{id}/guardians', { params: { path: { id: beneficiaryId } }, signal })),
    [beneficiaryId],
  );
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [said, setSaid] = useState('');
  const labels = { displayName: t('registry.guardianName'), phone: t('registry.phone') };
  return (
    <section className="card" aria-labelledby="guardians-title">
      <h2 id="guardians-title">{t('registry.guardians')}</h2>
      <Announcer text={said} />
      {list.error && <LoadError error={list.error} />}
      {!list.data && !list.error && <Loading />}
      {list.data && list.data.items.length === 0 && <p>{t('registry.noGuardians')}</p>}
      {list.data && list.data.items.length > 0 && (
        <ul>
          {list.data.items.map((g) => (
            <li key={g.userId}>
              <span translate="no">{g.displayName}</span>
              {g.phone && (
                <>
                  {' · '}
                  <span translate="no">{g.phone}</span>
                </>
              )}
              {' · '}
              {t('registry.guardianSince', { date: fmtDateYear(g.since) })}
              {officer && (
                <>
                  {' '}
                  <Button
                    className="btn btn-small"
                    aria-label={`${t('registry.removeGuardian')}: ${g.displayName}`}
                    onPress={async () => {
                      try {
                        await call(
                          client.DELETE('/beneficiaries/{id}/guardians/{userId}', {
                            params: { path: { id: beneficiaryId, userId: g.userId } },
                          }),
                        );
                        list.reload();
                        setSaid(t('registry.guardianRemoved', { name: g.displayName }));
                      } catch (e) {
                        if (!(e instanceof ApiError)) throw e;
                        setGeneral([e.fields[0]?.message ?? e.message]);
                      }
                    }}
                  >
                    {t('registry.removeGuardian')}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {officer && (
        <Form
          className="form"
          validationBehavior="aria"
          onSubmit={async (e) => {
            e.preventDefault();
            try {
              await call(
                client.POST('/beneficiaries/{id}/guardians', {
                  params: { path: { id: beneficiaryId } },
                  body: { displayName: name.trim(), ...(phone.trim() ? { phone: phone.trim() } : {}) },
                  headers: { 'Idempotency-Key': newKey() },
                }),
              );
              list.reload();
              setSaid(t('registry.guardianAdded', { name: name.trim() }));
              setName('');
              setPhone('');
              setErrors({});
              setGeneral([]);
            } catch (err) {
              if (!(err instanceof ApiError)) throw err;
              const s = splitErrors(err, (f) => {
                const k = f.replace(/^body\./, '');
                return k in labels ? k : null;
              });
              setErrors(s.fields);
              setGeneral(s.general);
              focusField(Object.keys(labels).find((k) => s.fields[k]));
            }
          }}
        >
          <h3>{t('registry.addGuardian')}</h3>
          <ErrorSummary general={general} fields={errors} labels={labels} />
          <TextField
            className="field"
            value={name}
            onChange={setName}
            isRequired
            isInvalid={!!errors.displayName}
            validationBehavior="aria"
          >
            <Label>{labels.displayName}</Label>
            <Input id="field-displayName" />
            <FieldError className="field-error">{errors.displayName}</FieldError>
          </TextField>
          <TextField
            className="field"
            value={phone}
            onChange={setPhone}
            isInvalid={!!errors.phone}
            validationBehavior="aria"
          >
            <Label>{labels.phone}</Label>
            <Input id="field-phone" type="tel" />
            <FieldError className="field-error">{errors.phone}</FieldError>
          </TextField>
          <Button type="submit" className="btn">
            {t('registry.addGuardian')}
          </Button>
        </Form>
      )}
    </section>
  );
}

interface NeedRow {
  on: boolean;
  validUntil: string;
  document: string;
}

/** The API's field paths (body.residence.kato, needs[0].validUntil) to the form's fields. */
function formFieldOf(f: string): string | null {
  const k = f.replace(/^body\./, '');
  const head = k.split('.')[0].replace(/\[\d+\]$/, '');
  if (['iin', 'fullName', 'phone', 'language', 'residence', 'disabilityCategory'].includes(head)) return head;
  if (head === 'disabilityValidUntil') return 'disabilityValidUntil';
  if (head === 'needs') return 'needs';
  if (head === 'mobility') return 'mobility';
  return null;
}

function PersonForm(props: {
  session: Session;
  editing: View | null;
  onDone: (v: View, msg: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const e = props.editing;
  const [iin, setIin] = useState('');
  const [fullName, setFullName] = useState(e?.fullName ?? '');
  const [phone, setPhone] = useState(e?.phone ?? '');
  const [language, setLanguage] = useState<Language>(e?.language ?? 'kk');
  const [residence, setResidence] = useState<Place | null>(e ? e.residence : null);
  const [category, setCategory] = useState<DisabilityCategory | ''>(e?.disabilityCategory ?? '');
  const [validUntil, setValidUntil] = useState(e?.disabilityValidUntil ?? '');
  const [needs, setNeeds] = useState<Record<EligibilityNeed, NeedRow>>(() => {
    const rows = {} as Record<EligibilityNeed, NeedRow>;
    for (const n of ELIGIBILITY_NEEDS) {
      const had = e?.needs?.find((x) => x.need === n);
      rows[n] = { on: !!had, validUntil: had?.validUntil ?? '', document: had?.document ?? '' };
    }
    return rows;
  });
  const [wheelchair, setWheelchair] = useState<WheelchairType>(e?.mobility.wheelchair ?? 'NONE');
  const [flags, setFlags] = useState<Record<MobilityFlag, boolean>>(() => {
    const r = {} as Record<MobilityFlag, boolean>;
    for (const f of MOBILITY_FLAGS) r[f] = !!e?.mobility[f];
    return r;
  });
  const [companion, setCompanion] = useState(e?.companionEntitled ?? false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [key] = useState(newKey);
  const seesHealth = !e || e.disabilityCategory !== undefined;
  const labels: Record<string, string> = {
    iin: t('registry.iin'),
    fullName: t('registry.fullName'),
    phone: t('registry.phone'),
    language: t('registry.language'),
    residence: t('registry.residence'),
    disabilityCategory: t('registry.category'),
    disabilityValidUntil: t('registry.categoryValidUntil'),
    needs: t('registry.evidence'),
    mobility: t('registry.mobility'),
  };

  const submit = async () => {
    const local: FieldErrors = {};
    if (!e && !/^\d{12}$/.test(iin.trim())) local.iin = t('registry.err.iin');
    if (fullName.trim().length < 2) local.fullName = t('registry.err.fullName');
    if (!residence) local.residence = t('registry.err.residence');
    if (seesHealth && !category) local.disabilityCategory = t('registry.err.category');
    if (Object.keys(local).length) {
      setErrors(local);
      setGeneral([]);
      focusField(Object.keys(labels).find((k) => local[k]));
      return;
    }
    const health = seesHealth
      ? {
          disabilityCategory: category as DisabilityCategory,
          disabilityValidUntil: validUntil || null,
          needs: ELIGIBILITY_NEEDS.filter((n) => needs[n].on).map((n) => ({
            need: n,
            validUntil: needs[n].validUntil || null,
            ...(needs[n].document.trim() ? { document: needs[n].document.trim() } : {}),
          })),
        }
      : {};
    const common = {
      fullName: fullName.trim(),
      language,
      residence: residence!,
      mobility: { wheelchair, ...flags },
      companionEntitled: companion,
      ...health,
    };
    setBusy(true);
    try {
      const v = e
        ? await call(
            client.PATCH('/beneficiaries/{id}', {
              params: { path: { id: e.id } },
              body: { ...common, version: e.version, phone: phone.trim() || null },
            }),
          )
        : await call(
            client.POST('/beneficiaries', {
              body: {
                ...common,
                iin: iin.trim(),
                ...(phone.trim() ? { phone: phone.trim() } : {}),
              } as Schema<'CreateBeneficiaryDto'>,
              headers: { 'Idempotency-Key': key },
            }),
          );
      props.onDone(
        v,
        e ? t('registry.saved', { name: v.fullName }) : t('registry.registered', { name: v.fullName }),
      );
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      const s = splitErrors(err, formFieldOf);
      setErrors(s.fields);
      setGeneral(s.general);
      focusField(Object.keys(labels).find((k) => s.fields[k]));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form
      className="form card"
      validationBehavior="aria"
      aria-busy={busy}
      onSubmit={(ev) => {
        ev.preventDefault();
        void submit();
      }}
    >
      {e && <p className="muted">{t('registry.audited')}</p>}
      <ErrorSummary general={general} fields={errors} labels={labels} />
      {!e && (
        <TextField
          className="field"
          value={iin}
          onChange={setIin}
          isRequired
          isInvalid={!!errors.iin}
          validationBehavior="aria"
        >
          <Label>{labels.iin}</Label>
          <Input id="field-iin" inputMode="numeric" autoComplete="off" />
          <FieldError className="field-error">{errors.iin}</FieldError>
        </TextField>
      )}
      {!e && <p className="hint">{t('registry.iinHint')}</p>}
      <TextField
        className="field"
        value={fullName}
        onChange={setFullName}
        isRequired
        isInvalid={!!errors.fullName}
        validationBehavior="aria"
      >
        <Label>{labels.fullName}</Label>
        <Input id="field-fullName" autoComplete="off" />
        <FieldError className="field-error">{errors.fullName}</FieldError>
      </TextField>
      <TextField
        className="field"
        value={phone}
        onChange={setPhone}
        isInvalid={!!errors.phone}
        validationBehavior="aria"
      >
        <Label>{labels.phone}</Label>
        <Input id="field-phone" type="tel" autoComplete="off" />
        <FieldError className="field-error">{errors.phone}</FieldError>
      </TextField>
      <div className="field">
        <label htmlFor="field-language">{labels.language}</label>
        <select
          id="field-language"
          value={language}
          onChange={(x) => setLanguage(x.target.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      <PlacePicker
        name="residence"
        label={labels.residence}
        value={residence}
        onChange={setResidence}
        saved={NO_SAVED}
        riderId={null}
        error={errors.residence}
      />
      {seesHealth && (
        <fieldset className="field">
          <legend>{t('registry.disability')}</legend>
          <div className="field">
            <label htmlFor="field-disabilityCategory">{labels.disabilityCategory}</label>
            <select
              id="field-disabilityCategory"
              value={category}
              required
              aria-invalid={!!errors.disabilityCategory || undefined}
              aria-describedby={errors.disabilityCategory ? 'err-disabilityCategory' : undefined}
              onChange={(x) => setCategory(x.target.value as DisabilityCategory)}
            >
              <option value="">{t('registry.choose')}</option>
              {DISABILITY_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`category.${c}`)}
                </option>
              ))}
            </select>
            {errors.disabilityCategory && (
              <p className="field-error" id="err-disabilityCategory">
                {errors.disabilityCategory}
              </p>
            )}
          </div>
          <DateField
            id="field-disabilityValidUntil"
            label={labels.disabilityValidUntil}
            hint={t('registry.validUntilHint')}
            value={validUntil}
            onChange={setValidUntil}
            error={errors.disabilityValidUntil}
          />
        </fieldset>
      )}
      {seesHealth && (
        <fieldset className="field" id="field-needs">
          <legend>{labels.needs}</legend>
          <p className="hint">{t('registry.evidenceHint')}</p>
          {errors.needs && <p className="field-error">{errors.needs}</p>}
          {ELIGIBILITY_NEEDS.map((n) => (
            <div key={n}>
              <Checkbox
                className="checkbox"
                isSelected={needs[n].on}
                onChange={(on) => setNeeds((r) => ({ ...r, [n]: { ...r[n], on } }))}
              >
                <span className="box" aria-hidden="true" />
                {t(`eligibilityNeed.${n}`)}
              </Checkbox>
              {needs[n].on && (
                <div className="grid-2">
                  <DateField
                    id={`need-${n}-until`}
                    label={t('registry.needValidUntil', { need: t(`eligibilityNeed.${n}`) })}
                    value={needs[n].validUntil}
                    onChange={(validUntil) => setNeeds((r) => ({ ...r, [n]: { ...r[n], validUntil } }))}
                  />
                  <div className="field">
                    <label htmlFor={`need-${n}-doc`}>
                      {t('registry.needDocument', { need: t(`eligibilityNeed.${n}`) })}
                    </label>
                    <input
                      id={`need-${n}-doc`}
                      type="text"
                      value={needs[n].document}
                      onChange={(x) =>
                        setNeeds((r) => ({ ...r, [n]: { ...r[n], document: x.target.value } }))
                      }
                    />
                  </div>
                </div>
              )}
            </div>
          ))}
        </fieldset>
      )}
      <fieldset className="field" id="field-mobility">
        <legend>{labels.mobility}</legend>
        {errors.mobility && <p className="field-error">{errors.mobility}</p>}
        <div className="field">
          <label htmlFor="field-wheelchair">{t('registry.wheelchair')}</label>
          <select
            id="field-wheelchair"
            value={wheelchair}
            onChange={(x) => setWheelchair(x.target.value as WheelchairType)}
          >
            {WHEELCHAIR_TYPES.map((w) => (
              <option key={w} value={w}>
                {t(`wheelchair.${w}`)}
              </option>
            ))}
          </select>
        </div>
        {MOBILITY_FLAGS.map((f) => (
          <Checkbox
            key={f}
            className="checkbox"
            isSelected={flags[f]}
            onChange={(on) => setFlags((r) => ({ ...r, [f]: on }))}
          >
            <span className="box" aria-hidden="true" />
            {t(`need.${f}`)}
          </Checkbox>
        ))}
      </fieldset>
      <Checkbox className="checkbox" isSelected={companion} onChange={setCompanion}>
        <span className="box" aria-hidden="true" />
        {t('registry.companionEntitled')}
      </Checkbox>
      <div className="button-row">
        <Button type="submit" className="btn btn-primary" isDisabled={busy}>
          {e ? t('registry.save') : t('registry.submit')}
        </Button>
        <Button className="btn" onPress={props.onCancel}>
          {t('common.back')}
        </Button>
      </div>
    </Form>
  );
}
