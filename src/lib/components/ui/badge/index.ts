export { default as Badge, badgeVariants } from './badge.svelte';
