// Runs a tool's main function: a failure prints its message (not a stack trace) and exits 1.
export function runTool(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
