// Entry point `kashf/latin`: Latin-script recognition with compromise, as an opt-in plugin.
export { latinEntities } from './compromise-stage.js';
export type { KashfPlugin } from '../plugin.js';
