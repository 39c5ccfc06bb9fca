import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fmtFigure, fmtNumber } from './format';
import { TableRegion } from './components';

export interface Bar {
  label: string;
  value: number;
}

/**
 * A bar chart that says what it shows: a title and a text summary, every bar labelled with its
 * value (no colour coding), and the same numbers as a table. Labels and values are HTML text at
 * the page's own size (an SVG scaled into a narrow column drew them at 5-6 px), long labels wrap
 * whole; only the bars scale. `show` formats a value as the page's tables do; by default with
 * one decimal, and a small value keeps two significant digits (0.04, never 0).
 */
export function BarChart({
  title,
  bars,
  unit = '',
  show,
  additive = true,
}: {
  title: string;
  bars: Bar[];
  unit?: string;
  show?: (value: number) => string;
  /** False when the bars' sum means nothing (shares, ratios, scenarios side by side): no total said. */
  additive?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const max = Math.max(1e-9, ...bars.map((b) => b.value));
  const text = show ?? ((v: number) => `${fmtFigure(v, 1)}${unit}`);
  const total = bars.reduce((s, b) => s + b.value, 0);
  const top = bars.reduce<Bar | null>((a, b) => (!a || b.value > a.value ? b : a), null);
  return (
    <figure className="chart">
      <figcaption id={`${id}-cap`} className="h3">
        {title}
      </figcaption>
      {bars.length === 0 ? (
        <p>{t('reports.noData')}</p>
      ) : (
        <>
          <span id={`${id}-desc`} hidden>
            {t(additive ? 'reports.chartSummary' : 'reports.chartSummaryLargest', {
              total: fmtNumber(total),
              top: top?.label ?? '',
              value: text(top?.value ?? 0),
            })}
          </span>
          <div className="chart-plot" role="img" aria-labelledby={`${id}-cap ${id}-desc`}>
            {bars.map((b, i) => (
              <div className="chart-row" key={`${i}-${b.label}`}>
                <span className="chart-label">{b.label}</span>
                <span className="chart-track">
                  <span className="chart-bar" style={{ width: `${(100 * Math.max(b.value, 0)) / max}%` }} />
                </span>
                <span className="chart-value">{text(b.value)}</span>
              </div>
            ))}
          </div>
          <details>
            <summary>{t('reports.asTable')}</summary>
            <TableRegion labelledBy={`${id}-cap`}>
              <table className="table">
                <caption className="visually-hidden">{title}</caption>
                <tbody>
                  {bars.map((b, i) => (
                    <tr key={`${i}-${b.label}`}>
                      <th scope="row">{b.label}</th>
                      <td>{text(b.value)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          </details>
        </>
      )}
    </figure>
  );
}

/** CSV of a table, with a BOM so spreadsheet programs read Cyrillic and Kazakh letters right. */
export function downloadCsv(filename: string, header: string[], rows: (string | number)[][]): void {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const text = '\ufeff' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n');
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
}
