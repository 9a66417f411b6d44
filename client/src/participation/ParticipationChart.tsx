import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { Participation } from '@charter/shared';
import { useTranslation } from '../i18n';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Colours told apart by people with the common colour blindnesses (Okabe–Ito), and patterns are not needed: the table says the same. */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7'];

/**
 * Each community's work on the text, stacked by kind. A picture of the table
 * under it, which is its text alternative for screen readers.
 */
export function ParticipationChart({ participation, tableId }: { participation: Participation; tableId: string }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const kinds = ['edits', 'comments', 'amendments', 'stances'] as const;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: participation.communities.map((c) => c.community),
        datasets: kinds.map((kind, i) => ({
          label: t(`participation.${kind}`),
          data: participation.communities.map((c) => c.contributions[kind]),
          backgroundColor: COLOURS[i],
        })),
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } },
      },
    });
    return () => chart.destroy();
  }, [participation, t]);
  const height = Math.max(160, participation.communities.length * 36 + 60);
  return (
    <div className="participation-chart" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={t('participation.chartLabel')} aria-describedby={tableId} />
    </div>
  );
}
