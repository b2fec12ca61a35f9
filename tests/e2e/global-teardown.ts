import { rmSync } from 'node:fs';

export default function teardown() {
	const dir = process.env.E2E_PGLITE_DIR;
	if (dir && dir.includes('sh-e2e-')) rmSync(dir, { recursive: true, force: true });
}
