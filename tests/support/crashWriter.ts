// Run by tests/unit/safety/crash.test.ts in a child process: writes rows through the contract as fast as it can and
// prints the id of each write once the contract has answered (committed), until it is killed.
import { openApp } from '../../core/app';

async function main(): Promise<void> {
  const dataFile = process.argv[2];
  if (!dataFile) throw new Error('usage: crashWriter.ts DATAFILE');
  const app = await openApp({ dataFile, user: 'krasjtest', dailyBackups: false });
  for (let i = 0; ; i++) {
    const result = await app.invoke('committee.create', { name: `Medlem ${i}`, committeeRole: 'Krasjtest' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    process.stdout.write(`${result.value.id}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(3);
});
