import { Resvg } from '@resvg/resvg-js';
import { encodePng } from './pngEncode';

/** Rasterises a chart for the workbook (exceljs cannot write native charts); text uses the system's fonts. */
export function svgToPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
    background: '#ffffff',
  });
  const image = resvg.render();
  return encodePng(image.pixels, image.width, image.height);
}
