import { CommanderError } from 'commander';
import { EXIT_USAGE, serverProgram } from './cli';

serverProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : EXIT_USAGE);
    process.stderr.write(`Feil: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(EXIT_USAGE);
  });
