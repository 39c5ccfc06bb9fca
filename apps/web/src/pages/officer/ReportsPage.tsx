import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import type { Session } from '../../auth';
import { ApiError, call, client, download, type Schema } from '../../api/client';
import { LoadError, PageTitle, useLoad } from '../../components';
import { fmtMonth, fmtNumber } from '../../format';
import { OperationsFigures } from './OperationsFigures';

/**
 * Reports: the operations figures of the reader's scope (OperationsFigures: the officer's
 * region, the country for the ministry) and, below, the monthly billing acts with their files.
 */
export function ReportsPage({ session }: { session: Session }) {
  const { t } = useTranslation();
  // An officer's acts are their region's; the ministry's follow the region chosen for the figures
  // (t22b: Astana's acts were listed under Abai's figures).
  const [chosen, setChosen] = useState('');
  const region = session.principal.regionKato ?? (chosen || undefined);
  return (
    <section>
      <PageTitle>{t('reports.title')}</PageTitle>
      <OperationsFigures session={session} onRegion={setChosen} />
      <BillingActs region={region} />
    </section>
  );
}

type BillingAct = Schema<'BillingActView'>;

/** Monthly billing acts per provider, with the API's own XLSX and CSV files. */
function BillingActs({ region }: { region: string | undefined }) {
  const { t } = useTranslation();
  const acts = useLoad(
    (signal) => call(client.GET('/billing-acts', { params: { query: { regionKato: region } }, signal })),
    [region],
  );
  const [error, setError] = useState<string | null>(null);
  const file = async (a: BillingAct, format: 'xlsx' | 'csv') => {
    setError(null);
    try {
      await download(
        `/billing-acts/${a.id}/export?format=${format}`,
        `act-${a.providerBin}-${a.month}.${format}`,
      );
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <section aria-labelledby="acts-title">
      <h2 id="acts-title">{t('reports.acts')}</h2>
      {acts.error && <LoadError error={acts.error} />}
      {acts.data && acts.data.length === 0 && <p>{t('reports.noActs')}</p>}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {acts.data && acts.data.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="acts-title">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('reports.month')}</th>
                <th scope="col">{t('providers.bin')}</th>
                <th scope="col">{t('reports.col.completed')}</th>
                <th scope="col">{t('reports.col.noShows')}</th>
                <th scope="col">{t('reports.km')}</th>
                <th scope="col">{t('reports.amount')}</th>
                <th scope="col">{t('providers.status')}</th>
                <th scope="col">{t('reports.files')}</th>
              </tr>
            </thead>
            <tbody>
              {acts.data.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{fmtMonth(a.month)}</th>
                  <td>{a.providerBin}</td>
                  <td>{fmtNumber(a.completedTrips)}</td>
                  <td>{fmtNumber(a.noShows)}</td>
                  <td>{fmtNumber(a.actualMetres / 1000, 1)}</td>
                  <td>{fmtNumber(a.amountTenge)} ₸</td>
                  <td>{t(`actStatus.${a.status}`, { defaultValue: t('common.unknown') })}</td>
                  <td>
                    <div className="button-row">
                      <Button
                        className="btn btn-small"
                        onPress={() => void file(a, 'xlsx')}
                        aria-label={`XLSX ${a.providerBin} ${fmtMonth(a.month)}`}
                      >
                        XLSX
                      </Button>
                      <Button
                        className="btn btn-small"
                        onPress={() => void file(a, 'csv')}
                        aria-label={`CSV ${a.providerBin} ${fmtMonth(a.month)}`}
                      >
                        CSV
                      </Button>
                    </div>
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
