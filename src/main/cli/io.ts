import readline from 'node:readline';

/** What a command may do to the outside world; tests pass their own. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  /** Ask for a secret on the terminal without echoing it; null when there is no terminal. */
  askSecret(prompt: string): Promise<string | null>;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  askSecret: (prompt) => {
    if (!process.stdin.isTTY) return Promise.resolve(null);
    return new Promise((resolve) => {
      const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      const mutable = rl as unknown as { _writeToOutput: (text: string) => void };
      process.stdout.write(prompt);
      mutable._writeToOutput = () => {};
      rl.question('', (answer) => {
        rl.close();
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  },
};
