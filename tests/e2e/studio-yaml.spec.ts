import { expect, test } from '@playwright/test';
import { newPerson, open, procedure, screenshot } from './helpers';

// Scenarios as YAML in the studio (issue 16, first part), in Chromium against the production
// build: an author exports a draft, imports the same file back and nothing changes; imports an
// edited file and the editor shows the edit; imports a broken file and reads each problem with
// its line, with nothing saved; someone else cannot export the draft.

const run = Date.now().toString(36);

test('an author exports a draft as YAML, re-imports it unchanged, and imports an edit', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const author = await newPerson(browser, 'Yara Yaml', run);
	const { id } = await procedure(
		author,
		'studio.create',
		{
			title: `Leaves on the stream ${run}`,
			description: 'A short ACT quest: noticing a worry and letting it float by.',
			skills: ['active-listening'],
			psychologicalModule: 'ACT',
			ageRange: '7-9',
			steps: [
				{
					id: 'start',
					kind: 'say',
					title: 'The stream',
					prompt: 'Picture a stream: leaves float by.'
				},
				{
					id: 'worry',
					kind: 'choose',
					title: 'A worry',
					prompt: 'A worry comes: "What if nobody plays with me?"',
					choices: [
						{ label: 'Put it on a leaf', next: 'end', feedback: 'It floats away, slowly.' },
						{ label: 'Hold on to it', next: 'end' }
					]
				},
				{ id: 'end', kind: 'say', title: 'Done', prompt: 'You noticed it and let it go.' }
			]
		},
		'mutation'
	);
	const page = `/studio/${id}`;

	// Export: the file carries the whole content.
	const exported = await author.request.get(`${page}/export.yaml`);
	expect(exported.status()).toBe(200);
	expect(exported.headers()['content-disposition']).toMatch(/attachment; filename=".+\.yaml"/);
	const yaml = await exported.text();
	expect(yaml).toContain('psychologicalModule: ACT');

	const importFile = async (name: string, text: string) => {
		await open(author, page);
		await author.getByLabel('Import a YAML file').setInputFiles({
			name,
			mimeType: 'application/yaml',
			buffer: Buffer.from(text)
		});
		await author
			.getByTestId('yaml-import')
			.getByRole('button', { name: 'Import', exact: true })
			.click();
	};

	// The same file back: saved, and a second export is byte for byte the first.
	await importFile('same.yaml', yaml);
	await expect(author.getByTestId('yaml-imported')).toBeVisible();
	expect(await (await author.request.get(`${page}/export.yaml`)).text()).toBe(yaml);

	// An edited file: the editor shows the new title.
	const edited = yaml.replace(`Leaves on the stream ${run}`, `Clouds in the sky ${run}`);
	await importFile('edited.yaml', edited);
	await expect(author.locator('#title')).toHaveValue(`Clouds in the sky ${run}`);

	// A broken file: each problem with its line; nothing saved.
	const lines = edited.split('\n');
	const timeLine = lines.findIndex((l) => l.startsWith('estimatedTime:')) + 1;
	const broken = edited
		.replace(/^estimatedTime: \d+$/m, 'estimatedTime: 500')
		.replace('next: end', 'next: nowhere');
	await importFile('broken.yaml', broken);
	const problems = author.getByTestId('yaml-problems');
	await expect(problems).toContainText('nothing changed');
	await expect(problems).toContainText(`Line ${timeLine}`);
	await expect(problems).toContainText('nowhere');
	await screenshot(author, 'studio-yaml-problems');
	expect(await (await author.request.get(`${page}/export.yaml`)).text()).toBe(edited);

	// Someone else: the studio's own 404.
	const stranger = await newPerson(browser, 'Sol Stranger', run);
	expect((await stranger.request.get(`${page}/export.yaml`)).status()).toBe(404);

	await stranger.context().close();
	await author.context().close();
});
