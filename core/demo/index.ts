import type { AppHandle } from '../app';
import { seedAmuCases } from './amuCases';
import { seedCampaigns } from './campaigns';
import { seedFoundation } from './foundation';
import { seedPlan } from './plan';
import { seedStatistics } from './statistics';
import { seedTrainings } from './trainings';
import { type DemoSeeder, demoContext } from './types';

/** Each area adds its seeder here, in the order the data builds on each other. */
const seeders: DemoSeeder[] = [seedFoundation, seedTrainings, seedCampaigns, seedAmuCases, seedPlan, seedStatistics];

/** Fills an empty data file with a realistic municipality, relative to `today`. */
export async function seedDemo(app: AppHandle, today: string): Promise<void> {
  const demo = demoContext(app, today);
  for (const seed of seeders) await seed(demo);
}
