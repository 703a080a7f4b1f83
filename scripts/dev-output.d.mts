export function redactSecrets(line: string): string;
export function pipeRedacted(from: NodeJS.ReadableStream, to: NodeJS.WritableStream): void;
export function portInUse(port: string | number, host: string): Promise<boolean>;
export function migrationSummary(output: string): string;
