import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FieldError, Form, Input, Label, Radio, RadioGroup, TextField } from 'react-aria-components';
import type { Session } from '../../auth';
import type { ProviderOrigin } from '@invataxi/domain';
import { ApiError, call, client, newKey, type Schema } from '../../api/client';
import {
  DataTable,
  ErrorSummary,
  focusField,
  LoadError,
  Loading,
  PageTitle,
  splitErrors,
  useLoad,
  type FieldErrors,
} from '../../components';
import { FormField } from '../../form';
import { fmtNumber } from '../../format';

type ProviderOverview = Schema<'ProviderOverview'>;

const DISTRICTS: Record<string, string> = {
  '711210000': 'district.711210000',
  '711310000': 'district.711310000',
  '711410000': 'district.711410000',
  '711510000': 'district.711510000',
  '711610000': 'district.711610000',
  '710000000': 'district.710000000',
};

export function ProvidersPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  const list = useLoad((signal) => call(client.GET('/providers', { signal })), []);
  const [showForm, setShowForm] = useState(false);
  const [said, setSaid] = useState('');
  const officer = session.principal.role === 'LEB_OFFICER';
  const area = (codes: string[]) => codes.map((c) => (DISTRICTS[c] ? t(DISTRICTS[c]) : c)).join(', ');
  return (
    <section>
      <PageTitle>{t(officer ? 'providers.title' : 'providers.titleCountry')}</PageTitle>
      <p role="status">{said}</p>
      {list.error && <LoadError error={list.error} />}
      {list.loading && !list.data && <Loading />}
      {list.data && list.data.length === 0 && <p>{t('providers.none')}</p>}
      {list.data && list.data.length > 0 && (
        <DataTable
          id="providers"
          caption={t('providers.caption')}
          rows={list.data}
          columns={[
            {
              header: t('providers.name'),
              cell: (p) => (
                <>
                  {p.legalName}
                  <div className="small muted">
                    {t('providers.bin')} {p.bin} · {t(`origin.${p.origin}`)}
                  </div>
                </>
              ),
            },
            { header: t('providers.status'), cell: (p) => t(`providerStatus.${p.status}`) },
            {
              header: t('providers.fleet'),
              cell: (p) =>
                t('providers.fleetLine', {
                  active: p.activeVehicles,
                  total: p.vehicles,
                  wheelchair: p.wheelchairPlaces,
                  shifts: p.activeShiftsToday,
                }),
            },
            { header: t('providers.area'), cell: (p) => area(p.serviceArea) },
            { header: t('providers.month'), cell: (p) => fmtNumber(p.bookingsServedThisMonth) },
            {
              header: t('providers.actions'),
              hidden: !officer,
              cell: (p) => (
                <StatusAction
                  provider={p}
                  onDone={(m) => {
                    setSaid(m);
                    list.reload();
                  }}
                />
              ),
            },
          ]}
        />
      )}
      {officer && !showForm && (
        <Button className="btn btn-primary" onPress={() => setShowForm(true)}>
          {t('providers.register')}
        </Button>
      )}
      {officer && showForm && (
        <RegisterProvider
          onDone={(m) => {
            setShowForm(false);
            setSaid(m);
            list.reload();
          }}
          onCancel={() => setShowForm(false)}
        />
      )}
    </section>
  );
}

