/** Waits until `check` holds (polling every `every` ms, 100 times at most), or fails naming `what`. */
export async function until(check: () => boolean, what: string, every = 50): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, every));
  }
  throw new Error(`never: ${what}`);
}
