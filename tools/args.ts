/**
 * The command line of every tool, read by node:util's parseArgs: an unknown or malformed option, or a missing
 * argument, is a sentence and the usage line with exit 2, never a stack trace; --help prints the usage.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Prints `message` and the usage line, exit 2: the person typed something the tool does not know. */
export function usageError(message: string, usage: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

/** `help`: what --help prints, when more than the usage line (the stories there are, say). */
export function readArgs<const T extends Options>(options: T, usage: string, help: () => string = () => usage, args = process.argv.slice(2)) {
  const config = { args, allowPositionals: true, strict: true, options: { ...options, help: { type: 'boolean', short: 'h' } } } as const;
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    // parseArgs names the unknown or malformed option; the usage line says what is known.
    const message = error instanceof Error ? error.message : String(error);
    return usageError(message.replace(/\. To specify a positional argument.*$/s, '.'), usage);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(help());
    process.exit(0);
  }
  return parsed;
}
