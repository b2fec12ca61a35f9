export { default as CardIcon } from './card-icon.svelte';
export { default as CardIconSprite } from './card-icon-sprite.svelte';
