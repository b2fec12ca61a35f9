export { default as Button, buttonVariants } from './button.svelte';
