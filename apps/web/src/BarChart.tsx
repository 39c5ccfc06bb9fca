import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fmtNumber } from './format';
import { TableRegion } from './components';

export interface Bar {
  label: string;
  value: number;
}

/**
 * A bar chart that says what it shows: an SVG with a title and a text summary, every bar
 * labelled with its value (no colour coding), and the same numbers as a table.
 */
export function BarChart({ title, bars, unit = '' }: { title: string; bars: Bar[]; unit?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowH = 34;
  // The labels' column fits the longest label (about 9.6 px a character at the labels' 16 px,
  // Cyrillic included): a fixed 170 cut "Late cancellations: vehicle late" and district names.
  const labelW = Math.max(170, Math.ceil(Math.max(0, ...bars.map((b) => b.label.length)) * 9.6) + 12);
  const W = labelW + 270;
  const H = bars.length * rowH + 8;
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
          <svg
            viewBox={`0 0 ${W} ${H}`}
            role="img"
            aria-labelledby={`${id}-cap ${id}-desc`}
            className="chart-svg"
          >
            <desc id={`${id}-desc`}>
              {t('reports.chartSummary', {
                total: fmtNumber(total),
                top: top?.label ?? '',
                value: fmtNumber(top?.value ?? 0),
              })}
            </desc>
            {bars.map((b, i) => {
              const w = ((W - labelW - 50) * b.value) / max;
              return (
                <g key={b.label} transform={`translate(0,${i * rowH + 4})`}>
                  <text x={labelW - 6} y={rowH / 2 + 1} textAnchor="end" className="chart-label">
                    {b.label}
                  </text>
                  <rect x={labelW} y="3" width={Math.max(w, 1)} height={rowH - 8} className="chart-bar" />
                  <text x={labelW + w + 6} y={rowH / 2 + 1} className="chart-value">
                    {fmtNumber(b.value, 1)}
                    {unit}
                  </text>
                </g>
              );
            })}
          </svg>
          <details>
            <summary>{t('reports.asTable')}</summary>
            <TableRegion labelledBy={`${id}-cap`}>
              <table className="table">
                <caption className="visually-hidden">{title}</caption>
                <tbody>
                  {bars.map((b) => (
                    <tr key={b.label}>
                      <th scope="row">{b.label}</th>
                      <td>
                        {fmtNumber(b.value, 1)}
                        {unit}
                      </td>
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
