export async function main(_argv: string[]): Promise<number> {
  return 0;
}
export async function demo(_argv: string[]): Promise<number> {
  return 0;
}
