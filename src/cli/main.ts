import { Command, Option } from 'commander';
import { describeTarget, openDb, resolveDbTarget } from '../db/client';
import { migrateDb } from '../db/migrate';

interface DbOptions {
  db?: string;
  dataDir: string;
}

function dbOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--db <kind>', 'database: "memory" for a throwaway embedded database').choices([
        'memory',
        'file',
      ]),
    )
    .addOption(
      new Option('--data-dir <dir>', 'where the embedded database keeps its files')
        .env('HELHEDSPLAN_DATA_DIR')
        .default('./data/pglite'),
    );
}

async function open(options: DbOptions) {
  const target = resolveDbTarget({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: options.dataDir,
    memory: options.db === 'memory',
  });
  return openDb(target);
}

export function buildCli(): Command {
  const program = new Command('helhedsplan').description('Helhedsplan — boligsociale helhedsplaner');

  dbOptions(program.command('migrate').description('Apply database migrations and reference data')).action(
    async (options: DbOptions) => {
      const handle = await open(options);
      try {
        await migrateDb(handle);
        console.log(`Databasen er opdateret: ${describeTarget(handle.target)}`);
      } finally {
        await handle.close();
      }
    },
  );

  dbOptions(
    program
      .command('serve')
      .description('Migrate, load the demo data if the database is empty, and serve API + web'),
  )
    .addOption(new Option('--port <port>', 'port').env('PORT').default('3000'))
    .addOption(new Option('--host <host>', 'interface').env('HOST').default('0.0.0.0'))
    .option('--no-demo', 'do not load the demo data into an empty database')
    .action(async (options: DbOptions & { port: string; host: string; demo: boolean }) => {
      const handle = await open(options);
      await migrateDb(handle);
      if (options.demo) {
        const { seedDemoIfEmpty } = await import('../server/seed/seed-demo');
        const seeded = await seedDemoIfEmpty(handle.db);
        if (seeded) console.log('Demodata er indlæst fra kildedokumenterne.');
      }
      // Loaded here, not at the top: the other commands do not need the whole server in memory.
      const { buildApp } = await import('../server/app');
      const app = await buildApp({ db: handle.db, logger: true });
      const close = async () => {
        await app.close();
        await handle.close();
        process.exit(0);
      };
      process.once('SIGINT', close);
      process.once('SIGTERM', close);
      await app.listen({ port: Number(options.port), host: options.host });
      console.log(`Helhedsplan kører på http://localhost:${options.port} — ${describeTarget(handle.target)}`);
    });

  dbOptions(program.command('seed').description('Load plans from YAML data files (seed/demo/ with --demo)'))
    .argument('[files...]', 'data files to load')
    .option('--demo', 'load the demo plans from the seed documents')
    .action(async (files: string[], options: DbOptions & { demo?: boolean }) => {
      if (!options.demo && files.length === 0) {
        throw new Error('Angiv datafiler, eller brug --demo for demoplanerne.');
      }
      const { demoFiles, seedFiles } = await import('../server/seed/seed-demo');
      const handle = await open(options);
      try {
        await migrateDb(handle);
        const paths = [...(options.demo ? await demoFiles() : []), ...files];
        const written = await seedFiles(handle.db, paths);
        console.log(
          written === 0
            ? 'Intet nyt: alle data findes allerede.'
            : `${written} poster indlæst fra ${paths.length} fil(er) i ${describeTarget(handle.target)}.`,
        );
      } finally {
        await handle.close();
      }
    });

  dbOptions(
    program
      .command('retention')
      .description('Erase participant data of plans whose retention period has run out (run daily)'),
  ).action(async (options: DbOptions) => {
    const { applyRetention } = await import('../server/participants/erase-participant');
    const { SYSTEM_CLI } = await import('../server/audit/with-audit');
    const handle = await open(options);
    try {
      await migrateDb(handle);
      const erased = await applyRetention(handle.db, SYSTEM_CLI);
      console.log(`${erased} deltagere er anonymiseret efter planernes opbevaringsperiode.`);
    } finally {
      await handle.close();
    }
  });

  dbOptions(
    program
      .command('classify')
      .description('Classify the statutory areas (§ 61 a/61 b) for a list year, with explanations'),
  )
    .option('--year <year>', 'list year (1 December list); default: the latest year with figures')
    .option('--area <name>', 'one area, explained criterion by criterion')
    .option('--municipality <slug>', 'only this municipality’s areas')
    .addOption(new Option('--format <format>', 'output').choices(['table', 'json', 'csv']).default('table'))
    .action(
      async (
        options: DbOptions & { year?: string; area?: string; municipality?: string; format: string },
      ) => {
        const year = options.year === undefined ? undefined : Number(options.year);
        if (year !== undefined && !Number.isInteger(year))
          throw new Error(`Listeåret »${options.year}« er ikke et årstal.`);
        const { classifyCommand } = await import('./classify-command');
        const handle = await open(options);
        try {
          await migrateDb(handle);
          const out = await classifyCommand(handle.db, {
            year,
            area: options.area,
            municipality: options.municipality,
            format: options.format as 'table' | 'json' | 'csv',
          });
          process.stdout.write(`${out}\n`);
        } finally {
          await handle.close();
        }
      },
    );

  dbOptions(
    program
      .command('import-stats')
      .description('Import yearly area statistics from CSV or XLSX (all rows or none)'),
  )
    .argument('<file>', 'CSV or XLSX file, one row per area (or afdeling) and year')
    .option('--municipality <slug>', 'refuse rows of areas outside this municipality')
    .option('--mapping <json>', 'foreign column names: {"area": "Boligområde", ...}')
    .option('--dry-run', 'check the file and write nothing')
    .action(
      async (
        file: string,
        options: DbOptions & { municipality?: string; mapping?: string; dryRun?: boolean },
      ) => {
        const { describeRefusal, ImportRefused, importStatsCommand } = await import('./import-stats-command');
        const { progressLine } = await import('./progress-line');
        const handle = await open(options);
        try {
          await migrateDb(handle);
          console.log(await importStatsCommand(handle.db, file, { ...options, progress: progressLine() }));
        } catch (error) {
          if (error instanceof ImportRefused) for (const line of describeRefusal(error)) console.error(line);
          throw error;
        } finally {
          await handle.close();
        }
      },
    );

  dbOptions(
    program
      .command('import-attendance')
      .description('Import attendance (fremmøde) of a plan from CSV or XLSX (all rows or none)'),
  )
    .argument('<file>', 'CSV or XLSX file, one row per attendance (docs/attendance-import.md)')
    .requiredOption('--plan <slug>', 'the plan the sessions belong to')
    .option('--mapping <json>', 'foreign column names: {"code": "Kode", ...}')
    .option('--dry-run', 'check the file and write nothing')
    .action(
      async (file: string, options: DbOptions & { plan: string; mapping?: string; dryRun?: boolean }) => {
        const { importAttendanceCommand } = await import('./import-attendance-command');
        const { describeRefusal, ImportRefused } = await import('./import-stats-command');
        const { progressLine } = await import('./progress-line');
        const handle = await open(options);
        try {
          await migrateDb(handle);
          console.log(
            await importAttendanceCommand(handle.db, file, { ...options, progress: progressLine() }),
          );
        } catch (error) {
          if (error instanceof ImportRefused) for (const line of describeRefusal(error)) console.error(line);
          throw error;
        } finally {
          await handle.close();
        }
      },
    );

  dbOptions(
    program
      .command('generate')
      .description('Generate a fictitious national dataset (for benchmarks); only into an empty database'),
  )
    .option('--national', '98 municipalities, ~500 areas, 100 plans, 5,000,000 attendances (at scale 1)')
    .option('--seed <n>', 'same seed, same dataset', '1')
    .option('--scale <s>', 'share of the full size, 0.001–1', '1')
    .action(async (options: DbOptions & { national?: boolean; seed: string; scale: string }) => {
      const { generateCommand, parseGenerateOptions } = await import('./generate-command');
      parseGenerateOptions(options);
      const handle = await open(options);
      try {
        await migrateDb(handle);
        console.log(await generateCommand(handle, options));
      } finally {
        await handle.close();
      }
    });

  return program;
}
