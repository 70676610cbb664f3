import type { z } from 'zod';
import { amuCasesContract } from './amuCases/contract';
import { appointmentsContract } from './appointments/contract';
import { backupsContract } from './backups/contract';
import { campaignsContract } from './campaigns/contract';
import { themesContract } from './campaigns/themesContract';
import { changeLogContract } from './changeLog/contract';
import { committeeContract } from './committee/contract';
import { connectionContract } from './connection/contract';
import type { MethodSpec } from './define';
import { planContract } from './plan/contract';
import { recoveryContract } from './recovery/contract';
import { statisticsContract } from './statistics/contract';
import { remindersContract } from './reminders/contract';
import { reportsContract } from './report/contract';
import { settingsContract } from './settings/contract';
import { trainingsContract } from './trainings/contract';
import { unitsContract } from './units/contract';

/** Every method the interface can call, once. Each area owns its part. */
export const contract = {
  ...settingsContract,
  ...committeeContract,
  ...unitsContract,
  ...trainingsContract,
  ...appointmentsContract,
  ...remindersContract,
  ...changeLogContract,
  ...themesContract,
  ...campaignsContract,
  ...planContract,
  ...amuCasesContract,
  ...reportsContract,
  ...backupsContract,
  ...recoveryContract,
  ...statisticsContract,
  ...connectionContract,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type MethodInput<M extends Method> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends Method> = Contract[M] extends MethodSpec<infer _K, infer _I, infer O> ? O : never;

export type { ErrorBody, ErrorCode, Result } from './errors';
