import type { AppHandle } from '../../core/app';
import type { Unit } from '../../core/units/contract';
import { ok } from './app';

/** A sector with two units below it, with headcounts: what most contract tests of trainings and units start from. */
export async function createHealthSector(app: AppHandle): Promise<{ helse: Unit; hjemme: Unit; sykehjem: Unit }> {
  const helse = await ok(app, 'units.create', { name: 'Helse og omsorg' });
  const hjemme = await ok(app, 'units.create', {
    name: 'Hjemmetjenesten',
    parentId: helse.id,
    headcount: 85,
    leaderCount: 6,
  });
  const sykehjem = await ok(app, 'units.create', {
    name: 'Sykehjemmet',
    parentId: helse.id,
    headcount: 120,
    leaderCount: 8,
  });
  return { helse, hjemme, sykehjem };
}
