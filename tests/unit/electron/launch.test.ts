import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { launch, locateElectron, NO_ELECTRON_MESSAGE } from '../../../electron/launch.cjs';

const LAUNCHER = path.resolve(__dirname, '../../../electron/launch.cjs');

function steps(found: (string | null)[]) {
  return {
    locate: vi.fn(() => found.shift() ?? null),
    install: vi.fn(),
    run: vi.fn((binary: string) => `ran ${binary}`),
    fail: vi.fn((message: string) => `failed: ${message}`),
  };
}

describe('the launch decision', () => {
  it('runs Electron at once when its binary is there', () => {
    const s = steps(['/electron']);
    expect(launch(s)).toBe('ran /electron');
    expect(s.install).not.toHaveBeenCalled();
  });

  it('tries the installer once when the binary is missing, then runs it', () => {
    const s = steps([null, '/electron']);
    expect(launch(s)).toBe('ran /electron');
    expect(s.install).toHaveBeenCalledTimes(1);
  });

  it('fails with one clear Norwegian line when Electron cannot be obtained', () => {
    const s = steps([null, null]);
    expect(launch(s)).toBe(`failed: ${NO_ELECTRON_MESSAGE}`);
    expect(s.install).toHaveBeenCalledTimes(1);
    expect(s.run).not.toHaveBeenCalled();
    expect(NO_ELECTRON_MESSAGE).toBe(
      'Electron kunne ikke lastes ned på denne maskinen (ingen internettilgang). Åpne AKAN Utvalg i nettleseren i stedet: npm run preview',
    );
  });

  it('locates an Electron binary only if one is on disk, without downloading', () => {
    const binary = locateElectron();
    expect(binary === null || fs.existsSync(binary)).toBe(true);
  });
});

/** A copy of the launcher in a throw-away project whose `electron` package is a stand-in. */
function fakeProject(electron: { installExitCode: number; binary: string | null }): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'akan-launch-'));
  const pkg = path.join(root, 'node_modules', 'electron');
  fs.mkdirSync(path.join(root, 'electron'), { recursive: true });
  fs.mkdirSync(pkg, { recursive: true });
  fs.copyFileSync(LAUNCHER, path.join(root, 'electron', 'launch.cjs'));
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'fake', main: 'app.js' }));
  fs.writeFileSync(path.join(root, 'app.js'), 'process.exit(7);');
  fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'electron', main: 'index.js' }));
  fs.writeFileSync(
    path.join(pkg, 'install.js'),
    `process.stderr.write('long installer stack trace\\n'); process.exit(${electron.installExitCode});`,
  );
  fs.writeFileSync(path.join(pkg, 'index.js'), `module.exports = ${JSON.stringify(electron.binary ?? '')};`);
  if (electron.binary) {
    fs.writeFileSync(path.join(pkg, 'path.txt'), 'electron');
    fs.mkdirSync(path.join(pkg, 'dist'));
    fs.writeFileSync(path.join(pkg, 'dist', 'electron'), '');
  }
  return root;
}

function runLauncher(root: string) {
  const env = { ...process.env };
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  return spawnSync(process.execPath, [path.join(root, 'electron', 'launch.cjs')], {
    encoding: 'utf8',
    env,
    timeout: 20_000,
  });
}

describe('launch.cjs as a script', () => {
  it('without Electron and without internet: exit code 1 and exactly one line, no stack trace', () => {
    const result = runLauncher(fakeProject({ installExitCode: 1, binary: null }));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${NO_ELECTRON_MESSAGE}\n`);
  });

  it('with Electron: starts it on the project folder and exits with its code', () => {
    // The stand-in "Electron" is Node itself, which runs the project's main (app.js: exit 7).
    const result = runLauncher(fakeProject({ installExitCode: 1, binary: process.execPath }));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(7);
  });
});
