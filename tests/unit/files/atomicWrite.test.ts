import fs from 'node:fs';
import path from 'node:path';
import { expect, test, vi } from 'vitest';
import { AppError } from '../../../core/errors';
import { writeFileAtomic } from '../../../core/files/atomicWrite';
import { tempDir } from '../../support/app';

test('writes the whole file and leaves no temporary file', () => {
  const dir = tempDir();
  const target = path.join(dir, 'rapport.xlsx');
  writeFileAtomic(target, 'første');
  writeFileAtomic(target, 'andre');
  expect(fs.readFileSync(target, 'utf8')).toBe('andre');
  expect(fs.readdirSync(dir)).toEqual(['rapport.xlsx']);
});

test('a missing folder gives a Norwegian message and nothing is written', () => {
  const dir = tempDir();
  const error = (() => {
    try {
      writeFileAtomic(path.join(dir, 'finnes-ikke', 'rapport.xlsx'), 'x');
    } catch (e) {
      return e;
    }
  })();
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).message).toMatch(/Mappen for «rapport.xlsx» finnes ikke/);
  expect(fs.readdirSync(dir)).toEqual([]);
});

test('a full disk keeps the old file and removes the partial one', () => {
  const dir = tempDir();
  const target = path.join(dir, 'rapport.xlsx');
  writeFileAtomic(target, 'gammel');
  const spy = vi.spyOn(fs, 'fsyncSync').mockImplementation(() => {
    throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
  });
  try {
    expect(() => writeFileAtomic(target, 'ny')).toThrow(/ikke nok ledig plass/);
  } finally {
    spy.mockRestore();
  }
  expect(fs.readFileSync(target, 'utf8')).toBe('gammel');
  expect(fs.readdirSync(dir)).toEqual(['rapport.xlsx']);
});

test('a target held open by another program (EBUSY on Windows) says so', () => {
  const dir = tempDir();
  const spy = vi.spyOn(fs, 'renameSync').mockImplementation(() => {
    throw Object.assign(new Error('busy'), { code: 'EBUSY' });
  });
  try {
    expect(() => writeFileAtomic(path.join(dir, 'rapport.xlsx'), 'x')).toThrow(/åpen i et annet program/);
  } finally {
    spy.mockRestore();
  }
  expect(fs.readdirSync(dir)).toEqual([]);
});
