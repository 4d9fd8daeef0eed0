export interface Io {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
}

export interface Command {
  /** Arguments, as shown in the usage line. */
  usage: string;
  summary: string;
  run(args: string[], io: Io): Promise<number>;
}

/** A usage mistake: printed as it is, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
