export interface ShippedPackage {
  name: string;
  version: string;
  /** The package compiles native code on install (it has a binding.gyp). */
  native: boolean;
}
export declare const installTimeOnly: Record<string, readonly string[]>;
export declare function packageNameOf(specifier: string): string;
export declare function bundleRequires(bundleFile: string): string[];
export declare function runtimeRoots(bundleFile: string, externals: readonly string[]): string[];
export declare function runtimeClosure(root: string, roots: readonly string[]): Map<string, ShippedPackage>;
export declare function isUnshippedFile(fileInPackage: string, native: boolean): boolean;
export declare function splitPackagePath(relative: string): { packageDir: string | null; rest: string };
export declare function createPackagingIgnore(options: {
  projectRoot: string;
  externals: readonly string[];
  bundleFile: string;
}): (file: string) => boolean;
