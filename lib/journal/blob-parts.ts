/**
 * Each part's text becomes a Blob at once, so the JS heap holds one chunk at a
 * time; browsers keep blob data outside the heap (and page it to disk when large).
 */
export async function partsToBlob(parts: AsyncIterable<string>, type: string): Promise<Blob> {
  const blobs: Blob[] = [];
  for await (const part of parts) blobs.push(new Blob([part]));
  return new Blob(blobs, { type });
}
