import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const svg = fs.readFileSync(path.join(__dirname, 'icon.svg'));
fs.writeFileSync(
  path.join(__dirname, 'icon.png'),
  new Resvg(svg, { fitTo: { mode: 'width', value: 512 } }).render().asPng(),
);
