import path from 'node:path';
import type { AppContext } from '../context';
import type { AreaHandlers } from '../handlerTypes';
import { todayInOslo } from '../validation/dates';
import { stagingFolder } from '../files/placeCopy';
import { describeTaken, inspectFile, listBackups } from './contents';
import { type BackupStatus, type backupsContract } from './contract';
import { takeBackup } from './create';
import { exportTo } from './export';
import { checkFolder } from './folderState';
import { backupFolder, defaultBackupFolder, knownFolders } from './folders';
import { ownIdentity } from './identity';
import { exportFileName } from './naming';
import { restoreInto } from './restore';
import { readStatus } from './status';

async function backupStatus(ctx: AppContext): Promise<BackupStatus> {
  const folder = backupFolder(ctx);
  const { lastSuccess, lastFailure } = readStatus(ctx.dataFile);
  const check = await checkFolder(folder);
  return {
    folder,
    folderState: check.state,
    folderProblem: check.problem,
    defaultFolder: defaultBackupFolder(ctx.dataFile),
    lastSuccess,
    lastFailure,
    // An export goes to a folder that exists and can be written; the backup folder may not be either.
    suggestedExportFile: path.join(
      check.state === 'ready' ? folder : path.dirname(ctx.dataFile),
      exportFileName(todayInOslo(ctx.now())),
    ),
  };
}

export const backupsHandlers: AreaHandlers<typeof backupsContract> = {
  'backups.status': (ctx) => backupStatus(ctx),
  'backups.list': (ctx) =>
    listBackups(knownFolders(ctx.dataFile, backupFolder(ctx)), ownIdentity(ctx).dataFileId, ctx.dataFile),
  'backups.inspect': (ctx, { file }) => inspectFile(file, ownIdentity(ctx).dataFileId, stagingFolder(ctx.dataFile)),
  'backups.create': async (ctx) =>
    describeTaken(await takeBackup(ctx, 'manual'), ownIdentity(ctx).dataFileId, ctx.dataFile),
  'backups.restore': (ctx, { file, confirmOtherDataFile }) =>
    restoreInto(ctx, file, 'restore', confirmOtherDataFile === true),
  'backups.export': (ctx, { file }) => exportTo(ctx, file),
  'backups.import': (ctx, { file }) => restoreInto(ctx, file, 'import'),
};
