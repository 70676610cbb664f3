export { CHART_FONT, type ChartSeries, type ChartSpec, PALETTE, chartSvg } from './svg';
export { NOTHING_TO_DRAW, drawnValues, niceTicks } from './ticks';
export { svgToPng } from './png';
