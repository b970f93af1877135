/**
 * Charts with Chart.js (pinned in package.json), loaded only on the screens that draw one so that
 * the public pages never download it. Each chart sits beside a table of the same figures: the
 * canvas is a picture for those who would rather look, the table is the data for everyone.
 */
export interface BarSeries {
  labels: string[];
  values: number[];
  label: string;
}

export async function drawBars(canvas: HTMLCanvasElement, series: BarSeries): Promise<{ destroy(): void }> {
  const { Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip } = await import("chart.js");
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
  return new Chart(canvas, {
    type: "bar",
    data: { labels: series.labels, datasets: [{ label: series.label, data: series.values, backgroundColor: "#1d5c8a" }] },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { y: { beginAtZero: true, ticks: { precision: 0, color: "#1f2328" } }, x: { ticks: { color: "#1f2328" } } },
      plugins: { tooltip: { enabled: true } },
    },
  });
}
