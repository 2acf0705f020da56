/**
 * @module web/components/timeline-chart
 * The ECharts side of the timeline, loaded on demand (its own chunk): stacked bars of events per period
 * by quad class, and the mean Goldstein value of each period as a line on a second axis.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { QuadClass, Series } from '../api/types';

echarts.use([BarChart, LineChart, AriaComponent, DataZoomComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** Quad class colours (colour-blind safe: blue/teal for cooperation, orange/red for conflict). */
export const QUAD_COLORS: Record<QuadClass, string> = { 1: '#6baed6', 2: '#1f5f8b', 3: '#f4a259', 4: '#c0392b' };
const QUAD_LABELS: Record<QuadClass, string> = { 1: 'Verbal cooperation', 2: 'Material cooperation', 3: 'Verbal conflict', 4: 'Material conflict' };

/** A drawn timeline. */
export interface TimelineChart {
  /** Draw a series (replaces what was drawn). */
  update(series: Series): void;
  /** Follow the container's size. */
  resize(): void;
  dispose(): void;
}

/** Draw into `el`; `onPeriod` is called with the period a bar or point stands for when it is clicked. */
export function createTimelineChart(el: HTMLElement, onPeriod: (period: string) => void): TimelineChart {
  const chart = echarts.init(el, undefined, { renderer: 'canvas' });
  chart.on('click', (params) => {
    if (typeof params.name === 'string' && params.name) onPeriod(params.name);
  });
  return {
    update(series) {
      const periods = series.points.map((p) => p.period);
      const zoom = periods.length > 60;
      chart.setOption({
        animation: false,
        aria: { enabled: true, decal: { show: false } },
        grid: { left: 44, right: 44, top: 56, bottom: zoom ? 64 : 28 },
        legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10, textStyle: { fontSize: 12 } },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'category', data: periods, axisLabel: { fontSize: 11 } },
        yAxis: [
          { type: 'value', name: 'events', minInterval: 1, nameTextStyle: { align: 'right' } },
          { type: 'value', name: 'Goldstein', min: -10, max: 10, interval: 5, splitLine: { show: false } },
        ],
        dataZoom: zoom ? [{ type: 'slider', start: Math.max(0, 100 - (60 / periods.length) * 100), end: 100, height: 18, bottom: 8 }, { type: 'inside' }] : [],
        series: [
          ...([1, 2, 3, 4] as QuadClass[]).map((q) => ({
            name: QUAD_LABELS[q],
            type: 'bar' as const,
            stack: 'events',
            barMaxWidth: 28,
            itemStyle: { color: QUAD_COLORS[q] },
            emphasis: { focus: 'series' as const },
            data: series.points.map((p) => p.quad_class[q].count),
          })),
          {
            name: 'Mean Goldstein',
            type: 'line' as const,
            yAxisIndex: 1,
            symbolSize: 5,
            connectNulls: false,
            itemStyle: { color: '#333' },
            lineStyle: { width: 1.5 },
            data: series.points.map((p) => p.goldstein),
          },
        ],
      }, { notMerge: true });
    },
    resize: () => chart.resize(),
    dispose: () => chart.dispose(),
  };
}
