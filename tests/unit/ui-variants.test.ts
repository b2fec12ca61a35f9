import { describe, expect, it } from 'vitest';
import { variants } from '../../src/lib/components/ui/variants';

const button = variants({
	base: 'inline-flex',
	variants: {
		variant: { default: 'bg-primary', ghost: 'hover:bg-accent' },
		size: { default: 'h-10', sm: 'h-8' }
	},
	defaultVariants: { variant: 'default', size: 'default' }
});

describe('variants', () => {
	it('joins the base with the default option of every variant', () => {
		expect(button()).toBe('inline-flex bg-primary h-10');
	});

	it('uses the chosen options, and the default where a choice is null or missing', () => {
		expect(button({ variant: 'ghost', size: 'sm' })).toBe('inline-flex hover:bg-accent h-8');
		expect(button({ variant: null, size: 'sm' })).toBe('inline-flex bg-primary h-8');
		expect(button({ variant: 'ghost' })).toBe('inline-flex hover:bg-accent h-10');
	});
});
