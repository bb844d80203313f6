import { ApiProblem, problemFromResponse } from '../api/api-client';

/**
 * Sends a file as the raw request body with XMLHttpRequest rather than fetch, because only XHR
 * reports upload progress — the progress bar of a large import.
 */
export function uploadFile<T>(options: {
  url: string;
  file: File;
  csrfToken: string;
  onProgress(fraction: number): void;
  signal?: AbortSignal;
}): Promise<T> {
  const { url, file, csrfToken, onProgress, signal } = options;
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.setRequestHeader('content-type', contentTypeOf(file));
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onerror = () => reject(new ApiProblem('network', 0, null));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    xhr.onload = async () => {
      const response = new Response(xhr.status === 204 ? null : xhr.responseText, {
        status: xhr.status,
        headers: { 'content-type': xhr.getResponseHeader('content-type') ?? '' },
      });
      if (!response.ok) reject(await problemFromResponse(response));
      else resolve((await response.json()) as T);
    };
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}

function contentTypeOf(file: File): string {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return 'application/octet-stream';
}
