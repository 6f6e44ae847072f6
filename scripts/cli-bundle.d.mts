export declare const projectRoot: string;
export declare const cliDir: string;
export declare const cliEntry: string;
export declare function cliBundleState(): { current: true } | { current: false; reason: string };
export declare function hashCliInputs(): { inputs: number; hash: string };
export declare function buildCli(options?: {
  ifStale?: boolean;
}): Promise<{ built: false } | { built: true; seconds: number; inputs: number }>;
export declare function ensureCliBundle(options?: { report?: (line: string) => void }): Promise<string>;
