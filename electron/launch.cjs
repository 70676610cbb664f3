// `npm start` launcher, run after `electron-vite build`: starts Electron on the project, or says in one line why it cannot.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const NO_ELECTRON_MESSAGE =
  'Electron kunne ikke lastes ned på denne maskinen (ingen internettilgang). Åpne AKAN Utvalg i nettleseren i stedet: npm run preview';

function electronPackageDir() {
  try {
    return path.dirname(require.resolve('electron/package.json', { paths: [ROOT] }));
  } catch {
    return null;
  }
}

/** The Electron binary if it is already on disk, else null. Never starts a download (`require('electron')` would). */
function locateElectron() {
  const dir = electronPackageDir();
  if (!dir) return null;
  if (!process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const pathFile = path.join(dir, 'path.txt');
    if (!fs.existsSync(pathFile)) return null;
    if (!fs.existsSync(path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8')))) return null;
  }
  try {
    const binary = require(dir);
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Runs the electron package's own installer once, quietly: its failure is reported by the caller in one line. */
function installElectron() {
  const dir = electronPackageDir();
  if (dir) spawnSync(process.execPath, [path.join(dir, 'install.js')], { stdio: 'ignore', timeout: 300_000 });
}

/** The decision: use the binary if present, else try the installer once, else fail with one line. */
function launch({ locate, install, run, fail }) {
  let binary = locate();
  if (!binary) {
    install();
    binary = locate();
  }
  return binary ? run(binary) : fail(NO_ELECTRON_MESSAGE);
}

function runElectron(binary) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [ROOT], { stdio: 'inherit', env });
  child.on('error', () => fail(NO_ELECTRON_MESSAGE));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (require.main === module) {
  launch({ locate: locateElectron, install: installElectron, run: runElectron, fail });
}

module.exports = { NO_ELECTRON_MESSAGE, launch, locateElectron };
