// The part of tailwind-variants the primitives use (a base plus one class list per option), in a
// few lines: the library is 5 kB of gzip on every page, and `cn()` already resolves conflicts.

type Options = Record<string, Record<string, string>>;
type Choice<V extends Options> = { [K in keyof V]?: keyof V[K] | null };

export function variants<V extends Options>(config: {
	base: string;
	variants: V;
	defaultVariants: { [K in keyof V]: keyof V[K] };
}): (choice?: Choice<V>) => string {
	return (choice = {}) => {
		const classes = [config.base];
		for (const key of Object.keys(config.variants) as (keyof V)[]) {
			const option = choice[key] ?? config.defaultVariants[key];
			classes.push(config.variants[key][option as string]);
		}
		return classes.join(' ');
	};
}

/** The options a variants function accepts, for typing a component's props. */
export type VariantProps<F> = F extends (choice?: infer C) => string ? NonNullable<C> : never;