function StatusAction({ provider, onDone }: { provider: ProviderOverview; onDone: (msg: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const target =
    provider.status === 'ACTIVE' ? 'SUSPENDED' : provider.status === 'SUSPENDED' ? 'ACTIVE' : null;
  if (!target) return null;
  if (!open)
    return (
      <Button
        className="btn btn-small"
        onPress={() => setOpen(true)}
        aria-label={`${t(`providers.to.${target}`)}: ${provider.legalName}`}
      >
        {t(`providers.to.${target}`)}
      </Button>
    );
  return (
    <div className="inline-form">
      <TextField
        className="field"
        value={reason}
        onChange={setReason}
        isRequired
        isInvalid={!!error}
        validationBehavior="aria"
        autoFocus
      >
        <Label>{t('providers.reason')}</Label>
        <Input />
        <FieldError className="field-error">{error}</FieldError>
      </TextField>
      <div className="button-row">
        <Button
          className="btn btn-danger btn-small"
          onPress={async () => {
            try {
              await call(
                client.POST('/providers/{id}/status', {
                  params: { path: { id: provider.id } },
                  body: { status: target, reason },
                  headers: { 'Idempotency-Key': newKey() },
                }),
              );
              onDone(
                t('providers.statusDone', {
                  name: provider.legalName,
                  status: t(`providerStatus.${target}`),
                }),
              );
            } catch (e) {
              setError(e instanceof ApiError ? (e.fields[0]?.message ?? e.message) : String(e));
            }
          }}
        >
          {t('common.confirm')}
        </Button>
        <Button className="btn btn-small" onPress={() => setOpen(false)}>
          {t('common.back')}
        </Button>
      </div>
    </div>
  );
}

function RegisterProvider({ onDone, onCancel }: { onDone: (msg: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [bin, setBin] = useState('');
  const [legalName, setLegalName] = useState('');
  const [phone, setPhone] = useState('');
  const [origin, setOrigin] = useState<ProviderOrigin>('LOCAL_REGISTRY');
  const [contractReference, setContractReference] = useState('');
  const [area, setArea] = useState('711410000');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [key] = useState(newKey);
  const labels = {
    bin: t('providers.bin'),
    legalName: t('providers.name'),
    phone: t('providers.phone'),
    contractReference: t('providers.contract'),
    serviceArea: t('providers.area'),
  };
  const fieldOf = (f: string) => {
    const k = f
      .replace(/^body\./, '')
      .split('.')[0]
      .replace(/\[\d+\]$/, '');
    if (k === 'contacts') return 'phone';
    return k in labels ? k : null;
  };
  return (
    <Form
      className="form card"
      validationBehavior="aria"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          await call(
            client.POST('/providers', {
              body: {
                bin: bin.trim(),
                legalName: legalName.trim(),
                origin,
                ...(phone.trim() ? { contacts: { phone: phone.trim() } } : {}),
                ...(contractReference.trim() ? { contractReference: contractReference.trim() } : {}),
                serviceArea: area.split(/[\s,]+/).filter(Boolean),
              },
              headers: { 'Idempotency-Key': key },
            }),
          );
          onDone(t('providers.registered', { name: legalName }));
        } catch (err) {
          if (!(err instanceof ApiError)) throw err;
          const s = splitErrors(err, fieldOf);
          setErrors(s.fields);
          setGeneral(s.general);
          focusField(Object.keys(labels).find((k) => s.fields[k]));
        }
      }}
    >
      <h2>{t('providers.register')}</h2>
      <ErrorSummary general={general} fields={errors} labels={labels} />
      <FormField
        name="bin"
        label={t('providers.bin')}
        hint={t('providers.binHint')}
        value={bin}
        onChange={setBin}
        error={errors.bin}
        inputMode="numeric"
        required
      />
      <FormField
        name="legalName"
        label={t('providers.name')}
        value={legalName}
        onChange={setLegalName}
        error={errors.legalName}
        required
      />
      <FormField
        name="phone"
        label={t('providers.phone')}
        value={phone}
        onChange={setPhone}
        error={errors.phone}
        type="tel"
      />
      <RadioGroup className="field" value={origin} onChange={(v) => setOrigin(v as ProviderOrigin)}>
        <Label>{t('providers.origin')}</Label>
        <Radio value="LOCAL_REGISTRY" className="radio">
          {t('origin.LOCAL_REGISTRY')}
        </Radio>
        <Radio value="PROCUREMENT_CONTRACT" className="radio">
          {t('origin.PROCUREMENT_CONTRACT')}
        </Radio>
      </RadioGroup>
      <FormField
        name="contractReference"
        label={t('providers.contract')}
        value={contractReference}
        onChange={setContractReference}
        error={errors.contractReference}
      />
      <FormField
        name="serviceArea"
        label={t('providers.area')}
        hint={t('providers.areaHint')}
        value={area}
        onChange={setArea}
        error={errors.serviceArea}
        rows={2}
        required
      />
      <div className="button-row">
        <Button type="submit" className="btn btn-primary">
          {t('providers.submit')}
        </Button>
        <Button className="btn" onPress={onCancel}>
          {t('common.back')}
        </Button>
      </div>
    </Form>
  );
}
