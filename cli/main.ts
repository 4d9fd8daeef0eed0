import { clusterCommand } from './cluster';
import { compareCommand } from './compare';
import { extractCommand } from './extract';
import type { Command, Io } from './command';

/** Subcommands by name: adding one (cluster, compare) is one line here and one file. */
const COMMANDS: Record<string, Command> = {
  extract: extractCommand,
  cluster: clusterCommand,
  compare: compareCommand,
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  parallax ${name} ${command.usage}\n      ${command.summary}`);
  return `Usage:\n${lines.join('\n')}\n`;
}

/** Runs the command line; returns the process exit code (0 ok, 1 some input failed, 2 bad arguments). */
export async function main(argv: string[], io: Io = { out: process.stdout, err: process.stderr }): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.out : io.err).write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err.write(`parallax: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.err.write(`parallax ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
