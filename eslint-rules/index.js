/** The project's own lint rules: house rules that no built-in rule can state. */
import noPageWrites from './no-page-writes.js';

export default {
  meta: { name: 'local' },
  rules: {
    'no-page-writes': noPageWrites,
  },
};
