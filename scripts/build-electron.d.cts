export declare function buildElectronApp(options?: { renderer?: boolean }): Promise<string>;
