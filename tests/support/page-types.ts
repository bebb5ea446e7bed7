/** The type of a page, from its address: one classifier for the JavaScript budgets of gates.spec.ts and the bench's figures. */
import { paths } from '../../src/lib/paths.ts';

export const pageTypes = ['home', 'documents list', 'document', 'territories list', 'territory', 'communiqués', 'search', 'other'] as const;
export type PageType = (typeof pageTypes)[number];

/** The segments of an address, last first: `/a/b/3/` → ['3', 'b', 'a']. */
const lastSegments = (path: string) => path.split('/').filter(Boolean).reverse();

/** Whether an address is a page of a numbered list; the page number is its last segment, so paths.ts builds it back. */
const isListPage = (list: (page?: number) => string, path: string) => path === list() || path === list(Number(lastSegments(path)[0]));

/**
 * Each address is built back with paths.ts from its own segments: whatever paths.ts builds from them
 * is what the address is, so the classifier follows the URL contract instead of copying its shapes.
 */
export function pageTypeOf(path: string): PageType {
	const [last = '', before = ''] = lastSegments(path);
	if (path === paths.home) return 'home';
	if (isListPage(paths.documents, path)) return 'documents list';
	if (path === paths.document(last)) return 'document';
	if (path === paths.territories) return 'territories list';
	if (path === paths.territory(last)) return 'territory';
	if (
		isListPage(paths.communiques, path) ||
		path === paths.territoryCommuniques(last) ||
		path === paths.territoryCommuniques(before, Number(last))
	) {
		return 'communiqués';
	}
	if (path === paths.search()) return 'search';
	return 'other';
}
