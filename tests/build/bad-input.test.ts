/**
 * Bad input never produces a wrong page: each broken copy of the project must stop `astro build`
 * with the file, the line or field, and what is wrong. The unbroken copy must build, so that a
 * failure here is the input's doing, not the harness's.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { projectCopy, type ProjectCopy } from '../support/project-copy';

const AVENANT = 'content/documents/dijon/dijon-avenant-2020-2022.mdx';
const ANNEXE_1 = 'data/dijon/dijon-avenant-2020-2022-annexe-1.csv';

let copy: ProjectCopy | undefined;
afterEach(() => copy?.dispose());

function buildWith(change: (copy: ProjectCopy) => void) {
	copy = projectCopy();
	change(copy);
	return copy.build();
}

describe('astro build', () => {
	test('builds the project as it is', () => {
		const { status, output } = buildWith(() => {});
		expect(output).toMatch(/Complete!/);
		expect(status).toBe(0);
	});

	test.each([
		[
			'a document of an unknown territory',
			(c: ProjectCopy) => c.edit(AVENANT, 'territory: dijon', 'territory: lyon'),
			[AVENANT, 'territory', 'lyon'],
		],
		[
			'a relation to a missing document',
			(c: ProjectCopy) => c.edit(AVENANT, 'target: dijon-convention-cadre-2017-2019', 'target: dijon-convention-1999'),
			[AVENANT, 'relations[0].target', 'dijon-convention-1999'],
		],
		[
			'two documents with one slug',
			(c: ProjectCopy) => c.copy(AVENANT, 'content/documents/metz/dijon-avenant-2020-2022.mdx'),
			['dijon-avenant-2020-2022', 'content/documents/metz/dijon-avenant-2020-2022.mdx'],
		],
		[
			'an annex whose total does not add up',
			(c: ProjectCopy) => c.edit(ANNEXE_1, '5836,5678,3661,15175', '5836,5678,3661,15176'),
			[`${ANNEXE_1}:3`, 'total_2017_2019', '15 176'],
		],
	])('stops on %s, naming the file and what is wrong', (_, change, expected) => {
		const { status, output } = buildWith(change);
		expect(status, output).not.toBe(0);
		const plain = output.replace(/[\u00a0\u202f]/g, ' ');
		for (const text of expected) expect(plain, output).toContain(text);
	});
});
