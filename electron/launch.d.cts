export declare const NO_ELECTRON_MESSAGE: string;

export interface LaunchSteps<T> {
  /** The Electron binary, or null when it is not on disk. */
  locate(): string | null;
  install(): void;
  run(binary: string): T;
  fail(message: string): T;
}

export declare function launch<T>(steps: LaunchSteps<T>): T;
export declare function locateElectron(): string | null;
