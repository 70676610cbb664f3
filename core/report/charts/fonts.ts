import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The chart's own fonts (CHART_FONT: Arial, else Liberation Sans, else Helvetica; DejaVu Sans for any other glyph). */
const WANTED =
  /^(arial|arialbd|arial bold|liberationsans-(regular|bold)|helvetica|dejavusans|dejavusans-bold)\.(ttf|ttc|otf)$/i;

function fontFolders(): string[] {
  const home = os.homedir();
  if (process.platform === 'win32') {
    const windows = process.env.WINDIR ?? 'C:\\Windows';
    return [path.join(windows, 'Fonts'), path.join(process.env.LOCALAPPDATA ?? home, 'Microsoft', 'Windows', 'Fonts')];
  }
  if (process.platform === 'darwin')
    return [
      '/System/Library/Fonts',
      '/System/Library/Fonts/Supplemental',
      '/Library/Fonts',
      path.join(home, 'Library/Fonts'),
    ];
  return [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    path.join(home, '.local/share/fonts'),
    path.join(home, '.fonts'),
  ];
}

function fontsIn(folder: string, depth: number): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return depth > 0 ? fontsIn(full, depth - 1) : [];
    return WANTED.test(entry.name) ? [full] : [];
  });
}

let found: string[] | undefined;

/**
 * The font files the charts need, looked up once per process. Letting the rasteriser load every system font instead
 * costs that load for each chart (~10 ms with a few dozen fonts, far more on a PC with hundreds). Empty when none of
 * them is installed: the caller then lets it load the system's fonts.
 */
export function chartFontFiles(): string[] {
  found ??= fontFolders().flatMap((folder) => fontsIn(folder, 3));
  return found;
}
