export async function run(_args: string[]): Promise<number> {
  process.stderr.write('onrecord worker: not built yet\n');
  return 2;
}
