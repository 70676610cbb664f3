function offer(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offers text from the contract as a file download (in Electron the download asks where to save). */
export function downloadText(fileName: string, content: string, type: string): void {
  offer(fileName, new Blob([content], { type }));
}

/** Offers bytes from the contract (base64) as a file download. */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  offer(fileName, new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type }));
}
