export declare function installedElectron(): string | null;
export declare const projectRoot: string;
export declare const electronInstallScript: string;
