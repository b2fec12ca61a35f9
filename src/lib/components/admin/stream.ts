// The browser's side of the console's streaming endpoints: uploads (gzipped when the browser
// can), reads the JSON-lines answer and reports progress until the final line.

export class StreamError extends Error {
	constructor(
		readonly code: string,
		message: string,
		readonly details?: unknown
	) {
		super(message);
	}
}

type Line =
	| { type: 'progress'; done: number; total: number }
	| { type: 'done'; result: unknown }
	| { type: 'error'; code: string; message: string; details?: unknown };

/** The file gzipped (application/gzip), or as it is when the browser cannot compress. */
export async function packUpload(file: Blob, plainType: string): Promise<Blob> {
	if (typeof CompressionStream === 'undefined') return new Blob([file], { type: plainType });
	const compressed = await new Response(
		file.stream().pipeThrough(new CompressionStream('gzip'))
	).blob();
	return new Blob([compressed], { type: 'application/gzip' });
}

export async function runStream<T>(
	url: string,
	body: Blob | null,
	onProgress: (done: number, total: number) => void
): Promise<T> {
	let response: Response;
	try {
		response = await fetch(url, {
			method: 'POST',
			body,
			headers: body ? { 'content-type': body.type } : {}
		});
	} catch {
		throw new StreamError('NETWORK', 'No connection. Check your network and try again.');
	}
	if (!response.body) throw new StreamError('NETWORK', 'The server sent no answer.');
	if (!response.ok) {
		const line = (await response.json().catch(() => null)) as Line | null;
		if (line?.type === 'error') throw new StreamError(line.code, line.message, line.details);
		if (response.status === 413)
			throw new StreamError('PAYLOAD_TOO_LARGE', 'The file is too large to upload.');
		throw new StreamError('HTTP', `The server answered ${response.status}.`);
	}
	const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
	let buffer = '';
	for (;;) {
		const { value, done } = await reader.read();
		if (value) buffer += value;
		let newline: number;
		while ((newline = buffer.indexOf('\n')) >= 0) {
			const line = JSON.parse(buffer.slice(0, newline)) as Line;
			buffer = buffer.slice(newline + 1);
			if (line.type === 'progress') onProgress(line.done, line.total);
			else if (line.type === 'done') return line.result as T;
			else throw new StreamError(line.code, line.message, line.details);
		}
		if (done) throw new StreamError('NETWORK', 'The connection ended before the result.');
	}
}
