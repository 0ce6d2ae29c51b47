// Stands in for the 'server-only' marker in the export worker bundle: a worker thread is server code.
export {};
