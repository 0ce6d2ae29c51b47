export declare const EXPORT_WORKER_OUTFILE: string;
export declare function buildExportWorker(outfile?: string): Promise<string>;
export declare const IMPORT_WORKER_OUTFILE: string;
