export { type ChartSeries, type ChartSpec, PALETTE, chartSvg, niceMax } from './svg';
export { svgToPng } from './png';
