export { type ChartSeries, type ChartSpec, chartSvg, niceMax } from './svg';
export { svgToPng } from './png';
