import type { AppHandle } from '../app';
import { seedFoundation } from './foundation';
import { type DemoSeeder, demoContext } from './types';

/** Each area adds its seeder here, in the order the data builds on each other. */
const seeders: DemoSeeder[] = [seedFoundation];

/** Fills an empty data file with a realistic municipality, relative to `today`. */
export async function seedDemo(app: AppHandle, today: string): Promise<void> {
  const demo = demoContext(app, today);
  for (const seed of seeders) await seed(demo);
}
