import { AppError } from '../domain/errors/app-error';
import { buildCli } from './main';

/** Entry point: every failure ends with a sentence on stderr and a non-zero exit code. */
export async function runCli(argv: string[]): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`Fejl: ${error.message}`);
      for (const fe of error.fieldErrors) console.error(`  ${fe.field}: ${fe.message}`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`Fejl: ${message}`);
    }
    process.exitCode = 1;
  }
}
