import { Resvg } from '@resvg/resvg-js';
import { chartFontFiles } from './fonts';
import { encodePng } from './pngEncode';

/** The last charts drawn, by their SVG: a report exported again (after a summary edit) draws only what changed. */
const KEPT = 32;
const drawn = new Map<string, Buffer>();

/** Rasterises a chart for the workbook (exceljs cannot write native charts); text uses the system's fonts. */
export function svgToPng(svg: string, scale = 2): Buffer {
  const key = `${scale}\n${svg}`;
  const hit = drawn.get(key);
  if (hit) return hit;
  const fontFiles = chartFontFiles();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font:
      fontFiles.length > 0
        ? { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Liberation Sans' }
        : { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
    background: '#ffffff',
  });
  const image = resvg.render();
  const png = encodePng(image.pixels, image.width, image.height);
  drawn.set(key, png);
  while (drawn.size > KEPT) drawn.delete(drawn.keys().next().value ?? '');
  return png;
}
